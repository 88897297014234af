import { describe, expect, it } from 'vitest';
import { headingTags, roundIds, seriesAnchor, seriesYears, sortSeries } from './about.ts';

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

describe('headingTags', () => {
  it('maps every heading two levels down, and never below h6', () => {
    expect(headingTags(2)).toEqual({ h1: 'h3', h2: 'h4', h3: 'h5', h4: 'h6', h5: 'h6', h6: 'h6' });
  });

  it('leaves headings as they are when moved by 0', () => {
    expect(headingTags(0).h2).toBe('h2');
  });
});
