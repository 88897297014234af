/**
 * The published content, read once per build. Pages call these instead of walking collections
 * themselves, so drafts are filtered in one place and nothing is read twice.
 */
import { routes, type FilterKey, type HubKind } from '../routing/routes.ts';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { contentDir } from './content-dir.ts';
import { readGitDates, type GitDates } from './git-dates.ts';
import { archivePages, seriesSchedules, type ArchivePage } from '../meetings/meetings.ts';
import { HUB_ITEMS, MEETINGS_PER_PAGE, paginate, TEAMS_PER_PAGE, type ListPage } from '../routing/paging.ts';
import { named, teamCards, teamListing, type FilterGroup, type TeamCard } from '../teams/teams.ts';
import { withPresentations } from '../teams/presentations.ts';
import { meetingsByTeam, meetingsOfFocusArea, meetingsOfMunicipality } from '../hubs/relations.ts';
import { pageMeta, type PageMeta } from '../site/page-meta.ts';
import { publishedOnly } from './published.ts';

type Published = 'meetings' | 'teams' | 'plans';

const cache = new Map<string, Promise<unknown>>();
/**
 * What `load` gives, computed once per build under `key` (the one memo of what pages read from the
 * content; src/lib/content/series-text.ts uses it too).
 */
export function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}

/**
 * Entries that are not drafts: meetings newest first (by date, then id), teams and plans by id (they
 * have no `date`, so only the id decides).
 */
export function published<C extends Published>(collection: C): Promise<CollectionEntry<C>[]> {
  return once(`published:${collection}`, async () => {
    const all = (await getCollection(collection)) as CollectionEntry<C>[];
    return publishedOnly(all).sort(byNewest);
  });
}

function byNewest(a: CollectionEntry<Published>, b: CollectionEntry<Published>): number {
  const key = (entry: CollectionEntry<Published>) => ('date' in entry.data ? String(entry.data.date) : '');
  return key(b).localeCompare(key(a)) || a.id.localeCompare(b.id, 'sv');
}

/** All entries of a small collection, by id. */
export function byId<C extends 'people' | 'series' | 'teams' | 'municipalities' | 'focusAreas'>(
  collection: C,
): Promise<Map<string, CollectionEntry<C>>> {
  return once(`byId:${collection}`, async () => {
    const all = (await getCollection(collection)) as CollectionEntry<C>[];
    return new Map(all.map((entry) => [entry.id, entry]));
  });
}

/** All entries of a small collection, as a list (in the content store's order). */
export async function entries<C extends 'people' | 'series' | 'teams' | 'municipalities' | 'focusAreas'>(
  collection: C,
): Promise<CollectionEntry<C>[]> {
  return [...(await byId(collection)).values()];
}

/** Each series' published meetings in date order, by series id (its schedule). */
export function schedules(): Promise<Map<string, CollectionEntry<'meetings'>[]>> {
  return once('schedules', async () => seriesSchedules(await published('meetings')));
}

/** The archive's pages (/traffar/, /traffar/sida/2/, …), cut once per build. */
export function archive(): Promise<Array<ArchivePage<CollectionEntry<'meetings'>, CollectionEntry<'series'>>>> {
  return once('archive', async () =>
    archivePages(await published('meetings'), await byId('series'), MEETINGS_PER_PAGE, routes.meetings),
  );
}

/** A list of team stories cut into pages: /exempel/ or one filter page. */
export interface PagedTeamList {
  /** The filters, over every published team. */
  groups: FilterGroup[];
  /** How many published teams there are in all. */
  total: number;
  pages: Array<ListPage<TeamCard>>;
}

/**
 * The pages of /exempel/ (no filter) or of one filter page (/exempel/kommun/jonkoping/), cut once
 * per build.
 */
export function teamList(filter?: { key: FilterKey; value: string }): Promise<PagedTeamList> {
  return once(`teamList:${filter?.key ?? ''}:${filter?.value ?? ''}`, async () => {
    const listing = teamListing(
      await published('teams'),
      named((await byId('municipalities')).values()),
      named((await byId('focusAreas')).values()),
      filter ? { [filter.key]: filter.value } : {},
    );
    const base = filter ? routes.teamFilter(filter.key, filter.value) : routes.teams;
    const cards = withPresentations(listing.cards, await teamMeetings());
    return { groups: listing.groups, total: listing.total, pages: paginate(cards, TEAMS_PER_PAGE, base) };
  });
}

/**
 * The meetings that concern a municipality or a focus area (its hub's meetings, newest first), cut
 * into pages at `/kommuner/<id>/traffar/` or `/fokusomraden/<id>/traffar/`; once per build. The hub
 * shows the first HUB_ITEMS of page 1 and links the pages when there are more.
 */
export function hubMeetingPages(kind: HubKind, id: string): Promise<Array<ListPage<CollectionEntry<'meetings'>>>> {
  return once(`hubMeetings:${kind}:${id}`, async () => {
    const [meetings, teams] = await Promise.all([published('meetings'), published('teams')]);
    const concerning = kind === 'kommuner' ? meetingsOfMunicipality : meetingsOfFocusArea;
    return paginate(concerning(id, meetings, teams), MEETINGS_PER_PAGE, routes.hubMeetings(kind, id));
  });
}

/** Whether a hub's meetings have pages of their own: when it has more than the hub shows. */
export function hasMeetingPages(pages: ReadonlyArray<ListPage<unknown>>): boolean {
  return (pages[0]?.total ?? 0) > HUB_ITEMS;
}

/**
 * Route parameters of the hubs' meeting pages (`…/traffar/` with `first`, `…/traffar/sida/<n>/`
 * without): every hub of the kind whose meetings have pages.
 */
export async function hubMeetingPaths(kind: HubKind, first: boolean) {
  const entries = [...(await byId(kind === 'kommuner' ? 'municipalities' : 'focusAreas')).values()];
  const hubs = await Promise.all(
    entries.map(async (entry) => ({
      id: entry.id,
      name: entry.data.name,
      pages: await hubMeetingPages(kind, entry.id),
    })),
  );
  return hubs
    .filter((hub) => hasMeetingPages(hub.pages))
    .flatMap(({ id, name, pages }) =>
      (first ? pages.slice(0, 1) : pages.slice(1)).map((page) => ({
        params: first ? { id } : { id, page: String(page.number) },
        props: { kind, id, name, number: page.number },
      })),
    );
}

/**
 * What a hub lists of its teams and meetings: the first HUB_ITEMS of each, how many there are, and
 * where all of them are (the filter page; the hub's meeting pages).
 * @param teams the hub's published teams, in the order of its filter page
 */
export async function hubLists(kind: HubKind, id: string, teams: ReadonlyArray<CollectionEntry<'teams'>>) {
  const [meetingPage] = await hubMeetingPages(kind, id);
  const shownTeams = teams.slice(0, HUB_ITEMS);
  return {
    teams: shownTeams,
    cards: withPresentations(
      teamCards(shownTeams, named((await byId('municipalities')).values()), named((await byId('focusAreas')).values())),
      await teamMeetings(),
    ),
    teamsTotal: teams.length,
    teamsHref: routes.teamFilter(kind === 'kommuner' ? 'kommun' : 'fokus', id),
    meetings: meetingPage?.items.slice(0, HUB_ITEMS) ?? [],
    meetingsTotal: meetingPage?.total ?? 0,
    meetingsHref: meetingPage?.base ?? '',
  };
}

/** What a hub lists (see `hubLists`). */
export type HubLists = Awaited<ReturnType<typeof hubLists>>;

/** The published meetings each team presented at, oldest first, by team id. */
export function teamMeetings(): Promise<Map<string, CollectionEntry<'meetings'>[]>> {
  return once('teamMeetings', async () => meetingsByTeam(await published('meetings')));
}

/** The published meetings a team presented at, oldest first; none when it has not presented. */
export async function meetingsOfTeam(id: string): Promise<CollectionEntry<'meetings'>[]> {
  return (await teamMeetings()).get(id) ?? [];
}

/** The site settings from content/site.yaml. */
export async function site(): Promise<CollectionEntry<'site'>['data']> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yaml saknas');
  return entry.data;
}

/** Git's last-change dates of the content, read once per build. */
export function gitDates(): Promise<GitDates> {
  return once('gitDates', () => readGitDates(process.cwd(), [contentDir()]));
}

/**
 * The foot-of-page facts for a page built from `files` (paths relative to the project root, as in
 * an entry's `filePath`).
 */
export async function metaFor(files: readonly (string | undefined)[]): Promise<PageMeta> {
  const settings = await site();
  const known = files.filter((file): file is string => typeof file === 'string');
  return pageMeta(known, await gitDates(), settings.repository);
}
