import { describe, expect, it } from 'vitest';
import { FILTER_KEYS, routes } from '../routing/routes.ts';
import {
  countsFor,
  facetsOf,
  filterFromQuery,
  filterKeyOfSegment,
  filterOptions,
  filterTeams,
  filterToQuery,
  idsFromAttribute,
  matchesFilter,
  municipalityFacet,
  MUNICIPALITY_NOT_STATED,
  type TeamFilter,
} from './team-filters.ts';

const team = (id: string, municipalities: string[], focusAreas: string[], status: string) => ({
  id,
  data: { municipalities, focusAreas, status },
});

const teams = [
  team('a', ['norrby'], ['psykisk-halsa'], 'infort'),
  team('b', ['norrby', 'soderby'], ['fysisk-aktivitet', 'psykisk-halsa'], 'ide'),
  team('c', ['soderby'], ['fysisk-aktivitet'], 'infort'),
  team('d', ['hela-lanet'], ['psykisk-halsa'], 'planerar'),
];

describe('matchesFilter and filterTeams', () => {
  it.each<[string, TeamFilter, string[]]>([
    ['an empty choice lets every team pass', {}, ['a', 'b', 'c', 'd']],
    ['a municipality keeps the teams that work in it, also among others', { kommun: 'norrby' }, ['a', 'b']],
    ['a focus area keeps the teams that work on it', { fokus: 'fysisk-aktivitet' }, ['b', 'c']],
    ['a status keeps the teams with that status', { status: 'infort' }, ['a', 'c']],
    ['two filters must both match', { kommun: 'soderby', status: 'infort' }, ['c']],
    ['three filters must all match', { kommun: 'norrby', fokus: 'psykisk-halsa', status: 'ide' }, ['b']],
    ['a choice no team matches leaves none', { kommun: 'hela-lanet', status: 'infort' }, []],
    ['the whole county does not stand for every municipality', { kommun: 'hela-lanet' }, ['d']],
  ])('%s', (_, filter, expected) => {
    expect(filterTeams(teams, filter).map((t) => t.id)).toEqual(expected);
  });

  it('leaves out one filter when asked to, for counting that filter’s options', () => {
    const facets = facetsOf(teams[0] as (typeof teams)[number]);
    expect(matchesFilter(facets, { kommun: 'soderby', status: 'infort' })).toBe(false);
    expect(matchesFilter(facets, { kommun: 'soderby', status: 'infort' }, 'kommun')).toBe(true);
  });
});

describe('countsFor', () => {
  const facets = teams.map(facetsOf);

  it('counts the teams per value of a filter, a team once per value it carries', () => {
    expect(Object.fromEntries(countsFor(facets, 'kommun'))).toEqual({ norrby: 2, soderby: 2, 'hela-lanet': 1 });
  });

  it('counts under the other filters’ choice and ignores the counted filter’s own choice', () => {
    const counts = countsFor(facets, 'kommun', { kommun: 'norrby', status: 'infort' });
    expect(Object.fromEntries(counts)).toEqual({ norrby: 1, soderby: 1 });
  });

  it('counts a value a team lists twice only once for that team', () => {
    expect(countsFor([{ kommun: ['x', 'x'], fokus: [], status: ['ide'] }], 'kommun').get('x')).toBe(1);
  });
});

describe('filter pages', () => {
  it.each(FILTER_KEYS)('reads the %s filter back from the folder of its pages', (key) => {
    expect(filterKeyOfSegment(routes.teamFilter(key, 'x').split('/')[2] as string)).toBe(key);
  });

  it('knows no filter for an unknown URL segment', () => {
    expect(filterKeyOfSegment('okand')).toBeUndefined();
  });
});

describe('the query string', () => {
  const known = { kommun: ['norrby', 'soderby'], fokus: ['psykisk-halsa'], status: ['infort', 'ide'] };

  it.each<[string, TeamFilter]>([
    ['', {}],
    ['?kommun=norrby', { kommun: 'norrby' }],
    ['?kommun=norrby&fokus=psykisk-halsa&status=ide', { kommun: 'norrby', fokus: 'psykisk-halsa', status: 'ide' }],
    ['?status=okand&kommun=soderby', { kommun: 'soderby' }],
    ['?kommun=&fokus=psykisk-halsa', { fokus: 'psykisk-halsa' }],
    ['?q=skola&kommun=norrby', { kommun: 'norrby' }],
  ])('reads %j as %j, ignoring unknown and empty values and other parameters', (search, filter) => {
    expect(filterFromQuery(search, known)).toEqual(filter);
  });

  it.each<[TeamFilter, string]>([
    [{}, ''],
    [{ status: 'ide', kommun: 'norrby' }, '?kommun=norrby&status=ide'],
    [{ kommun: 'norrby', fokus: 'psykisk-halsa', status: 'ide' }, '?kommun=norrby&fokus=psykisk-halsa&status=ide'],
  ])('writes %j as %j, in the order kommun, fokus, status', (filter, search) => {
    expect(filterToQuery(filter)).toBe(search);
  });

  it('reads back what it writes', () => {
    const filter = { kommun: 'soderby', status: 'infort' };
    expect(filterFromQuery(filterToQuery(filter), known)).toEqual(filter);
  });
});

describe('filterOptions', () => {
  it('lists in the given order the values that have teams, with counts and pages, and leaves out the rest', () => {
    const values = [
      { id: 'soderby', label: 'Söderby' },
      { id: 'osterby', label: 'Österby' },
      { id: 'norrby', label: 'Norrby' },
    ];
    expect(filterOptions('kommun', values, teams)).toEqual([
      { id: 'soderby', label: 'Söderby', count: 2, href: '/exempel/kommun/soderby/' },
      { id: 'norrby', label: 'Norrby', count: 2, href: '/exempel/kommun/norrby/' },
    ]);
  });
});

describe('idsFromAttribute', () => {
  it.each<[string | undefined, string[]]>([
    ['norrby soderby', ['norrby', 'soderby']],
    ['infort', ['infort']],
    ['', []],
    [undefined, []],
  ])('reads %j as %j', (value, ids) => {
    expect(idsFromAttribute(value)).toEqual(ids);
  });
});

describe('a team whose municipality no source states', () => {
  it('carries the value “not stated” in the municipality filter, and nothing else there', () => {
    expect(facetsOf(team('e', [], ['psykisk-halsa'], 'ide')).kommun).toEqual([MUNICIPALITY_NOT_STATED]);
    expect(municipalityFacet(['norrby'])).toEqual(['norrby']);
  });

  it('passes the filter “not stated” and no municipality’s filter', () => {
    const all = [...teams, team('e', [], ['psykisk-halsa'], 'ide')];
    expect(filterTeams(all, { kommun: MUNICIPALITY_NOT_STATED }).map((t) => t.id)).toEqual(['e']);
    expect(filterTeams(all, { kommun: 'norrby' }).map((t) => t.id)).toEqual(['a', 'b']);
    expect(filterTeams(all, { fokus: 'psykisk-halsa', status: 'ide' }).map((t) => t.id)).toEqual(['b', 'e']);
  });
});
