/**
 * The municipality and focus-area hubs (`/kommuner/…`, `/fokusomraden/…`): which municipalities take
 * part, and what each hub lists. Everything is derived from the teams, meetings and plans; nothing is
 * entered twice.
 */
import { routes, type HubKind } from '../routing/routes.ts';
import { listTitle } from '../routing/list-title.ts';
import { fill } from '../../i18n/sv.ts';
import { teams as strings } from '../../i18n/sv/teams.ts';
import type { Plan, PlanRow } from '../../schemas/plan.ts';
import { filterTeams } from '../browser/team-filters.ts';
import { meetingsOfFocusArea, meetingsOfMunicipality } from './relations.ts';
import { COUNTY_WIDE_ID, publishedTeams, type Named, type TeamEntry } from '../teams/teams.ts';

export { COUNTY_WIDE_ID };

/** A meeting as the hubs read it (an Astro collection entry fits). */
export interface HubMeeting {
  id: string;
  data: {
    title: string;
    date: string;
    teams?: readonly string[] | undefined;
    municipalities?: readonly string[] | undefined;
    focusAreas?: readonly string[] | undefined;
  };
}

/** A plan as the hubs read it. */
export interface HubPlan {
  id: string;
  data: Pick<Plan, 'title' | 'rows' | 'goals'>;
}

/** How one municipality (or the whole county) appears in the network's published content. */
export interface Participation extends Named {
  /** Its hub page. */
  url: string;
  /** Published teams that work in it. */
  teams: number;
  /** Published meetings that concern it (see `meetingsOfMunicipality`). */
  meetings: number;
  /** Whether it has at least one published team or meeting. */
  takesPart: boolean;
  /** Whether this is the whole county rather than one municipality. */
  countyWide: boolean;
}

/**
 * Which municipalities take part, in the order given. A municipality takes
 * part when at least one published team works in it or one published meeting concerns it; a team or
 * meeting for the whole county does not make every municipality take part.
 * @param municipalities every municipality, with the whole county
 * @param teams the teams (drafts are ignored)
 * @param meetings the published meetings
 */
export function participation(
  municipalities: readonly Named[],
  teams: readonly TeamEntry[],
  meetings: readonly HubMeeting[],
): Participation[] {
  const visible = publishedTeams(teams);
  return municipalities.map(({ id, name }) => {
    const teamCount = filterTeams(visible, { kommun: id }).length;
    const meetingCount = meetingsOfMunicipality(id, meetings, visible).length;
    return {
      id,
      name,
      url: routes.municipality(id),
      teams: teamCount,
      meetings: meetingCount,
      takesPart: teamCount + meetingCount > 0,
      countyWide: id === COUNTY_WIDE_ID,
    };
  });
}

/**
 * How many of the county's municipalities take part (the whole county not counted).
 * @example participationSummary(participation(...)) // { count: 6, total: 13 }
 */
export function participationSummary(list: readonly Participation[]): { count: number; total: number } {
  const municipalities = list.filter((item) => !item.countyWide);
  return { count: municipalities.filter((item) => item.takesPart).length, total: municipalities.length };
}

/**
 * The municipalities of the county and the whole county, apart, each in the given order.
 */
export function splitCounty<P extends { countyWide: boolean }>(
  list: readonly P[],
): { municipalities: P[]; county: P[] } {
  return { municipalities: list.filter((p) => !p.countyWide), county: list.filter((p) => p.countyWide) };
}

/**
 * How the municipality list says whether a municipality takes part, in words (never only by colour).
 * @example participationText({ takesPart: true, teams: 2, meetings: 1 })
 * // { label: 'Deltar', details: '2 exempel, 1 träff' }
 * @example participationText({ takesPart: false, teams: 0, meetings: 0 })
 * // { label: 'Inget publicerat ännu', details: '' }
 */
export function participationText(item: Pick<Participation, 'takesPart' | 'teams' | 'meetings'>): {
  label: string;
  details: string;
} {
  if (!item.takesPart) return { label: strings.hubs.notParticipating, details: '' };
  const parts: string[] = [];
  if (item.teams > 0) parts.push(fill(strings.hubs.teamCount, { count: item.teams }));
  if (item.meetings > 0) {
    const form = item.meetings === 1 ? strings.hubs.meetingCount.one : strings.hubs.meetingCount.other;
    parts.push(fill(form, { count: item.meetings }));
  }
  return { label: strings.hubs.participating, details: parts.join(', ') };
}

/** What a municipality's hub lists. */
export interface MunicipalityHub<T extends TeamEntry, M extends HubMeeting> {
  teams: T[];
  meetings: M[];
}

/**
 * The published teams working in a municipality (by name) and the meetings concerning it (newest first).
 * Plan rows are not listed: the plans' matrix rows name no municipality.
 */
export function municipalityHub<T extends TeamEntry, M extends HubMeeting>(
  id: string,
  teams: readonly T[],
  meetings: readonly M[],
): MunicipalityHub<T, M> {
  const visible = publishedTeams(teams);
  return { teams: filterTeams(visible, { kommun: id }), meetings: meetingsOfMunicipality(id, meetings, visible) };
}

/** A matrix row of a plan, with the plan it belongs to. */
export interface PlanRowItem {
  plan: { id: string; title: string; url: string };
  row: PlanRow;
}

/** A goal of a plan, with the plan it belongs to. */
export interface PlanGoalItem {
  plan: { id: string; title: string; url: string };
  goal: NonNullable<Plan['goals']>[number];
}

/** What a focus area's hub lists. */
export interface FocusAreaHub<T extends TeamEntry, M extends HubMeeting, P extends HubPlan = HubPlan> {
  teams: T[];
  meetings: M[];
  rows: PlanRowItem[];
  goals: PlanGoalItem[];
  /** The plans the rows and goals come from, in plan order. */
  plans: P[];
}

/**
 * The published teams working on a focus area (by name), the meetings concerning it (newest first),
 * and the plans' matrix rows and goals whose `focusAreas` include it (in plan order, then row order).
 * @param id the focus area's id
 * @param teams the teams (drafts are ignored)
 * @param meetings the published meetings
 * @param plans the published plans
 */
export function focusAreaHub<T extends TeamEntry, M extends HubMeeting, P extends HubPlan>(
  id: string,
  teams: readonly T[],
  meetings: readonly M[],
  plans: readonly P[],
): FocusAreaHub<T, M, P> {
  const visible = publishedTeams(teams);
  const rows: PlanRowItem[] = [];
  const goals: PlanGoalItem[] = [];
  for (const plan of plans) {
    const ref = { id: plan.id, title: plan.data.title, url: routes.plan(plan.id) };
    for (const row of plan.data.rows ?? []) if (row.focusAreas?.includes(id)) rows.push({ plan: ref, row });
    for (const goal of plan.data.goals ?? []) if (goal.focusAreas?.includes(id)) goals.push({ plan: ref, goal });
  }
  const planIds = new Set([...rows, ...goals].map((item) => item.plan.id));
  return {
    teams: filterTeams(visible, { fokus: id }),
    meetings: meetingsOfFocusArea(id, meetings, visible),
    rows,
    goals,
    plans: plans.filter((plan) => planIds.has(plan.id)),
  };
}

/** A focus area as the list of focus areas shows it. */
export interface FocusAreaSummary extends Named {
  url: string;
  description: string | undefined;
  /** Published teams working on it. */
  teams: number;
}

/**
 * The focus areas by name as Swedish sorts, each with its hub and the number of published teams working on it.
 * @param areas the entries of `content/focus-areas.yaml`
 * @param teams the teams (drafts are ignored)
 */
export function focusAreaSummaries(
  areas: readonly { id: string; data: { name: string; description?: string | undefined } }[],
  teams: readonly TeamEntry[],
): FocusAreaSummary[] {
  const visible = publishedTeams(teams);
  const sorted = [...areas].sort((a, b) => a.data.name.localeCompare(b.data.name, 'sv') || a.id.localeCompare(b.id));
  return sorted.map((area) => ({
    id: area.id,
    name: area.data.name,
    url: routes.focusArea(area.id),
    description: area.data.description,
    teams: filterTeams(visible, { fokus: area.id }).length,
  }));
}

/**
 * The sentence under a hub's heading: a focus area's own description when it has one.
 * @param kind which kind of hub
 * @param name the municipality's or focus area's name
 * @param description a focus area's description, from content/focus-areas.yaml
 * @example hubLead('kommuner', 'Aneby') // 'Goda exempel och träffar som gäller Aneby.'
 */
export function hubLead(kind: HubKind, name: string, description?: string): string {
  if (kind === 'kommuner') return fill(strings.hubs.municipalityLead, { name });
  return description ?? fill(strings.hubs.focusAreaLead, { name });
}

/** One of a hub's two lists, with what the note under it says (see MoreNote.astro). */
export interface HubSection {
  /** The section's id, which its heading carries: `exempel` or `traffar`. */
  id: 'exempel' | 'traffar';
  heading: string;
  shown: number;
  total: number;
  text: string;
  href: string;
  link: string;
}

/**
 * A hub's two lists, team stories and meetings: how many each shows of how many, and where all are.
 * @param lists what the hub lists (see `hubLists` in src/lib/content/collections.ts)
 */
export function hubSections(lists: {
  teams: readonly unknown[];
  teamsTotal: number;
  teamsHref: string;
  meetings: readonly unknown[];
  meetingsTotal: number;
  meetingsHref: string;
}): HubSection[] {
  const { hubs } = strings;
  return [
    {
      id: 'exempel',
      heading: hubs.teams,
      shown: lists.teams.length,
      total: lists.teamsTotal,
      text: hubs.teamsCapped,
      href: lists.teamsHref,
      link: hubs.allTeams,
    },
    {
      id: 'traffar',
      heading: hubs.meetings,
      shown: lists.meetings.length,
      total: lists.meetingsTotal,
      text: hubs.meetingsCapped,
      href: lists.meetingsHref,
      link: hubs.allMeetings,
    },
  ];
}

/**
 * What a page of a hub's meetings (`/kommuner/<id>/traffar/`, …) says: its title (with the page's
 * number after the first), its introduction, and the link back to the hub.
 * @param kind which kind of hub
 * @param hub the municipality's or focus area's id and name
 * @param page where the page sits in the list
 */
export function hubMeetingsText(
  kind: HubKind,
  hub: Named,
  page: { number: number; count: number },
): { title: string; intro: string; back: { href: string; text: string } } {
  const { hubs } = strings;
  const municipality = kind === 'kommuner';
  const name = hub.name;
  return {
    title: listTitle(fill(municipality ? hubs.municipalityMeetingsTitle : hubs.focusAreaMeetingsTitle, { name }), page),
    intro: fill(municipality ? hubs.municipalityMeetingsIntro : hubs.focusAreaMeetingsIntro, { name }),
    back: { href: routes.hub(kind, hub.id), text: fill(hubs.backToHub, { name }) },
  };
}
