import { describe, expect, it } from 'vitest';
import {
  facetYears,
  meetingSearchData,
  searchFilterFields,
  searchFilters,
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

describe('the filters of the search form', () => {
  const fields = searchFilterFields({
    meetings: [{ data: { date: '2020-09-21' } }, { data: { date: '2023-03' } }],
    plans: [{ data: { period: { start: 2016, end: 2017 } } }],
    municipalities: new Map([
      ['norrby', { id: 'norrby', data: { name: 'Norrby' } }],
      ['soderby', { id: 'soderby', data: { name: 'Söderby' } }],
    ]).values(),
    focusAreas: [{ id: 'psykisk-halsa', data: { name: 'Psykisk hälsa' } }],
  });

  it('are the groups of the URL in its order, each under its Swedish legend', () => {
    expect(fields.map((field) => [field.group, field.legend])).toEqual([
      ['typ', 'Typ'],
      ['ar', 'År'],
      ['kommun', 'Kommun'],
      ['fokus', 'Fokusområde'],
    ]);
  });

  it('offer every page type by name, the years newest first, and the municipalities and focus areas as given', () => {
    expect(Object.fromEntries(fields.map((field) => [field.group, field.options]))).toEqual({
      typ: [
        { value: 'traff', label: 'Träff' },
        { value: 'exempel', label: 'Gott exempel' },
        { value: 'handlingsplan', label: 'Handlingsplan' },
      ],
      ar: ['2023', '2020', '2017', '2016'].map((year) => ({ value: year, label: year })),
      kommun: [
        { value: 'norrby', label: 'Norrby' },
        { value: 'soderby', label: 'Söderby' },
      ],
      fokus: [{ value: 'psykisk-halsa', label: 'Psykisk hälsa' }],
    });
  });
});
