import { describe, expect, it } from 'vitest';
import { checkBody } from './index.ts';

const problems = (text: string, format: 'md' | 'mdx' = 'mdx') =>
  checkBody(`${text}\n`, format).problems.map((problem) => [problem.rule, problem.line, problem.column]);

describe('a scheme split by markup', () => {
  it.each([
    ['emphasis', 'Skriv java*script*:alert(1) här.', 'mdx', 7],
    ['strong and a later piece', 'Skriv **java**script:alert(1) här.', 'mdx', 9],
    ['inline code', 'Skriv `java`script:alert(1) här.', 'mdx', 8],
    ['a link’s text', 'Skriv [java](https://www.rjl.se/)script:alert(1) här.', 'mdx', 8],
    ['raw HTML tags in plain Markdown', 'Skriv java<span></span>script:alert(1) här.', 'md', 7],
    ['a data: address', 'Bild: *data*:image/png;base64,AA', 'mdx', 8],
  ])('is refused when split by %s, on the line and column it starts', (_, text, format, column) => {
    // (Raw HTML in plain Markdown is refused as well, by its own rule.)
    const schemes = problems(text, format as 'md' | 'mdx').filter(([rule]) => rule === 'javascript-url');
    expect(schemes).toEqual([['javascript-url', 1, column]]);
  });

  it('is found in a heading, a table cell and a list item, on its line', () => {
    const text = ['## java*script*:x', '', '| a |', '| - |', '| vb*script*:x |', '', '- java*script*:y'].join('\n');
    expect(problems(text).map(([rule, line]) => [rule, line])).toEqual([
      ['javascript-url', 1],
      ['javascript-url', 5],
      ['javascript-url', 7],
    ]);
  });

  it('is found when the split piece is on a later line of the paragraph', () => {
    expect(problems('Första raden.\nAndra med java*script*:x')).toEqual([['javascript-url', 2, 11]]);
  });

  it('is said once when the scheme lies within one piece', () => {
    expect(problems('Skriv *javascript:alert(1)* här.')).toEqual([['javascript-url', 1, 8]]);
    expect(problems('Ord *och* javascript:alert(1).')).toEqual([['javascript-url', 1, 11]]);
  });

  it('passes split text that is no scheme', () => {
    expect(problems('Kurs i *Java*Script: grunderna. Källa: *data*:SCB/barn. Kl. **13**:00.')).toEqual([]);
  });
});
