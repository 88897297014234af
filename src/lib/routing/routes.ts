/**
 * Every public address of the site, in one table: entries, lists and their pages, hubs, filter
 * pages, feeds and files. Pages, components, feeds, the validator and the editor tools ask here; no
 * other module writes an address (a test in routes.test.ts reads the source to keep it so), and the
 * files under `src/pages/` are where Astro serves these addresses (the same test checks that every
 * built page is one of them).
 *
 * Addresses end in `/` (Astro's `trailingSlash: 'always'`), except files (`.xml`, `.ics`, `.csv`,
 * `.html`, `.txt`, `.json`). Ids are file names without extension, already limited to `a-z0-9-` by
 * the validator, so they need no escaping.
 *
 * Pure and free of Node and Astro imports: the browser scripts read it too.
 */

/** The folder under a list that holds its pages 2, 3, … (`/traffar/sida/2/`). */
export const PAGE_SEGMENT = 'sida';

/** The team filters, as they appear in the query string of `/exempel/`. */
export const FILTER_KEYS = ['kommun', 'fokus', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The folder of each filter's pre-rendered pages: `/exempel/<segment>/<value>/`. */
export const FILTER_SEGMENTS: Readonly<Record<FilterKey, string>> = {
  kommun: 'kommun',
  fokus: 'fokusomrade',
  status: 'status',
};

/** Where a hub lives: `/kommuner/<id>/` or `/fokusomraden/<id>/`. */
export type HubKind = 'kommuner' | 'fokusomraden';

/** The collections whose entries have a page of their own. */
export type PagedCollection = 'meetings' | 'teams' | 'plans';

export const routes = {
  home: '/',

  /** The archive of meetings, and each meeting's report. */
  meetings: '/traffar/',
  meeting: (id: string) => `/traffar/${id}/`,
  /** A report's e-mail edition and its plain-text alternative. */
  newsletter: (id: string) => `/traffar/${id}/nyhetsbrev.html`,
  newsletterText: (id: string) => `/traffar/${id}/nyhetsbrev.txt`,

  /** The team stories (goda exempel), each story and the filter pages. */
  teams: '/exempel/',
  team: (id: string) => `/exempel/${id}/`,
  teamFilter: (key: FilterKey, value: string) => `/exempel/${FILTER_SEGMENTS[key]}/${value}/`,

  /** The hubs: every municipality and focus area, each one's page and its meetings' pages. */
  municipalities: '/kommuner/',
  municipality: (id: string) => `/kommuner/${id}/`,
  focusAreas: '/fokusomraden/',
  focusArea: (id: string) => `/fokusomraden/${id}/`,
  hub: (kind: HubKind, id: string) => `/${kind}/${id}/`,
  hubMeetings: (kind: HubKind, id: string) => `/${kind}/${id}/traffar/`,

  /** The action plans, each plan, its matrix filtered by service, and its matrix as CSV. */
  plans: '/handlingsplaner/',
  plan: (id: string) => `/handlingsplaner/${id}/`,
  planService: (id: string, service: string) => `/handlingsplaner/${id}/verksamhet/${service}/`,
  planCsv: (id: string) => `/handlingsplaner/${id}.csv`,

  calendar: '/kalender/',
  calendarFeed: '/kalender.ics',
  contact: '/kontakt/',
  about: '/om/',
  search: '/sok/',
  accessibility: '/tillganglighet/',
  changes: '/andringar/',
  rss: '/rss.xml',
  sitemap: '/sitemap-index.xml',
  version: '/version.json',
  /** Pagefind's script, loaded by the search page when a search is run. */
  searchScript: '/pagefind/pagefind.js',
  /** The indexed words, for suggestions when a search finds nothing (src/lib/search/index-words.ts). */
  searchWords: '/pagefind/ord.json',

  /**
   * The web editor (Sveltia CMS), built apart from the public pages (src/lib/build/admin/), and an
   * entry opened in it: the CMS keeps its own addresses after `#`.
   */
  admin: '/admin/',
  adminEntry: (collection: string, id: string) => `/admin/#/collections/${collection}/entries/${id}`,
} as const;

/**
 * The address of page `n` of a list: page 1 keeps the list's own address.
 * @param base the list's address, ending in `/`
 * @param n 1-based
 * @example pageUrl('/traffar/', 1) // '/traffar/'
 * @example pageUrl('/traffar/', 3) // '/traffar/sida/3/'
 */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}${PAGE_SEGMENT}/${n}/`;
}

const ENTRY_PAGES: Readonly<Record<PagedCollection, (id: string) => string>> = {
  meetings: routes.meeting,
  teams: routes.team,
  plans: routes.plan,
};

/**
 * An address on the page a script runs on, with another query: the page's path as served, with a
 * run of leading slashes made one (a server that answers `//sok/` as `/sok/` would otherwise give
 * `//sok/?q=…`, which a browser reads as the host `sok`).
 * @param pathname `location.pathname`
 * @param query `?…`, or empty
 * @example samePage('//sok/', '?q=barn') // '/sok/?q=barn'
 */
export function samePage(pathname: string, query: string): string {
  return `${pathname.replace(/^\/{2,}/, '/')}${query}`;
}

/**
 * Whether a collection's entries have pages of their own (people, series and the taxonomies are
 * shown on other pages).
 * @example hasPages('teams') // true
 * @example hasPages('people') // false
 */
export function hasPages(collection: string): collection is PagedCollection {
  return Object.hasOwn(ENTRY_PAGES, collection);
}

/**
 * The page of an entry, or undefined when its collection has no pages.
 * @example entryPage('meetings', '2020-09-21-goda-exempel') // '/traffar/2020-09-21-goda-exempel/'
 * @example entryPage('people', 'ida-erixon') // undefined
 */
export function entryPage(collection: string, id: string): string | undefined {
  return hasPages(collection) ? ENTRY_PAGES[collection](id) : undefined;
}

/**
 * Team ids that the site's own folders under `/exempel/` use (the list's pages and the filter
 * pages): a team named so would share its address's folder with them.
 */
export const RESERVED_TEAM_IDS: ReadonlySet<string> = new Set([PAGE_SEGMENT, ...Object.values(FILTER_SEGMENTS)]);
