/**
 * One model of a meeting's report, built once and shown by every output: the report page
 * (src/pages/traffar/[id].astro), the e-mail edition and its plain text (newsletter/), and the RSS
 * feed. It holds what a report shows — title, summary, facts, speakers, teams with their links,
 * videos, links, contacts as people, the series' background and the series' schedule with this
 * meeting marked — in words, with the site's own addresses root-relative and the content's as
 * written. Each output formats it: the page as HTML, the e-mail edition and the feed with absolute
 * addresses. Pure: the entries it reads are passed in (src/lib/meetings/report-load.ts loads them).
 */
import { fill, sv } from '../../i18n/sv.ts';
import type { Meeting, Speaker } from '../../schemas/meeting.ts';
import { formatDate } from '../dates/dates.ts';
import { isPublished } from '../content/published.ts';
import { resolvePeople, roleLine, type PersonEntry } from '../people/contacts.ts';
import { routes } from '../routing/routes.ts';
import {
  hasBodyText,
  hasReport,
  meetingCard,
  placeLabel,
  seriesPeriod,
  type MeetingEntry,
  type SeriesEntry,
} from './meetings.ts';

/** A speaker with the facts a report shows. */
export interface SpeakerCard {
  name: string;
  /** The role or job title. */
  role?: string | undefined;
  organisation?: string | undefined;
  topic?: string | undefined;
}

/**
 * What a speaker does and where, as it follows the name: the role and the organisation that are
 * given, each after a comma; empty when neither is.
 * @example speakerDetails({ name: 'Anna', role: 'samordnare', organisation: 'Regionen' }) // ', samordnare, Regionen'
 */
export function speakerDetails(speaker: SpeakerCard): string {
  const line = roleLine(speaker.role, speaker.organisation);
  return line ? `, ${line}` : '';
}

interface PersonLike {
  data: { name: string; title?: string | undefined; organisation: string };
}

/**
 * The speakers of a meeting with name, role and organisation: a `{ person }` speaker takes the
 * person's title and organisation from `content/people/`; an unknown person is left out (the
 * validator has reported it).
 * @param speakers the meeting's `speakers`
 * @param people every person, by id
 */
export function resolveSpeakers(
  speakers: readonly Speaker[] | undefined,
  people: ReadonlyMap<string, PersonLike>,
): SpeakerCard[] {
  return (speakers ?? []).flatMap((speaker): SpeakerCard[] => {
    if ('person' in speaker) {
      const person = people.get(speaker.person)?.data;
      if (!person) return [];
      return [{ name: person.name, role: person.title, organisation: person.organisation, topic: speaker.topic }];
    }
    return [{ name: speaker.name, role: speaker.role, organisation: speaker.organisation, topic: speaker.topic }];
  });
}

/** A team that presented: linked to its story, unless the story is a draft (it has no page). */
export interface TeamLink {
  id: string;
  name: string;
  /** The story's page; undefined for a draft. */
  href?: string | undefined;
}

interface TeamLike {
  data: { name: string; draft?: boolean | undefined };
}

/**
 * The teams that presented at a meeting, in the meeting's order.
 * @param ids the meeting's `teams`
 * @param teams every team, drafts included, by id
 */
export function presentingTeams(ids: readonly string[] | undefined, teams: ReadonlyMap<string, TeamLike>): TeamLink[] {
  return (ids ?? []).flatMap((id) => {
    const team = teams.get(id)?.data;
    if (!team) return [];
    return [{ id, name: team.name, href: isPublished(team) ? routes.team(id) : undefined }];
  });
}

/** What the report model reads of a meeting; Astro's `CollectionEntry<'meetings'>` fits. */
export interface ReportEntry {
  id: string;
  /** The report, in MDX; empty or missing when none is written. */
  body?: string | undefined;
  data: Pick<Meeting, 'title' | 'date' | 'summary'> &
    Partial<
      Pick<
        Meeting,
        | 'time'
        | 'place'
        | 'online'
        | 'series'
        | 'session'
        | 'kind'
        | 'speakers'
        | 'teams'
        | 'videos'
        | 'links'
        | 'contacts'
      >
    >;
}

/** One fact at the top of a report: what it is and its value, in words. */
export interface ReportFact {
  label: string;
  value: string;
  /** The date the value says, `YYYY-MM-DD` or `YYYY-MM`, for a `<time>` element; only on the date. */
  datetime?: string | undefined;
}

/** A meeting of the series' schedule. */
export interface ScheduleItem {
  id: string;
  /** The meeting's page, root-relative. */
  href: string;
  title: string;
  /** The meeting's number in its series in words ("Träff 2"), when it has one. */
  session?: string | undefined;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  /** The date in words ("3 mars 2020"). */
  dateText: string;
  time?: string | undefined;
  /** Where (or that the place is not stated) and, when known, the kind of meeting. */
  where: string;
  /** Whether this is the meeting the report is about. */
  current: boolean;
}

/** A video of the meeting, as the content gives it. */
export type ReportVideo = NonNullable<Meeting['videos']>[number];

/** A link of the meeting, as the content gives it (absolute, or an address of the site). */
export type ReportLink = NonNullable<Meeting['links']>[number];

/** Everything a report shows. */
export interface ReportView {
  id: string;
  /** The report page, root-relative. */
  href: string;
  title: string;
  summary: string;
  /** Whether a report is written (the page says so when not). */
  hasReport: boolean;
  /** Date, time, place (or that it is not stated), series and session, kind. */
  facts: ReportFact[];
  speakers: SpeakerCard[];
  /** Teams that presented; a team whose story is a draft has no `href`. */
  teams: TeamLink[];
  videos: ReportVideo[];
  links: ReportLink[];
  contacts: PersonEntry[];
  /** The series' background box: only when the meeting's series has a text. */
  background?: { name: string; period: string } | undefined;
  /** The series' schedule: only when the meeting belongs to a known series. */
  schedule?: { intro: string; meetings: ScheduleItem[] } | undefined;
}

/** The entries a report refers to. */
export interface ReportSources {
  /** Every person, by id. */
  people: ReadonlyMap<string, PersonEntry>;
  /** Every team, drafts included, by id. */
  teams: Parameters<typeof presentingTeams>[1];
  /** The meeting's series, undefined when it has none (or an unknown one). */
  series?: (SeriesEntry & { body?: string | undefined }) | undefined;
  /** The series' published meetings in date order (see `seriesSchedules`). */
  schedule: readonly MeetingEntry[];
}

/**
 * The facts at the top of a report, in the order the page and the e-mail edition show them. The
 * place is always there, saying when the content does not give it.
 * @param data the meeting's data
 * @param seriesName the name of the meeting's series, if it has one
 * @example meetingFacts({ date: '2020-09-21', online: 'Zoom' }).map((f) => f.value) // ['21 september 2020', 'Digitalt via Zoom']
 */
export function meetingFacts(
  data: Pick<ReportEntry['data'], 'date' | 'time' | 'place' | 'online' | 'session' | 'kind'>,
  seriesName?: string,
): ReportFact[] {
  const series =
    seriesName && data.session !== undefined
      ? fill(sv.meetings.seriesSession, { series: seriesName, session: data.session })
      : seriesName;
  return [
    { label: sv.meetings.date, value: formatDate(data.date), datetime: data.date },
    ...(data.time ? [{ label: sv.meetings.time, value: data.time }] : []),
    { label: sv.meetings.place, value: placeLabel(data) ?? sv.meetings.placeUnknown },
    ...(series ? [{ label: sv.meetings.series, value: series }] : []),
    ...(data.kind ? [{ label: sv.meetings.kind, value: sv.meetings.kinds[data.kind] }] : []),
  ];
}

/**
 * A series' schedule with one meeting marked.
 * @param meetings the series' meetings in date order
 * @param currentId the id of the meeting to mark
 */
export function scheduleItems(meetings: readonly MeetingEntry[], currentId: string): ScheduleItem[] {
  return meetings.map(meetingCard).map((card) => ({
    id: card.id,
    href: card.href,
    title: card.title,
    session: card.session === undefined ? undefined : fill(sv.meetings.session, { session: card.session }),
    date: card.date,
    dateText: formatDate(card.date),
    time: card.time,
    where: [card.place ?? sv.meetings.placeUnknown, card.kind ? sv.meetings.kinds[card.kind] : undefined]
      .filter(Boolean)
      .join(' · '),
    current: card.id === currentId,
  }));
}

/**
 * The report of a meeting, as every output shows it.
 * @param meeting the meeting
 * @param sources the entries it refers to
 */
export function reportView(meeting: ReportEntry, sources: ReportSources): ReportView {
  const { data } = meeting;
  const { series } = sources;
  return {
    id: meeting.id,
    href: routes.meeting(meeting.id),
    title: data.title,
    summary: data.summary,
    hasReport: hasReport(meeting),
    facts: meetingFacts(data, series?.data.name),
    speakers: resolveSpeakers(data.speakers, sources.people),
    teams: presentingTeams(data.teams, sources.teams),
    videos: data.videos ?? [],
    links: data.links ?? [],
    contacts: resolvePeople(data.contacts, sources.people),
    background:
      series && hasBodyText(series) ? { name: series.data.name, period: seriesPeriod(series.data) } : undefined,
    schedule:
      series && sources.schedule.length > 0
        ? {
            intro: fill(sv.meetings.scheduleIntro, { series: series.data.name }),
            meetings: scheduleItems(sources.schedule, meeting.id),
          }
        : undefined,
  };
}
