import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { fileEmpty } from './file-empty.ts';

describe('the file-empty check', () => {
  it.each([
    ['an empty file', ''],
    ['a file of white space', ' \n\t\n'],
  ])('reports %s and ends the checks of the file', (_, text) => {
    expect(fileEmpty.check(fileOf('teams/tom.mdx', text), NO_ALLOWLIST)).toEqual([
      expect.objectContaining({ line: 1, field: 'file', rule: 'file-empty', message: expect.stringMatching(/tom/) }),
    ]);
    expect(fileEmpty.final).toBe(true);
  });

  it('accepts a file with text', () => {
    expect(fileEmpty.check(fileOf('people/anna.yaml', 'name: Anna\n'), NO_ALLOWLIST)).toEqual([]);
  });
});
