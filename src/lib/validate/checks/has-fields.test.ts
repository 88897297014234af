import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { hasFields } from './has-fields.ts';

describe('the has-fields check', () => {
  it.each([
    ['a list', '- Anna\n- Bo\n'],
    ['a single value', 'Anna\n'],
    ['nothing but a comment', '# Anna\n'],
  ])('reports an entry that is %s, and ends the checks of the file', (_, text) => {
    expect(hasFields.check(fileOf('people/anna.yaml', text), NO_ALLOWLIST)).toEqual([
      expect.objectContaining({ line: 1, field: 'front matter', rule: 'type' }),
    ]);
    expect(hasFields.final).toBe(true);
  });

  it('accepts fields written as "name: value"', () => {
    expect(hasFields.check(fileOf('people/anna.yaml', 'name: Anna\n'), NO_ALLOWLIST)).toEqual([]);
  });
});
