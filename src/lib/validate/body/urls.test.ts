import { describe, expect, it } from 'vitest';
import { file, rules } from '../../../../tests/fixtures/validator/body-text.ts';
import { checkBody } from './index.ts';

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

  it.each([
    ['prose', 'En adress som javascript:alert(1) kör kod.'],
    ['prose on a later line of a paragraph', 'Första raden.\nAndra raden med data:image/png;base64,AA.'],
    ['inline code', 'Skriv inte `javascript:alert(1)`.'],
    ['a code block', '```\nvbscript:msgbox(1)\n```'],
  ])(
    'rejects a scheme that runs code written in %s, on its line, as the last wall would in the plain-text edition',
    (_, text) => {
      const problems = checkBody(`${text}\n`, 'mdx').problems;
      expect(problems.map((p) => p.rule)).toEqual(['javascript-url']);
      expect(problems[0]?.line).toBe(text.split('\n').findIndex((line) => /script:|data:/.test(line)) + 1);
      expect(problems[0]?.message).toMatch(/inte ens som text/);
    },
  );

  it('places a scheme in text on its column, also on a later line and in a quote', () => {
    const at = (text: string) => checkBody(`${text}\n`, 'mdx').problems.map((p) => [p.line, p.column]);
    expect(at('Rad ett och javascript:x')).toEqual([[1, 13]]);
    expect(at('Rad ett\nrad två javascript:x')).toEqual([[2, 9]]);
    expect(at('> javascript:x')).toEqual([[1, 3]]);
  });

  it('rejects a scheme in an image’s alt text, which stands in the plain-text edition', () => {
    expect(rules('![javascript:alert(1)](../images/bild.png)')).toContain('javascript-url');
  });

  it('passes a word before a colon and a space, and a colon in ordinary text', () => {
    expect(rules('Kurs i JavaScript: grunderna. Källa: data:SCB/barn,unga. Kl. 13:00.')).toEqual([]);
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

  it.each([
    ['inline, in MDX', '![Logga](https://www.rjl.se/logga.png)', 'mdx'],
    ['inline, in plain Markdown', '![Logga](https://www.rjl.se/logga.png)', 'md'],
    ['over http', '![Logga](http://example.com/a.png)', 'mdx'],
    ['without a scheme', '![Logga](//example.com/a.png)', 'mdx'],
    ['by reference, in MDX', '![Logga][r]\n\n[r]: https://example.com/a.png', 'mdx'],
    ['by reference, in plain Markdown', '![Logga][r]\n\n[r]: https://example.com/a.png', 'md'],
    ['by a collapsed reference', '![Logga][]\n\n[Logga]: https://example.com/a.png', 'md'],
  ] as const)('refuses an image from another site %s and says to put it in content/', (_, text, format) => {
    const problems = checkBody(text, format).problems;
    expect(problems.map((p) => p.rule)).toEqual(['image-missing']);
    expect(problems[0]!.message).toContain('content/images/');
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
