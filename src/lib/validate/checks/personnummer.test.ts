import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { personnummer } from './personnummer.ts';

const TEXT = 'name: Anna\nnote: "121212-1212"\n';

describe('the personnummer check', () => {
  it('reports a personnummer at its place without repeating it in full', () => {
    const problems = personnummer.check(fileOf('people/anna.yaml', TEXT), NO_ALLOWLIST);
    expect(problems).toEqual([expect.objectContaining({ line: 2, column: 8, field: 'text', rule: 'personnummer' })]);
    expect(problems[0]!.message).toContain('121212-XXXX');
    expect(problems[0]!.message).not.toContain('1212-1212');
  });

  it('accepts a number the allowlist holds for that file, and only for that file', () => {
    const allowlist = [{ number: '121212-1212', file: 'people/anna.yaml', reason: 'testnummer' }];
    expect(personnummer.check(fileOf('people/anna.yaml', TEXT), { allowlist })).toEqual([]);
    expect(personnummer.check(fileOf('people/bo.yaml', TEXT), { allowlist })).toHaveLength(1);
  });

  it('does not scan the allowlist, which holds the reviewed numbers', () => {
    expect(personnummer.kinds).not.toContain('allowlist');
  });
});

describe('the personnummer check on numbers in disguise', () => {
  it('reports a number in a file name, which becomes an address', () => {
    const problems = personnummer.check(fileOf('teams/anna-121212-1212.mdx', '---\nname: A\n---\n'), NO_ALLOWLIST);
    expect(problems).toEqual([
      expect.objectContaining({ line: 1, field: 'file', rule: 'personnummer', message: expect.stringMatching(/namn/) }),
    ]);
  });

  it('reports a number in the name of an image, without reading the image', () => {
    const image = fileOf('images/121212-1212.png', '\x89PNG');
    expect(personnummer.check(image, NO_ALLOWLIST)).toEqual([expect.objectContaining({ field: 'file' })]);
  });

  it('reports a number grouped as a phone number, and says how to write a phone number', () => {
    const problems = personnummer.check(
      fileOf('people/anna.yaml', 'name: Anna\nphone: "121 212 12 12"\n'),
      NO_ALLOWLIST,
    );
    expect(problems).toEqual([expect.objectContaining({ line: 2, column: 9, field: 'text', rule: 'personnummer' })]);
    expect(problems[0]!.message).toMatch(/telefonnummer.*\+46 70-123 45 67/);
    expect(problems[0]!.message).not.toContain('12 12');
  });

  it.each([
    ['an alt text, with a no-break space', '![Bild på 121212\u00a01212](../images/a.png)'],
    ['a link title, with entities', '[Länk](https://example.se "121212&#8209;1212")'],
    ['an address, percent-encoded', '[Länk](https://example.se/?p=121212%2D1212)'],
  ])('reports a number in %s', (_, body) => {
    const problems = personnummer.check(fileOf('teams/a.mdx', `---\nname: A\n---\n\n${body}\n`), NO_ALLOWLIST);
    expect(problems).toEqual([expect.objectContaining({ line: 5, rule: 'personnummer' })]);
  });
});
