import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '../../mdx/components.ts';
import { file } from '../../../../tests/fixtures/validator/body-text.ts';
import { checkBody } from './index.ts';

const VALID = file([
  '## Om träffen',
  '',
  'Den **21 september 2020** träffades nätverket *Bästa platsen att leva på – barn och unga*. Läs mer om',
  '[barnkonventionen](https://www.barnombudsmannen.se/barnkonventionen/) eller på www.rjl.se.',
  '',
  '<Faktaruta title="Har du koll på">',
  'Barnperspektiv, barnrättsperspektiv och barnets perspektiv.',
  '</Faktaruta>',
  '',
  '| Tid | Innehåll |',
  '| --- | --- |',
  '| 09:00–09:30 | Kaffe och välkomnande |',
  '',
  '- Värnamo har infört barnkonsekvensanalyser.',
  '- [x] Eksjö har ett ungdomsråd.[^1]',
  '',
  '![Deltagare sitter i grupper och diskuterar](../images/traff.jpg)',
  '',
  '<Citat source="Thomas Hammarberg">',
  'Om man ska någonstans i framtiden måste man satsa på barnen.',
  '</Citat>',
  '',
  '<Video url="https://vimeo.com/123456789" title="Intervju om arbetet" captions={false} />',
  '',
  'Barn under 6 år går gratis, och a \\< b gäller. Klamrar skrivs \\{ så här \\}. ~~Struken~~ text.',
  '',
  '[^1]: Enligt kommunens webbplats.',
]);

describe('checkBody on valid text', () => {
  it('reports no problems for a realistic MDX text', () => {
    expect(checkBody(VALID, 'mdx').problems).toEqual([]);
  });

  it('reports no problems for the same kind of text in plain Markdown', () => {
    const markdown = VALID.replace(/<\/?(Faktaruta|Citat|Video)[^>]*>/g, '');
    expect(checkBody(markdown, 'md').problems).toEqual([]);
  });

  it.each(Object.entries(MDX_COMPONENTS))('accepts the example of <%s> from the component list', (_, spec) => {
    expect(checkBody(spec.example, 'mdx').problems).toEqual([]);
  });

  it('reads a bare address with braces as a link, as the site build does, not as code', () => {
    expect(checkBody('Se https://www.rjl.se/sida/{id} för mer.\n', 'mdx').problems).toEqual([]);
  });

  it('gives every problem the severity error and the field body', () => {
    const problems = checkBody('<div>{x}</div>\n\n![](a.png)\n', 'mdx').problems;
    expect(problems.length).toBeGreaterThan(1);
    for (const problem of problems) {
      expect(problem).toMatchObject({ severity: 'error', field: 'body' });
      expect(problem.message.length).toBeGreaterThan(10);
    }
  });

  it('reports all problems of a text, sorted by position, not just the first', () => {
    const text = file([
      '<Faktruta>x</Faktruta>',
      '',
      '{1 + 1}',
      '',
      '![](bild.png)',
      '',
      '[länk](javascript:alert(1))',
    ]);
    expect(checkBody(text, 'mdx').problems.map((p) => [p.line, p.rule])).toEqual([
      [5, 'mdx-component'],
      [7, 'mdx-expression'],
      [9, 'image-alt'],
      [11, 'javascript-url'],
    ]);
  });
});

describe('checkBody on an invisible character written as an entity', () => {
  const places = (text: string, format: 'md' | 'mdx' = 'mdx') =>
    checkBody(text, format)
      .problems.filter((problem) => problem.rule === 'invisible-control')
      .map((problem) => [problem.line, problem.column]);

  it('reports it in the text, an alt text, a link’s title and a component’s attribute, where it is written', () => {
    const text = file([
      'Rapport&#x202E;fdp.exe',
      '',
      '![Karta över Näss&#8203;jö](../images/bild.png)',
      '',
      '[Länk](https://example.se "Tit&ZeroWidthSpace;el")',
      '',
      '<Faktaruta title="Fakta&#x2066;">',
      'Text.',
      '</Faktaruta>',
    ]);
    expect(places(text)).toEqual([
      [5, 8],
      [7, 18],
      [9, 31],
      [11, 24],
    ]);
    expect(checkBody(text, 'mdx').problems[0]?.message).toMatch(
      /^texten innehåller ett osynligt tecken som vänder textens riktning \(U\+202E\), skrivet som "&#x202E;", här: "Rapport&#x202E;fdp\.exe"\./,
    );
  });

  it('reports it in raw HTML of plain Markdown, which a browser decodes, beside the rule against the tag', () => {
    const rules = checkBody(file(['<span title="a&#x202e;b">x</span>']), 'md').problems.map((p) => p.rule);
    expect(rules).toEqual(['raw-html', 'invisible-control']);
  });

  it('leaves it in code, which shows the entity as written', () => {
    expect(places(file(['Skriv `&#x202E;` så.', '', '```', 'Rapport&#x202E;fdp.exe', '```']))).toEqual([]);
  });

  it('leaves the character itself to the check of the whole file, so that it is reported once', () => {
    expect(places(file(['Rapport\u202efdp.exe och Näss\u200bjö']))).toEqual([]);
  });
});
