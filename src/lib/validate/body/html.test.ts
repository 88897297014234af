import { describe, expect, it } from 'vitest';
import { rules } from '../../../../tests/fixtures/validator/body-text.ts';
import { checkBody } from './index.ts';

describe('checkBody on plain Markdown', () => {
  it('accepts braces, less-than signs and lines starting with import', () => {
    expect(rules('Barn <6 år och {klamrar}.\n\nimport av varor.\n', 'md')).toEqual([]);
  });

  it('accepts HTML comments', () => {
    expect(rules('<!-- anteckning -->\n\nText.\n', 'md')).toEqual([]);
  });

  it.each([
    ['script', '<script>alert(1)</script>', 'mdx-script'],
    ['style', '<style>p { color: red }</style>', 'mdx-style'],
    ['iframe', '<iframe src="https://example.com"></iframe>', 'mdx-iframe'],
    ['object', '<object data="x.swf"></object>', 'raw-html'],
    ['embed', '<embed src="x.swf">', 'raw-html'],
    ['form', '<form method="post"></form>', 'raw-html'],
    ['div', '<div>Text</div>', 'raw-html'],
  ])('rejects raw <%s>', (_, text, rule) => {
    expect(rules(text, 'md')).toEqual([rule]);
  });

  it('explains that components work in .mdx files only', () => {
    const problems = checkBody('<Faktaruta title="Rubrik">\nText.\n</Faktaruta>\n', 'md').problems;
    expect(problems.map((p) => p.rule)).toEqual(['raw-html']);
    expect(problems[0]!.message).toContain('.mdx');
  });

  it('suggests Markdown instead of a raw HTML tag', () => {
    expect(checkBody('Text <b>fet</b>.\n', 'md').problems[0]!.message).toContain('**fet text**');
  });

  it('rejects event handlers and javascript: addresses in raw HTML', () => {
    expect(rules('<a href="jav&#x61;script:alert(1)" onclick="x()">länk</a>\n', 'md')).toEqual([
      'raw-html',
      'mdx-event-handler',
      'javascript-url',
    ]);
  });

  it('rejects a tag that an HTML fragment would drop, such as <body onload>', () => {
    expect(rules('<body onload="alert(1)">\n', 'md')).toEqual(['raw-html', 'mdx-event-handler']);
  });

  it('points at the tag inside a block of raw HTML', () => {
    const problems = checkBody('Text.\n\n<p>\n  <img src="a.png" onerror="alert(1)">\n</p>\n', 'md').problems;
    expect(problems.map((p) => [p.line, p.column, p.rule])).toEqual([
      [3, 1, 'raw-html'],
      [4, 3, 'raw-html'],
      [4, 3, 'mdx-event-handler'],
    ]);
  });
});
