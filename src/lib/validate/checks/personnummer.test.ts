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
