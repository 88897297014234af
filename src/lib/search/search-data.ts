/**
 * Search: what each indexed page tells Pagefind (type, date, filters), and the search page's state
 * in the URL (`/sok/?q=…&kommun=nassjo&kommun=vetlanda&sortera=datum`), so a search can be shared
 * and Back works. Filter values are ids; the search page shows their names.
 */

/** The kinds of page that are indexed, as filter values. */
export const SEARCH_TYPES = ['traff', 'exempel', 'handlingsplan'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Filter groups: URL parameter → Pagefind filter name (the same, to keep one vocabulary). */
export const FILTER_GROUPS = ['typ', 'ar', 'kommun', 'fokus'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

/** What an indexed page declares about itself. */
export interface SearchData {
  type: SearchType;
  /** `YYYY-MM-DD` or `YYYY-MM`, for sorting by date; undefined sorts last. */
  date?: string | undefined;
  /** Years the page concerns (a plan's period covers several). */
  years: number[];
  municipalities: readonly string[];
  focusAreas: readonly string[];
}

/**
 * The Pagefind filters of a page, one entry per value.
 * @example searchFilters({ type: 'traff', years: [2020], municipalities: ['nassjo'], focusAreas: [] })
 * // [['typ', 'traff'], ['ar', '2020'], ['kommun', 'nassjo']]
 */
export function searchFilters(data: SearchData): Array<[FilterGroup, string]> {
  return [
    ['typ', data.type],
    ...data.years.map((year): [FilterGroup, string] => ['ar', String(year)]),
    ...data.municipalities.map((id): [FilterGroup, string] => ['kommun', id]),
    ...data.focusAreas.map((id): [FilterGroup, string] => ['fokus', id]),
  ];
}

/**
 * The sort key Pagefind orders by when sorting by date: the date padded to a full day, so that
 * `2023-03` sorts with March 2023.
 */
export function sortKey(date: string | undefined): string {
  if (!date) return '0000-00-00';
  return date.length === 7 ? `${date}-01` : date;
}

/** The years from `start` to `end`, inclusive. */
export function yearsBetween(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start + 1) }, (_, i) => start + i);
}

/** The search page's state. */
export interface SearchState {
  query: string;
  filters: Record<FilterGroup, string[]>;
  sort: 'relevans' | 'datum';
}

/**
 * Reads the state from a URL's query string; unknown parameters are ignored.
 * @example parseSearchState('?q=hembesök&kommun=nassjo&kommun=vetlanda&sortera=datum')
 */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(
    FILTER_GROUPS.map((group) => [group, [...new Set(params.getAll(group).filter(Boolean))]]),
  ) as Record<FilterGroup, string[]>;
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
  for (const group of FILTER_GROUPS) for (const value of state.filters[group]) params.append(group, value);
  if (state.sort === 'datum') params.set('sortera', 'datum');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Pagefind's filter argument: OR within a group (`any`), AND across groups.
 * @example pagefindFilters({ kommun: ['nassjo', 'vetlanda'], typ: [], ar: [], fokus: [] }) // { kommun: { any: ['nassjo', 'vetlanda'] } }
 */
export function pagefindFilters(filters: Record<FilterGroup, string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries(
    FILTER_GROUPS.filter((group) => filters[group].length > 0).map((group) => [group, { any: filters[group] }]),
  );
}

/**
 * The years offered as a filter: every year a meeting took place or a plan covers, newest first.
 * @param dates content dates (`YYYY-MM-DD` or `YYYY-MM`)
 * @param periods plan periods
 */
export function facetYears(dates: readonly string[], periods: ReadonlyArray<{ start: number; end: number }>): number[] {
  const years = new Set<number>(dates.map((date) => Number(date.slice(0, 4))));
  for (const period of periods) for (const year of yearsBetween(period.start, period.end)) years.add(year);
  return [...years].sort((a, b) => b - a);
}

/**
 * Pagefind's excerpt with nothing but its `<mark>` highlights: any other tag is dropped.
 * @example cleanExcerpt('a <mark>b</mark> <em>c</em>') // 'a <mark>b</mark> c'
 */
export function cleanExcerpt(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
}

/** What a meeting report declares for search. */
export function meetingSearchData(meeting: {
  date: string;
  municipalities?: readonly string[] | undefined;
  focusAreas?: readonly string[] | undefined;
}): SearchData {
  return {
    type: 'traff',
    date: meeting.date,
    years: [Number(meeting.date.slice(0, 4))],
    municipalities: meeting.municipalities ?? [],
    focusAreas: meeting.focusAreas ?? [],
  };
}
