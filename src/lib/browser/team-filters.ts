/**
 * Filtering the team stories (goda exempel) by municipality, focus area and status.
 *
 * The design, honest without JavaScript and better with it:
 *
 * - Without JavaScript, every filter is a plain link to a pre-rendered page: `/exempel/kommun/<id>/`,
 *   `/exempel/fokusomrade/<id>/` and `/exempel/status/<id>/`, one page per value that has at least one
 *   published team (so no filter link ever leads to an empty list). A static host cannot answer a
 *   query string, so filters cannot be combined without JavaScript; the links say how many examples
 *   each leads to, and the current one is marked `aria-current` (see FilterLinks.astro). Long lists
 *   are cut into pages (`…/sida/2/`, src/lib/routing/paging.ts), the filter pages too.
 * - With JavaScript, `/exempel/` reveals a form with one select per filter and a submit button (it is
 *   `hidden` in the HTML, because submitting it without a script would reload the same unfiltered
 *   page: the form can only write a query, and the filter pages are addressed by path). Choosing or
 *   submitting a value
 *   filters the cards in place, combines the three filters (all must match), updates the counts in the
 *   options, writes the choice to the address as `?kommun=…&fokus=…&status=…` (so it can be shared and
 *   survives a reload) and announces "Visar 2 av 7 exempel." in a live region. The link navigation is
 *   hidden then, because it cannot show a combined choice. When `/exempel/` is cut into pages, the
 *   first choice fetches the other pages and moves their cards in, so the form chooses among every
 *   team (src/components/teams/FilterForm.astro); the later pages offer the links only.
 *
 * This module holds the rules both sides share: the page and the browser script import it (it lives
 * in src/lib/browser/, where a lint rule keeps Node and Astro imports out).
 */
import { FILTER_KEYS, FILTER_SEGMENTS, routes, type FilterKey } from '../routing/routes.ts';

/**
 * The `kommun` value of a team whose municipality no source states (`municipalities: []`). Such a
 * team is under no municipality, but the municipality filter offers this value too ("Kommun inte
 * angiven", its own page `/exempel/kommun/inte-angiven/`), so that every team can be reached through
 * each filter and the filter's counts add up to all teams. The validator keeps it out of the
 * municipalities' ids.
 */
export const MUNICIPALITY_NOT_STATED = 'inte-angiven';

/**
 * The ids a team carries in the `kommun` filter: its municipalities, or MUNICIPALITY_NOT_STATED.
 * @example municipalityFacet([]) // ['inte-angiven']
 * @example municipalityFacet(['nassjo']) // ['nassjo']
 */
export function municipalityFacet(municipalities: readonly string[]): readonly string[] {
  return municipalities.length > 0 ? municipalities : [MUNICIPALITY_NOT_STATED];
}

/** What a team offers to the filters: the ids it carries in each. */
export type TeamFacets = Record<FilterKey, readonly string[]>;

/** A choice of at most one value per filter; a missing key means "all". */
export type TeamFilter = Partial<Record<FilterKey, string>>;

/** The fields of a team entry the filters read. */
export interface FilterableTeam {
  data: { municipalities: readonly string[]; focusAreas: readonly string[]; status: string };
}

/**
 * The ids a team carries in each filter.
 * @example facetsOf({ data: { municipalities: ['nassjo'], focusAreas: ['psykisk-halsa'], status: 'infort' } })
 * // { kommun: ['nassjo'], fokus: ['psykisk-halsa'], status: ['infort'] }
 */
export function facetsOf(team: FilterableTeam): TeamFacets {
  return {
    kommun: municipalityFacet(team.data.municipalities),
    fokus: team.data.focusAreas,
    status: [team.data.status],
  };
}

/**
 * Whether a team passes a filter: for every chosen filter, the team carries the chosen value.
 * @param facets the team's ids per filter
 * @param filter the choice; an empty choice lets every team pass
 * @param ignore a filter to leave out, for counting the options of that filter
 */
export function matchesFilter(facets: TeamFacets, filter: TeamFilter, ignore?: FilterKey): boolean {
  return FILTER_KEYS.every((key) => {
    const wanted = filter[key];
    return key === ignore || wanted === undefined || facets[key].includes(wanted);
  });
}

/**
 * The teams that pass a filter, in their given order.
 * @example filterTeams(teams, { kommun: 'nassjo', status: 'infort' })
 */
export function filterTeams<T extends FilterableTeam>(teams: readonly T[], filter: TeamFilter): T[] {
  return teams.filter((team) => matchesFilter(facetsOf(team), filter));
}

/**
 * How many teams each value of one filter would show, given the other filters' current choice.
 * @param facets every team's ids per filter
 * @param key the filter whose values are counted
 * @param filter the current choice (its value for `key` is ignored)
 * @returns a count per value id; values no team carries are absent
 */
export function countsFor(facets: readonly TeamFacets[], key: FilterKey, filter: TeamFilter = {}): Map<string, number> {
  const counts = new Map<string, number>();
  for (const team of facets) {
    if (!matchesFilter(team, filter, key)) continue;
    for (const value of new Set(team[key])) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/**
 * The filter a pre-rendered page's URL segment stands for.
 * @example filterKeyOfSegment('fokusomrade') // 'fokus'
 */
export function filterKeyOfSegment(segment: string): FilterKey | undefined {
  return FILTER_KEYS.find((key) => FILTER_SEGMENTS[key] === segment);
}

/**
 * Reads a choice from a query string, keeping only known values (an unknown or empty value means "all").
 * @param search e.g. `?kommun=nassjo&status=infort`
 * @param known the values each filter offers
 * @example filterFromQuery('?kommun=nassjo&fokus=okand', { kommun: ['nassjo'], fokus: [], status: [] })
 * // { kommun: 'nassjo' }
 */
export function filterFromQuery(
  search: string | URLSearchParams,
  known: Record<FilterKey, readonly string[]>,
): TeamFilter {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filter: TeamFilter = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value && known[key].includes(value)) filter[key] = value;
  }
  return filter;
}

/**
 * Writes a choice as a query string, in the fixed order kommun, fokus, status.
 * @returns `''` for an empty choice, else e.g. `?kommun=nassjo&status=infort`
 */
export function filterToQuery(filter: TeamFilter): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** One value of a filter, as the filter navigation and the form show it. */
export interface FilterOption {
  id: string;
  label: string;
  count: number;
  /** The value's pre-rendered page. */
  href: string;
}

/**
 * The values of one filter that at least one team carries, in the given order, with their counts.
 * Values no team carries are left out, so that no filter leads to an empty page.
 * @param key the filter
 * @param values every possible value, in display order, with its label
 * @param teams the published teams
 */
export function filterOptions(
  key: FilterKey,
  values: readonly { id: string; label: string }[],
  teams: readonly FilterableTeam[],
): FilterOption[] {
  const counts = countsFor(teams.map(facetsOf), key);
  return values
    .filter((value) => (counts.get(value.id) ?? 0) > 0)
    .map((value) => ({
      id: value.id,
      label: value.label,
      count: counts.get(value.id) ?? 0,
      href: routes.teamFilter(key, value.id),
    }));
}

/**
 * Reads the ids a card carries from its `data-` attribute: ids separated by spaces.
 * @example idsFromAttribute('nassjo vetlanda') // ['nassjo', 'vetlanda']
 */
export function idsFromAttribute(value: string | undefined): string[] {
  return (value ?? '').split(' ').filter(Boolean);
}
