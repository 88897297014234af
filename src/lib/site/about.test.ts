import { describe, expect, it } from 'vitest';
import { ROUNDS_PER_PAGE } from '../routing/paging.ts';
import { routes } from '../routing/routes.ts';
import { roundIds, roundPages, seriesAnchor, seriesYears, sortSeries } from './about.ts';

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

describe('roundPages', () => {
  const rounds = (n: number) => Array.from({ length: n }, (_, i) => `omgang-${i + 1}`);

  it('keeps every round on the about page itself while they fit on one page', () => {
    for (const n of [0, 2, ROUNDS_PER_PAGE]) {
      const pages = roundPages(rounds(n));
      expect(pages).toHaveLength(1);
      expect(pages[0]).toMatchObject({ number: 1, count: 1, total: n, base: routes.about, items: rounds(n) });
    }
  });

  it(`cuts more than ${ROUNDS_PER_PAGE} rounds into pages of the about page, the first round first`, () => {
    const all = rounds(2 * ROUNDS_PER_PAGE + 3);
    const pages = roundPages(all);
    expect(pages.map((page) => page.items.length)).toEqual([ROUNDS_PER_PAGE, ROUNDS_PER_PAGE, 3]);
    expect(pages.flatMap((page) => page.items)).toEqual(all);
    expect(pages.map((page) => [page.number, page.count, page.from, page.to, page.base])).toEqual([
      [1, 3, 1, ROUNDS_PER_PAGE, routes.about],
      [2, 3, ROUNDS_PER_PAGE + 1, 2 * ROUNDS_PER_PAGE, routes.about],
      [3, 3, 2 * ROUNDS_PER_PAGE + 1, all.length, routes.about],
    ]);
  });
});
