import { describe, expect, it } from 'vitest';
import { file } from '../../../../tests/fixtures/validator/body-text.ts';
import { checkBody } from './index.ts';

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
