/**
 * The search page's state in the URL (`/sok/?q=…&kommun=nassjo&kommun=vetlanda&sortera=datum`), so a
 * search can be shared and Back works, and what it asks of Pagefind. Filter values are ids; the
 * search page shows their names. The build (src/lib/search/search-data.ts, the form on /sok/) reads
 * the filter groups from here, and the browser script of /sok/ (search-page.ts) the rest.
 */

/** Filter groups: URL parameter → Pagefind filter name (the same, to keep one vocabulary). */
export const SEARCH_FILTER_GROUPS = ['typ', 'ar', 'kommun', 'fokus'] as const;
/** One of the search's filter groups (the team filters of /exempel/ are `FilterKey` in routes.ts). */
export type SearchFilterGroup = (typeof SEARCH_FILTER_GROUPS)[number];

/** The chosen values of each filter group. */
export type SearchFilters = Record<SearchFilterGroup, string[]>;

/** The search page's state. */
export interface SearchState {
  query: string;
  filters: SearchFilters;
  sort: 'relevans' | 'datum';
}

/**
 * Reads the state from a URL's query string; unknown parameters are ignored.
 * @example parseSearchState('?q=hembesök&kommun=nassjo&kommun=vetlanda&sortera=datum')
 * // { query: 'hembesök', filters: { typ: [], ar: [], kommun: ['nassjo', 'vetlanda'], fokus: [] }, sort: 'datum' }
 */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(
    SEARCH_FILTER_GROUPS.map((group) => [group, [...new Set(params.getAll(group).filter(Boolean))]]),
  ) as SearchFilters;
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sortera') === 'datum' ? 'datum' : 'relevans',
  };
}

/** Writes the state as a query string, in a stable order (empty parts left out). */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const group of SEARCH_FILTER_GROUPS) for (const value of state.filters[group]) params.append(group, value);
  if (state.sort === 'datum') params.set('sortera', 'datum');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Whether any filter group has a value chosen.
 * @example hasFilters({ typ: [], ar: [], kommun: ['nassjo'], fokus: [] }) // true
 */
export function hasFilters(filters: SearchFilters): boolean {
  return SEARCH_FILTER_GROUPS.some((group) => filters[group].length > 0);
}

/**
 * Whether the state asks for a search: a query, or at least one filter value.
 * @example isSearch(parseSearchState('?sortera=datum')) // false
 */
export function isSearch(state: SearchState): boolean {
  return state.query !== '' || hasFilters(state.filters);
}

/**
 * Pagefind's filter argument: OR within a group (`any`), AND across groups.
 * @example pagefindFilters({ kommun: ['nassjo', 'vetlanda'], typ: [], ar: [], fokus: [] }) // { kommun: { any: ['nassjo', 'vetlanda'] } }
 */
export function pagefindFilters(filters: SearchFilters): Record<string, { any: string[] }> {
  return Object.fromEntries(
    SEARCH_FILTER_GROUPS.filter((group) => filters[group].length > 0).map((group) => [group, { any: filters[group] }]),
  );
}

/** What Pagefind's `search()` is given besides the query. */
export interface PagefindOptions {
  filters: Record<string, { any: string[] }>;
  sort?: { date: 'desc' };
}

/**
 * Pagefind's options for a state: its filters, and newest first when sorted by date (the sort key
 * each page declares, src/components/SearchData.astro).
 * @example pagefindOptions(parseSearchState('?typ=traff&sortera=datum'))
 * // { filters: { typ: { any: ['traff'] } }, sort: { date: 'desc' } }
 */
export function pagefindOptions(state: SearchState): PagefindOptions {
  return { filters: pagefindFilters(state.filters), ...(state.sort === 'datum' ? { sort: { date: 'desc' } } : {}) };
}
