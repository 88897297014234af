import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { fileKind } from './file-kind.ts';

describe('the file-kind check', () => {
  it.each([
    ['a folder that does not exist', 'nyheter/nyhet.mdx', 'file-location'],
    ['a subfolder', 'meetings/gamla/2020-01-01-gammal.mdx', 'file-location'],
    ['an extension in capitals', 'meetings/2024-04-01-versaler.MD', 'file-type'],
    ['a hidden file', 'teams/.anteckning', 'file-type'],
  ])('reports %s as a problem of the whole file', (_, relative, rule) => {
    expect(fileKind.check(fileOf(relative, 'x'), NO_ALLOWLIST)).toEqual([
      expect.objectContaining({ line: 1, column: 1, field: 'file', rule }),
    ]);
  });

  it('looks only at files that classify found no place for', () => {
    expect(fileKind.kinds).toEqual(['invalid']);
  });
});
