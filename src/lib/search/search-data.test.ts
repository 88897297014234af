import { describe, expect, it } from 'vitest';
import {
  cleanExcerpt,
  facetYears,
  meetingSearchData,
  pagefindFilters,
  parseSearchState,
  searchFilters,
  serializeSearchState,
  sortKey,
  yearsBetween,
} from './search-data.ts';

describe('searchFilters', () => {
  it('declares the type, every year, municipality and focus area as separate values', () => {
    expect(
      searchFilters({
        type: 'handlingsplan',
        years: [2016, 2017],
        municipalities: ['nassjo'],
        focusAreas: ['psykisk-halsa'],
      }),
    ).toEqual([
      ['typ', 'handlingsplan'],
      ['ar', '2016'],
      ['ar', '2017'],
      ['kommun', 'nassjo'],
      ['fokus', 'psykisk-halsa'],
    ]);
  });
});

describe('sortKey', () => {
  it.each([
    ['2020-09-21', '2020-09-21'],
    ['2023-03', '2023-03-01'],
    [undefined, '0000-00-00'],
  ])('sorts %s as %s', (date, expected) => {
    expect(sortKey(date)).toBe(expected);
  });
});

describe('yearsBetween', () => {
  it('lists every year of a period, both ends included', () => {
    expect(yearsBetween(2016, 2017)).toEqual([2016, 2017]);
    expect(yearsBetween(2021, 2021)).toEqual([2021]);
  });
});

describe('the search state in the URL', () => {
  it('reads query, repeated filters and sorting', () => {
    expect(parseSearchState('?q=+hembesök+&kommun=nassjo&kommun=vetlanda&kommun=nassjo&sortera=datum&okand=x')).toEqual(
      {
        query: 'hembesök',
        filters: { typ: [], ar: [], kommun: ['nassjo', 'vetlanda'], fokus: [] },
        sort: 'datum',
      },
    );
  });

  it('defaults to relevance and no filters', () => {
    expect(parseSearchState('')).toEqual({
      query: '',
      filters: { typ: [], ar: [], kommun: [], fokus: [] },
      sort: 'relevans',
    });
  });

  it('round-trips through the query string', () => {
    const state = parseSearchState('?q=barn&typ=traff&ar=2020&kommun=nassjo&fokus=psykisk-halsa&sortera=datum');
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });

  it('writes nothing for an empty state', () => {
    expect(serializeSearchState(parseSearchState(''))).toBe('');
  });
});

describe('pagefindFilters', () => {
  it('combines values of a group with OR and leaves empty groups out', () => {
    expect(pagefindFilters({ typ: ['traff'], ar: [], kommun: ['nassjo', 'vetlanda'], fokus: [] })).toEqual({
      typ: { any: ['traff'] },
      kommun: { any: ['nassjo', 'vetlanda'] },
    });
  });
});

describe('facetYears', () => {
  it('offers every meeting year and every year a plan covers, newest first, once each', () => {
    expect(
      facetYears(
        ['2020-09-21', '2020-03-03', '2023-03'],
        [
          { start: 2016, end: 2017 },
          { start: 2021, end: 2021 },
        ],
      ),
    ).toEqual([2023, 2021, 2020, 2017, 2016]);
  });
});

describe('cleanExcerpt', () => {
  it('keeps the highlight marks and drops every other tag', () => {
    expect(cleanExcerpt('Om <mark>hembesök</mark> <img src=x onerror=alert(1)>i <b>Nässjö</b>')).toBe(
      'Om <mark>hembesök</mark> i Nässjö',
    );
  });
});

describe('the search data of entries', () => {
  it('gives a meeting its date, year, municipalities and focus areas', () => {
    expect(meetingSearchData({ date: '2023-03', municipalities: ['aneby'], focusAreas: undefined })).toEqual({
      type: 'traff',
      date: '2023-03',
      years: [2023],
      municipalities: ['aneby'],
      focusAreas: [],
    });
  });
});
