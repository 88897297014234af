import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { idsInList, listIds } from './list-ids.ts';

describe('the list-ids check', () => {
  it('reports an id that is already earlier in the list, at its line', () => {
    const file = fileOf('focus-areas.yaml', '- id: a\n  name: A\n- id: a\n  name: B\n');
    expect(listIds.check(file, NO_ALLOWLIST)).toEqual([
      expect.objectContaining({ line: 3, field: '1.id', rule: 'duplicate-id' }),
    ]);
  });

  it('reports a municipality with the id the site uses for examples without one', () => {
    const file = fileOf('municipalities.yaml', '- id: norrby\n  name: Norrby\n- id: inte-angiven\n  name: X\n');
    expect(listIds.check(file, NO_ALLOWLIST)).toEqual([
      expect.objectContaining({
        line: 3,
        field: '1.id',
        rule: 'duplicate-id',
        message: expect.stringMatching(/upptaget/),
      }),
    ]);
  });

  it('lets other lists use that id', () => {
    expect(listIds.check(fileOf('focus-areas.yaml', '- id: inte-angiven\n  name: X\n'), NO_ALLOWLIST)).toEqual([]);
  });
});

describe('idsInList', () => {
  it('gives the text ids of a list with their indexes', () => {
    expect(idsInList([{ id: 'a' }, { id: 1 }, 'b', { id: 'c' }])).toEqual([
      [0, 'a'],
      [3, 'c'],
    ]);
  });

  it('gives nothing for what is not a list', () => {
    expect(idsInList({ id: 'a' })).toEqual([]);
  });
});
