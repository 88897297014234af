import { describe, expect, it } from 'vitest';
import { roundIds, seriesAnchor, seriesYears, sortSeries } from './about.ts';

describe('seriesYears', () => {
  it.each([
    [{ start: '2020-03', end: '2021-01' }, '2020–2021'],
    [{ start: '2020-03-03', end: '2020-11-17' }, '2020'],
    [{ start: '2023-03' }, 'från 2023, pågår'],
  ])('writes the round %j as %j', (series, text) => {
    expect(seriesYears(series)).toBe(text);
  });
});

describe('sortSeries', () => {
  it('puts the round that started first first', () => {
    const sorted = sortSeries([
      { id: 'ny', data: { start: '2023-03' } },
      { id: 'gammal', data: { start: '2020-03' } },
      { id: 'samma', data: { start: '2020-03' } },
    ]);
    expect(sorted.map((s) => s.id)).toEqual(['gammal', 'samma', 'ny']);
  });
});

describe('seriesAnchor', () => {
  it('anchors a round by its id', () => {
    expect(seriesAnchor('vaxa-upp')).toBe('omgang-vaxa-upp');
  });
});

describe('roundIds', () => {
  it('prefixes the ids of a round’s text with the round’s anchor', () => {
    expect(roundIds('<h4 id="bakgrund">Bakgrund</h4>', 'a')).toBe('<h4 id="omgang-a-bakgrund">Bakgrund</h4>');
  });
});
