/**
 * Search at build time: what each indexed page tells Pagefind (type, date, filters), and the values
 * the search page's form offers. Filter values are ids; the form shows their names. The state of a
 * search in the URL, and the script that runs it, are browser code: src/lib/browser/search-state.ts
 * and search-page.ts.
 */
import { search as strings } from '../../i18n/sv/search.ts';
import { SEARCH_FILTER_GROUPS, type SearchFilterGroup } from '../browser/search-state.ts';

/** The kinds of page that are indexed, as filter values. */
export const SEARCH_TYPES = ['traff', 'exempel', 'handlingsplan'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

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
export function searchFilters(data: SearchData): Array<[SearchFilterGroup, string]> {
  return [
    ['typ', data.type],
    ...data.years.map((year): [SearchFilterGroup, string] => ['ar', String(year)]),
    ...data.municipalities.map((id): [SearchFilterGroup, string] => ['kommun', id]),
    ...data.focusAreas.map((id): [SearchFilterGroup, string] => ['fokus', id]),
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

/** One value the search form offers in a filter group: its id in the URL, its name on the page. */
export interface SearchFilterOption {
  value: string;
  label: string;
}

/** One filter group of the search form: its URL parameter, its legend and its values. */
export interface SearchFilterField {
  group: SearchFilterGroup;
  legend: string;
  options: SearchFilterOption[];
}

/** What the search form's filters are built from: the published entries and the named places and areas. */
export interface SearchFilterSources {
  meetings: ReadonlyArray<{ data: { date: string } }>;
  plans: ReadonlyArray<{ data: { period: { start: number; end: number } } }>;
  municipalities: Iterable<{ id: string; data: { name: string } }>;
  focusAreas: Iterable<{ id: string; data: { name: string } }>;
}

/**
 * The filter groups of the search form, in the URL's order, each with the values it offers: the page
 * types, the years (newest first, see `facetYears`), the municipalities and the focus areas as given.
 */
export function searchFilterFields(sources: SearchFilterSources): SearchFilterField[] {
  const named = (entries: SearchFilterSources['municipalities']) =>
    [...entries].map((entry) => ({ value: entry.id, label: entry.data.name }));
  const years = facetYears(
    sources.meetings.map((meeting) => meeting.data.date),
    sources.plans.map((plan) => plan.data.period),
  );
  const options: Record<SearchFilterGroup, SearchFilterOption[]> = {
    typ: SEARCH_TYPES.map((type) => ({ value: type, label: strings.types[type] })),
    ar: years.map((year) => ({ value: String(year), label: String(year) })),
    kommun: named(sources.municipalities),
    fokus: named(sources.focusAreas),
  };
  return SEARCH_FILTER_GROUPS.map((group) => ({ group, legend: strings.groups[group], options: options[group] }));
}
