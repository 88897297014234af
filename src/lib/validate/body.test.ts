import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '../mdx/components.ts';
import { checkBody } from './body.ts';

/** Rule ids of the problems, in order. */
function rules(text: string, format: 'md' | 'mdx' = 'mdx'): string[] {
  return checkBody(text, format).problems.map((problem) => problem.rule);
}

/** Lines joined, with the blank lines a front matter of `blank` lines leaves behind. */
function file(lines: string[], blank = 4): string {
  return [...Array.from({ length: blank }, () => ''), ...lines].join('\n') + '\n';
}

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

describe('checkBody on MDX syntax errors', () => {
  const before = ['## Rubrik', '', 'Första stycket.'];

  it('points at a bare < on line 7 and suggests writing \\<', () => {
    const problems = checkBody(file([...before, 'Barn <6 år går gratis.', '', 'Sista stycket.'], 3), 'mdx').problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 7, column: 6, rule: 'mdx-syntax' });
    expect(problems[0]!.message).toContain('\\<');
  });

  it('points at a bare { on line 7 that is never closed, even when more text follows', () => {
    const text = file([...before, 'Priset är {ca 100 kr per barn.', '', 'Mer text.', '', 'Och mer.'], 3);
    const problems = checkBody(text, 'mdx').problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 7, column: 11, rule: 'mdx-syntax' });
    expect(problems[0]!.message).toContain('\\{');
  });

  it('points at the { of an expression that is not valid code', () => {
    const problems = checkBody(file([...before, 'Priset är {ca 100 kr} per barn.'], 3), 'mdx').problems;
    expect(problems).toEqual([expect.objectContaining({ line: 7, column: 11, rule: 'mdx-syntax' })]);
    expect(problems[0]!.message).toContain('\\{');
  });

  it('explains a tag that is never closed and says which closing tag to add', () => {
    const problems = checkBody(file(['<Faktaruta title="Om nätverket">', 'Text utan slut.']), 'mdx').problems;
    expect(problems).toEqual([expect.objectContaining({ line: 5, column: 1, rule: 'mdx-syntax' })]);
    expect(problems[0]!.message).toContain('lägg till </Faktaruta>');
  });

  it('explains a closing tag that does not match the open one', () => {
    const problems = checkBody('<Faktaruta>\nText.\n</Citat>\n', 'mdx').problems;
    expect(problems).toEqual([expect.objectContaining({ line: 3, column: 1, rule: 'mdx-syntax' })]);
    expect(problems[0]!.message).toContain('</Faktaruta>');
  });

  it.each([
    ['an HTML comment', '<!-- anteckning -->\n', 'kommentar'],
    ['an address in angle brackets', 'Se <https://www.rjl.se>.\n', '[text](https://…)'],
    ['an attribute value without quotes', '<Faktaruta title=Rubrik>\nx\n</Faktaruta>\n', 'citattecken'],
    ['a line of prose starting with import', 'import av varor ökar.\n', 'import'],
    ['an HTML tag left open', 'Rad ett<br>rad två\n', 'inte tillåten'],
  ])('explains %s in plain Swedish', (_, text, expected) => {
    const problems = checkBody(text, 'mdx').problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.rule).toBe('mdx-syntax');
    expect(problems[0]!.message).toContain(expected);
  });
});

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

describe('checkBody on dangerous addresses', () => {
  it.each([
    ['a link', '[Klicka](javascript:alert(1))'],
    ['a link in capitals', '[Klicka](JavaScript:alert(1))'],
    ['a link with leading whitespace', '[Klicka](< javascript:alert(1)>)'],
    ['a link hidden with an entity', '[Klicka](jav&#x61;script:alert(1))'],
    ['a link hidden with a tab', '[Klicka](java&Tab;script:alert(1))'],
    ['a reference definition', '[Klicka][a]\n\n[a]: javascript:alert(1)'],
    ['an image', '![Bild](javascript:alert(1))'],
    ['an attribute value', '<Faktaruta title="javascript:alert(1)">\nx\n</Faktaruta>'],
    ['an attribute value after a control character', '<Faktaruta title="\u0001 javascript:alert(1)">\nx\n</Faktaruta>'],
    ['an attribute value hidden with an entity', '<Faktaruta title="&#x6A;avascript:alert(1)">\nx\n</Faktaruta>'],
    ['a vbscript: link', '[Klicka](vbscript:msgbox(1))'],
    ['a data: link', '[Klicka](data:text/html;base64,PHNjcmlwdD4=)'],
  ])('rejects %s', (_, text) => {
    expect(rules(text)).toEqual(['javascript-url']);
  });

  it('rejects an autolink with javascript: in plain Markdown', () => {
    expect(rules('<javascript:alert(1)>\n', 'md')).toEqual(['javascript-url']);
  });

  it('accepts text that only starts like a data address in a text attribute', () => {
    expect(rules('<Faktaruta title="Data: så mår barnen">\nx\n</Faktaruta>')).toEqual([]);
  });

  it('accepts ordinary web, mail and relative links', () => {
    expect(rules('[a](https://www.rjl.se) [b](mailto:ida@rjl.se) [c](../plans/plan.pdf) [d](#rubrik)')).toEqual([]);
  });
});

describe('checkBody on images', () => {
  it.each([
    ['empty', '![](bild.png)'],
    ['only spaces', '![   ](bild.png)'],
    ['empty, by reference', '![][b]\n\n[b]: bild.png'],
  ])('rejects an image whose alt text is %s and says to describe it', (_, text) => {
    const problems = checkBody(text, 'mdx').problems;
    expect(problems.map((p) => p.rule)).toEqual(['image-alt']);
    expect(problems[0]!.message).toContain('Beskriv vad bilden visar');
  });

  it('lists local images with their positions, and leaves out web addresses', () => {
    const text = file([
      '![Barn i parken](../images/park.jpg) ![Logga](https://www.rjl.se/logga.png)',
      '',
      '![Karta][karta]',
      '',
      '[karta]: ./karta.png',
    ]);
    expect(checkBody(text, 'mdx').images).toEqual([
      { src: '../images/park.jpg', line: 5, column: 1 },
      { src: './karta.png', line: 7, column: 1 },
    ]);
  });
});

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
