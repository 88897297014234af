import { describe, expect, it } from 'vitest';
import {
  hasFilters,
  isSearch,
  pagefindFilters,
  pagefindOptions,
  parseSearchState,
  serializeSearchState,
} from './search-state.ts';

const noFilters = { typ: [], ar: [], kommun: [], fokus: [] };

describe('the search state in the URL', () => {
  it('reads query, repeated filters and sorting', () => {
    expect(parseSearchState('?q=+hembesök+&kommun=nassjo&kommun=vetlanda&kommun=nassjo&sortera=datum&okand=x')).toEqual(
      {
        query: 'hembesök',
        filters: { ...noFilters, kommun: ['nassjo', 'vetlanda'] },
        sort: 'datum',
      },
    );
  });

  it('defaults to relevance and no filters', () => {
    expect(parseSearchState('')).toEqual({ query: '', filters: noFilters, sort: 'relevans' });
  });

  it('reads a form’s fields as it reads the address, leaving empty values out', () => {
    const fields = new URLSearchParams([
      ['q', 'barn'],
      ['typ', 'traff'],
      ['ar', ''],
      ['sortera', 'relevans'],
    ]);
    expect(parseSearchState(fields)).toEqual({
      query: 'barn',
      filters: { ...noFilters, typ: ['traff'] },
      sort: 'relevans',
    });
  });

  it('round-trips through the query string', () => {
    const state = parseSearchState('?q=barn&typ=traff&ar=2020&kommun=nassjo&fokus=psykisk-halsa&sortera=datum');
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });

  it('writes the parts in a stable order, whatever order the address had', () => {
    expect(serializeSearchState(parseSearchState('?sortera=datum&kommun=nassjo&q=barn&typ=traff'))).toBe(
      '?q=barn&typ=traff&kommun=nassjo&sortera=datum',
    );
  });

  it('writes nothing for an empty state', () => {
    expect(serializeSearchState(parseSearchState(''))).toBe('');
  });
});

describe('whether there is anything to search for', () => {
  it.each([
    ['', false, false],
    ['?sortera=datum', false, false],
    ['?q=barn', false, true],
    ['?fokus=psykisk-halsa', true, true],
  ])('finds in %j filters %j and a search %j', (search, filtered, searching) => {
    const state = parseSearchState(search);
    expect(hasFilters(state.filters)).toBe(filtered);
    expect(isSearch(state)).toBe(searching);
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

describe('pagefindOptions', () => {
  it('asks for the newest first when sorted by date', () => {
    expect(pagefindOptions(parseSearchState('?typ=traff&sortera=datum'))).toEqual({
      filters: { typ: { any: ['traff'] } },
      sort: { date: 'desc' },
    });
  });

  it('leaves the order to Pagefind’s relevance otherwise', () => {
    expect(pagefindOptions(parseSearchState('?q=barn'))).toEqual({ filters: {} });
  });
});
