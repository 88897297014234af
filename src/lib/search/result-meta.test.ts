import { describe, expect, it } from 'vitest';
import { resultMeta } from './result-meta.ts';

describe('resultMeta', () => {
  it.each([
    [{ type: 'traff', date: '2020-09-21' }, ['typ:Träff', 'datum:21 september 2020']],
    [{ type: 'handlingsplan', date: '2023-03' }, ['typ:Handlingsplan', 'datum:mars 2023']],
    [{ type: 'exempel' }, ['typ:Gott exempel']],
  ] as const)('says %j as %j', (data, expected) => {
    expect(resultMeta(data)).toEqual(expected);
  });
});
