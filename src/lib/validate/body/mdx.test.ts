import { describe, expect, it } from 'vitest';
import { file, rules } from '../../../../tests/fixtures/validator/body-text.ts';
import { checkBody } from './index.ts';

describe('checkBody on code in MDX', () => {
  it('reports each import and export statement at its own line', () => {
    const text = file(['import Bild from "./bild.astro"', 'export const titel = "x"', '', 'Text.']);
    expect(checkBody(text, 'mdx').problems.map((p) => [p.line, p.column, p.rule])).toEqual([
      [5, 1, 'mdx-esm'],
      [6, 1, 'mdx-esm'],
    ]);
  });

  it.each([
    ['in the flow', '{new Date().getFullYear()}\n'],
    ['in running text', 'Året är {2020} nu.\n'],
    ['as a comment', 'Text {/* anteckning */}\n'],
    ['as a non-literal attribute value', '<Faktaruta title={rubrik}>\nx\n</Faktaruta>\n'],
    ['as a spread attribute', '<Faktaruta {...props}>\nx\n</Faktaruta>\n'],
  ])('reports an expression %s', (_, text) => {
    expect(rules(text)).toEqual(['mdx-expression']);
  });

  it('reports the position of an expression in running text', () => {
    expect(checkBody('\nÅret är {2020} nu.\n', 'mdx').problems[0]).toMatchObject({ line: 2, column: 9 });
  });
});

describe('checkBody on components', () => {
  it.each([
    ['div', '<div>Text</div>'],
    ['img', '<img src="a.png" alt="x" />'],
    ['br', 'Rad<br />rad'],
    ['span', 'Text <span>x</span> text'],
  ])('rejects the HTML tag <%s>', (_, text) => {
    expect(rules(text)).toEqual(['mdx-component']);
  });

  it.each([
    ['script', '<script>alert(1)</script>', 'mdx-script'],
    ['style', '<style>x</style>', 'mdx-style'],
    ['iframe', '<iframe src="https://example.com" />', 'mdx-iframe'],
  ])('rejects <%s> with its own rule and says why', (_, text, rule) => {
    const problems = checkBody(text, 'mdx').problems;
    expect(problems.map((p) => p.rule)).toEqual([rule]);
    expect(problems[0]!.message).toMatch(/inte tillåtet: \S/);
  });

  it.each([
    ['Faktruta', '<Faktruta>\nx\n</Faktruta>', 'Faktaruta'],
    ['video', '<video url="https://vimeo.com/1" title="t" captions={true} />', 'Video'],
    ['citat', '<citat>x</citat>', 'Citat'],
  ])('suggests the allowed component closest to <%s>', (_, text, suggestion) => {
    const problems = checkBody(text, 'mdx').problems;
    expect(problems.map((p) => p.rule)).toEqual(['mdx-component']);
    expect(problems[0]!.message).toContain(`Menade du <${suggestion}>?`);
  });

  it('rejects fragments', () => {
    expect(rules('<>Text</>')).toEqual(['mdx-component']);
  });

  it('rejects content inside a component that stands alone', () => {
    expect(rules('<Video url="https://vimeo.com/1" title="Film" captions={false}>\nText\n</Video>')).toEqual([
      'mdx-component',
    ]);
  });
});

describe('checkBody on attributes', () => {
  it.each([
    ['onclick on an allowed component', '<Faktaruta onclick="alert(1)">\nx\n</Faktaruta>', ['mdx-event-handler']],
    ['onLoad on an allowed component', '<Faktaruta onLoad="x">\nx\n</Faktaruta>', ['mdx-event-handler']],
    ['onerror on an HTML tag', '<img src="a.png" onerror="alert(1)" />', ['mdx-component', 'mdx-event-handler']],
  ])('rejects the event handler %s', (_, text, expected) => {
    expect(rules(text)).toEqual(expected);
  });

  it('rejects an unknown prop and suggests the right one', () => {
    const problems = checkBody('<Faktaruta titel="Rubrik">\nx\n</Faktaruta>', 'mdx').problems;
    expect(problems).toEqual([expect.objectContaining({ rule: 'mdx-unknown-prop', line: 1, column: 12 })]);
    expect(problems[0]!.message).toContain('Menade du title?');
  });

  it('reports each missing required prop', () => {
    const problems = checkBody('<Video url="https://vimeo.com/1" />', 'mdx').problems;
    expect(problems.map((p) => p.rule)).toEqual(['mdx-missing-prop', 'mdx-missing-prop']);
    expect(problems.map((p) => p.message).join(' ')).toMatch(/title[\s\S]*captions/);
  });

  it.each([
    ['a boolean prop given text', '<Video url="https://vimeo.com/1" title="Film" captions="false" />', '{false}'],
    ['a text prop given a number', '<Faktaruta title={5}>\nx\n</Faktaruta>', 'title="…"'],
    [
      'a video address on another site',
      '<Video url="https://example.com/film" title="Film" captions={false} />',
      'vimeo.com',
    ],
    ['a video address over http', '<Video url="http://vimeo.com/1" title="Film" captions={false} />', 'https://'],
    ['a video address that is no address', '<Video url="min film" title="Film" captions={false} />', 'https://'],
    ['an empty required text prop', '<Video url="https://vimeo.com/1" title=" " captions={false} />', 'tomt'],
    // Forms that hold no code but are not the one spelling of their value (src/lib/mdx/attribute-value.ts).
    ['text in braces', '<Faktaruta title={"Rubrik"}>\nx\n</Faktaruta>', 'skriv title="…"'],
    ['a template in braces', '<Faktaruta title={`Rubrik`}>\nx\n</Faktaruta>', 'utan klamrar'],
    ['a yes/no prop without a value', '<Video url="https://vimeo.com/1" title="Film" captions />', 'captions={false}'],
    ['a number', '<Video url="https://vimeo.com/1" title="Film" captions={1} />', 'kan inte vara ett tal'],
  ])('rejects %s', (_, text, hint) => {
    const problems = checkBody(text, 'mdx').problems;
    expect(problems.map((p) => p.rule)).toEqual(['mdx-prop-type']);
    expect(problems[0]!.message).toContain(hint);
  });
});
