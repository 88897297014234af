/**
 * Team stories (goda exempel) as the pages show them: cards, the order of lists, the filters' links
 * and texts (how the team's image is shown: team-image.ts). Pure functions over entry data; the pages only
 * render what these return.
 */
import { routes, FILTER_SEGMENTS, type FilterKey } from '../routing/routes.ts';
import { TEAM_STATUSES } from '../../schemas/team.ts';
import { teams as strings } from '../../i18n/sv/teams.ts';
import type { Team } from '../../schemas/team.ts';
import type { Presentation } from './presentations.ts';
import type { EntryImage } from './team-image.ts';
import { fill } from '../../i18n/fill.ts';
import {
  filterOptions,
  filterTeams,
  MUNICIPALITY_NOT_STATED,
  municipalityFacet,
  type FilterOption,
  type TeamFilter,
} from '../browser/team-filters.ts';
import { isPublished } from '../content/published.ts';

/** An id with its display name, e.g. a municipality. */
export interface Named {
  id: string;
  name: string;
}

/** A team entry as the pages receive it (an Astro collection entry fits). */
export interface TeamEntry {
  id: string;
  data: Pick<Team, 'name' | 'summary' | 'municipalities' | 'focusAreas' | 'status' | 'draft'> & {
    image?: EntryImage | undefined;
  };
  filePath?: string | undefined;
}

/** Everything a team card shows. */
export interface TeamCard {
  id: string;
  /** The team's page. */
  url: string;
  name: string;
  summary: string;
  municipalities: Named[];
  focusAreas: Named[];
  status: { id: Team['status']; label: string };
  /** The team's image, when its story has one. */
  image?: EntryImage;
  /** The meetings where the team presented (lists add them: `withPresentations`). */
  presentedAt?: readonly Presentation[];
}

/**
 * The Swedish label of a status.
 * @example statusLabel('infort') // 'Infört'
 */
export function statusLabel(status: Team['status']): string {
  return strings.statuses[status];
}

/** Every status in order of progress, with its label. */
export function statusValues(): Array<{ id: Team['status']; label: string }> {
  return TEAM_STATUSES.map((id) => ({ id, label: statusLabel(id) }));
}

/**
 * Looks ids up in a list of named things, keeping the order of the ids. An id that is not in the list
 * keeps the id as its name (the validator makes sure this never happens in published content).
 */
export function namesOf(ids: readonly string[], known: ReadonlyMap<string, string>): Named[] {
  return ids.map((id) => ({ id, name: known.get(id) ?? id }));
}

/**
 * A name per id, from entries such as the municipalities (`{ id, data: { name } }`).
 * @example nameMap([{ id: 'aneby', data: { name: 'Aneby' } }]).get('aneby') // 'Aneby'
 */
export function nameMap(entries: Iterable<{ id: string; data: { name: string } }>): Map<string, string> {
  return new Map([...entries].map((entry) => [entry.id, entry.data.name]));
}

/**
 * The id in `content/municipalities.yaml` that stands for the whole county (the content model's
 * `hela-lanet`), not for one of its municipalities.
 */
export const COUNTY_WIDE_ID = 'hela-lanet';

/**
 * Entries with names (municipalities, focus areas) as plain `{ id, name }`, sorted by name as Swedish
 * sorts, with the whole county last. (Astro's content store does not keep the order of a YAML list.)
 * @example named([{ id: 'hela-lanet', data: { name: 'Hela länet' } }, { id: 'aneby', data: { name: 'Aneby' } }])
 * // [{ id: 'aneby', name: 'Aneby' }, { id: 'hela-lanet', name: 'Hela länet' }]
 */
export function named(entries: Iterable<{ id: string; data: { name: string } }>): Named[] {
  return [...entries]
    .map((entry) => ({ id: entry.id, name: entry.data.name }))
    .sort(
      (a, b) =>
        Number(a.id === COUNTY_WIDE_ID) - Number(b.id === COUNTY_WIDE_ID) ||
        a.name.localeCompare(b.name, 'sv') ||
        a.id.localeCompare(b.id),
    );
}

/**
 * The published teams, drafts left out, in Swedish alphabetical order of their names.
 * @param teams team entries, drafts included or not
 */
export function publishedTeams<T extends TeamEntry>(teams: readonly T[]): T[] {
  return teams
    .filter((team) => isPublished(team.data))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'sv') || a.id.localeCompare(b.id));
}

/**
 * What a card shows of a team.
 * @param team the team entry
 * @param municipalities names of the municipalities by id
 * @param focusAreas names of the focus areas by id
 */
export function teamCard(
  team: TeamEntry,
  municipalities: ReadonlyMap<string, string>,
  focusAreas: ReadonlyMap<string, string>,
): TeamCard {
  return {
    id: team.id,
    url: routes.team(team.id),
    name: team.data.name,
    summary: team.data.summary,
    municipalities: namesOf(team.data.municipalities, municipalities),
    focusAreas: namesOf(team.data.focusAreas, focusAreas),
    status: { id: team.data.status, label: statusLabel(team.data.status) },
    ...(team.data.image ? { image: team.data.image } : {}),
  };
}

/**
 * A team's municipalities as text, or that they are not stated (a team with `municipalities: []`).
 * @example municipalityText([{ id: 'aneby', name: 'Aneby' }, { id: 'eksjo', name: 'Eksjö' }]) // 'Aneby, Eksjö'
 * @example municipalityText([]) // 'inte angiven'
 */
export function municipalityText(municipalities: readonly Named[]): string {
  if (municipalities.length === 0) return strings.municipalityNotStated;
  return municipalities.map((m) => m.name).join(', ');
}

/**
 * The data attributes a card's list item carries for the filter script: its ids per filter,
 * separated by spaces (ids never contain spaces).
 * @example cardFilterAttributes(card) // { 'data-kommun': 'nassjo vetlanda', 'data-fokus': 'psykisk-halsa', 'data-status': 'infort' }
 */
export function cardFilterAttributes(card: TeamCard): Record<`data-${FilterKey}`, string> {
  return {
    'data-kommun': municipalityFacet(card.municipalities.map((m) => m.id)).join(' '),
    'data-fokus': card.focusAreas.map((f) => f.id).join(' '),
    'data-status': card.status.id,
  };
}

/** One filter with its label and the values that have teams, for the filter links and the form. */
export interface FilterGroup {
  key: FilterKey;
  /** The filter's name, e.g. "Kommun". */
  label: string;
  /** The form's choice for "no filter", e.g. "Alla kommuner". */
  allLabel: string;
  options: FilterOption[];
}

/**
 * The three filters of the team stories, each with the values that at least one published team carries,
 * in the order of the lists given (municipalities and focus areas) and of progress (statuses). The
 * municipalities end with "Kommun inte angiven" when a team states none (see MUNICIPALITY_NOT_STATED).
 * @param teams the published teams
 * @param municipalities every municipality, in display order (see `named`)
 * @param focusAreas every focus area, in display order
 */
export function filterGroups(
  teams: readonly TeamEntry[],
  municipalities: readonly Named[],
  focusAreas: readonly Named[],
): FilterGroup[] {
  const labelled = (list: readonly Named[]) => list.map(({ id, name }) => ({ id, label: name }));
  const { dimensions } = strings.filter;
  return [
    {
      key: 'kommun',
      label: dimensions.kommun,
      allLabel: strings.filter.allMunicipalities,
      options: filterOptions(
        'kommun',
        [...labelled(municipalities), { id: MUNICIPALITY_NOT_STATED, label: strings.filter.municipalityNotStated }],
        teams,
      ),
    },
    {
      key: 'fokus',
      label: dimensions.fokus,
      allLabel: strings.filter.allFocusAreas,
      options: filterOptions('fokus', labelled(focusAreas), teams),
    },
    {
      key: 'status',
      label: dimensions.status,
      allLabel: strings.filter.allStatuses,
      options: filterOptions('status', statusValues(), teams),
    },
  ];
}

/** A pre-rendered filter page: which filter, which value, and the value's label. */
export interface FilterPage {
  key: FilterKey;
  /** The page's URL segment for the filter, e.g. `fokusomrade`. */
  segment: string;
  value: string;
  label: string;
}

/**
 * The pre-rendered filter pages: one per filter value that has at least one published team.
 * @param groups the filters, from `filterGroups`
 */
export function filterPages(groups: readonly FilterGroup[]): FilterPage[] {
  return groups.flatMap((group) =>
    group.options.map((option) => ({
      key: group.key,
      segment: FILTER_SEGMENTS[group.key],
      value: option.id,
      label: option.label,
    })),
  );
}

/**
 * The heading and introduction of a list of team stories: /exempel/ or one of its filter pages.
 * @param filter the filter page's filter; none for /exempel/
 * @example listText({ key: 'kommun', segment: 'kommun', value: 'aneby', label: 'Aneby' }).title // 'Goda exempel från Aneby'
 * @example listText({ key: 'kommun', segment: 'kommun', value: 'inte-angiven', label: 'Kommun inte angiven' }).title
 * // 'Goda exempel utan angiven kommun'
 */
export function listText(filter?: FilterPage): { title: string; intro: string } {
  const { list, filter: texts } = strings;
  if (!filter) return { title: list.title, intro: list.intro };
  if (filter.key === 'kommun' && filter.value === MUNICIPALITY_NOT_STATED) {
    return { title: texts.municipalityNotStatedTitle, intro: texts.municipalityNotStatedIntro };
  }
  return {
    title: fill(texts.pageTitle[filter.key], { name: filter.label }),
    intro: fill(texts.pageIntro[filter.key], { name: filter.label }),
  };
}

/**
 * The `aria-current` of a filter link. On a page of the list the link leads to: "page" on its first
 * page, "true" on its later pages (the link leads to the list, not to the page shown); elsewhere
 * none.
 * @param shown the filter of the page showing the link; none on /exempel/ and its pages
 * @param link the link's filter; none for the link to all team stories
 * @param pageNumber the page of the list shown
 * @example filterLinkCurrent({ key: 'kommun', value: 'aneby' }, { key: 'kommun', value: 'aneby' }, 2) // 'true'
 */
export function filterLinkCurrent(
  shown: TeamFilterChoice | undefined,
  link: TeamFilterChoice | undefined,
  pageNumber = 1,
): 'page' | 'true' | undefined {
  const same =
    shown === undefined || link === undefined ? shown === link : shown.key === link.key && shown.value === link.value;
  if (!same) return undefined;
  return pageNumber > 1 ? 'true' : 'page';
}

/** One filter and its value, e.g. the municipality Aneby. */
export interface TeamFilterChoice {
  key: FilterKey;
  value: string;
}

/**
 * How many team stories a list shows: of all, or on this page of how many.
 * @param shown the cards shown
 * @param total the published teams in all
 * @param page where the cards sit in a list cut into pages
 * @example showingText(3, 9) // 'Visar 3 av 9 exempel.'
 */
export function showingText(
  shown: number,
  total: number,
  page?: { count: number; from: number; to: number; total: number },
): string {
  return page && page.count > 1
    ? fill(strings.list.showingPage, { from: page.from, to: page.to, count: page.total })
    : fill(strings.list.showing, { count: shown, total });
}

/** What a list of team stories with its filters shows. */
export interface TeamListing {
  /** The cards of the teams passed in, drafts left out, by name. */
  cards: TeamCard[];
  /** The filters, computed over `allTeams`. */
  groups: FilterGroup[];
  /** How many published teams there are in all. */
  total: number;
}

/**
 * The cards and filters of a list of team stories.
 * @param allTeams every team (drafts are left out)
 * @param municipalities every municipality, in display order (see `named`)
 * @param focusAreas every focus area, in display order
 * @param filter the filter of a pre-rendered filter page; none for all teams
 */
export function teamListing(
  allTeams: readonly TeamEntry[],
  municipalities: readonly Named[],
  focusAreas: readonly Named[],
  filter: TeamFilter = {},
): TeamListing {
  const teams = publishedTeams(allTeams);
  return {
    cards: teamCards(filterTeams(teams, filter), municipalities, focusAreas),
    groups: filterGroups(teams, municipalities, focusAreas),
    total: teams.length,
  };
}

/**
 * What a team's page tells the site search (`SearchData` in `src/lib/search/search-data.ts`): the team's
 * municipalities and focus areas, and as its years the year it started and the years of the meetings
 * it presented at; its date is when it started.
 * @param team the team
 * @param presentedAt the meetings the team presented at
 */
export function teamSearchData(
  team: { data: Pick<Team, 'municipalities' | 'focusAreas' | 'started'> },
  presentedAt: readonly { data: { date: string } }[],
): {
  type: 'exempel';
  date: string | undefined;
  years: number[];
  municipalities: readonly string[];
  focusAreas: readonly string[];
} {
  const dates = [...(team.data.started ? [team.data.started] : []), ...presentedAt.map((m) => m.data.date)];
  const years = [...new Set(dates.map((date) => Number(date.slice(0, 4))))].sort((a, b) => a - b);
  return {
    type: 'exempel',
    date: team.data.started,
    years,
    municipalities: team.data.municipalities,
    focusAreas: team.data.focusAreas,
  };
}

/**
 * The cards of some teams, in their given order.
 * @param teams the teams to show (already published and sorted)
 * @param municipalities every municipality
 * @param focusAreas every focus area
 */
export function teamCards(
  teams: readonly TeamEntry[],
  municipalities: readonly Named[],
  focusAreas: readonly Named[],
): TeamCard[] {
  const municipalityNames = new Map(municipalities.map((m) => [m.id, m.name]));
  const focusAreaNames = new Map(focusAreas.map((f) => [f.id, f.name]));
  return teams.map((team) => teamCard(team, municipalityNames, focusAreaNames));
}
