/**
 * The meetings as the site presents them: sorted, split into upcoming and past, grouped into the
 * archive, the series' schedule, and the facts shown beside a report. Pure: "today" is passed in,
 * so tests decide what is upcoming.
 */
import { routes } from '../routing/routes.ts';
import { fill, sv } from '../../i18n/sv.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Series } from '../../schemas/series.ts';
import { formatDate, yearOf } from '../dates/dates.ts';
import { CALENDAR_MEETINGS, paginate, type ListPage } from '../routing/paging.ts';
import { filesOf } from '../site/page-meta.ts';

type MeetingData = Pick<Meeting, 'title' | 'date' | 'summary'> &
  Partial<Pick<Meeting, 'time' | 'place' | 'online' | 'series' | 'session' | 'kind' | 'teams'>>;

/** What these functions need of a meeting; Astro's `CollectionEntry<'meetings'>` fits. */
export interface MeetingEntry {
  id: string;
  /** The report, in MDX; empty or missing when none is written. */
  body?: string | undefined;
  data: MeetingData;
}

/** A series entry; Astro's `CollectionEntry<'series'>` fits. */
export interface SeriesEntry {
  id: string;
  data: Series;
}

/**
 * Whether an entry has a body with more than white space: a meeting's report, a series' background
 * text.
 */
export function hasBodyText(entry: { body?: string | undefined }): boolean {
  return Boolean(entry.body?.trim());
}

/** Whether a report is written: the meeting has a body with more than white space. */
export function hasReport(meeting: Pick<MeetingEntry, 'body'>): boolean {
  return hasBodyText(meeting);
}

/**
 * Whether a content date gives only the month (`YYYY-MM`), as some sources do.
 * @example isMonthOnly('2023-03') // true
 */
export function isMonthOnly(date: string): boolean {
  return /^\d{4}-\d{2}$/.test(date);
}

/** Oldest first; on the same date, by id so the order never depends on how files were read. */
export function byDate(a: MeetingEntry, b: MeetingEntry): number {
  return a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id);
}

/** Newest first; the reverse of {@link byDate}. */
export function byDateDescending(a: MeetingEntry, b: MeetingEntry): number {
  return byDate(b, a);
}

/**
 * Whether a meeting is today or later. A meeting known only by its month counts as upcoming until
 * that month is over, since it may still lie ahead.
 * @param date the meeting's date, `YYYY-MM-DD` or `YYYY-MM`
 * @param today `YYYY-MM-DD` in Europe/Stockholm (see `todayInStockholm`)
 * @example isUpcoming('2023-05-23', '2023-05-23') // true
 */
export function isUpcoming(date: string, today: string): boolean {
  return isMonthOnly(date) ? date >= today.slice(0, 7) : date >= today;
}

/**
 * The meetings split at today: upcoming ones soonest first, past ones latest first.
 * @param meetings published meetings, in any order
 * @param today `YYYY-MM-DD` in Europe/Stockholm
 */
export function splitByToday<M extends MeetingEntry>(
  meetings: readonly M[],
  today: string,
): { upcoming: M[]; past: M[] } {
  const upcoming = meetings.filter((m) => isUpcoming(m.data.date, today)).sort(byDate);
  const past = meetings.filter((m) => !isUpcoming(m.data.date, today)).sort(byDateDescending);
  return { upcoming, past };
}

/**
 * The calendar page's lists: the meetings split at today (see {@link splitByToday}), and the first
 * `limit` of each, which the page shows (the archive has them all).
 * @param meetings published meetings, in any order
 * @param today `YYYY-MM-DD` in Europe/Stockholm
 * @param limit how many of each the page shows
 */
export function calendarLists<M extends MeetingEntry>(
  meetings: readonly M[],
  today: string,
  limit = CALENDAR_MEETINGS,
): { upcoming: M[]; past: M[]; shownUpcoming: M[]; shownPast: M[] } {
  const { upcoming, past } = splitByToday(meetings, today);
  return { upcoming, past, shownUpcoming: upcoming.slice(0, limit), shownPast: past.slice(0, limit) };
}

/**
 * The first meeting dated today or later, or undefined when none is planned.
 * @param meetings published meetings, in any order
 * @param today `YYYY-MM-DD` in Europe/Stockholm
 */
export function nextMeeting<M extends MeetingEntry>(meetings: readonly M[], today: string): M | undefined {
  return splitByToday(meetings, today).upcoming[0];
}

/**
 * The latest meetings that have a report, newest first.
 * @param limit how many at most
 */
export function latestReports<M extends MeetingEntry>(meetings: readonly M[], limit: number): M[] {
  return meetings.filter(hasReport).sort(byDateDescending).slice(0, limit);
}

/**
 * Every series' schedule (its meetings in date order), by series id, in one pass: a build computes
 * this once (src/lib/content/collections.ts) instead of filtering all meetings on every meeting's page.
 */
export function seriesSchedules<M extends MeetingEntry>(meetings: readonly M[]): Map<string, M[]> {
  const schedules = new Map<string, M[]>();
  for (const meeting of meetings) {
    const id = meeting.data.series;
    if (!id) continue;
    const list = schedules.get(id);
    if (list) list.push(meeting);
    else schedules.set(id, [meeting]);
  }
  for (const list of schedules.values()) list.sort(byDate);
  return schedules;
}

/** One group of the archive: a series (or none) with its meetings by year. */
export interface ArchiveGroup<M, S = SeriesEntry> {
  /** The series; undefined for the meetings that belong to none. */
  series?: S | undefined;
  /** Years, newest first, each with its meetings newest first. */
  years: Array<{ year: number; meetings: M[] }>;
}

/**
 * The archive: meetings grouped by series (the series that started last first) and by year within
 * each, newest first. Meetings without a series (or with one that is not known) come last, in a
 * group of their own. Series without published meetings get no group.
 * @param meetings published meetings, in any order
 * @param series every series, by id
 */
export function archiveGroups<M extends MeetingEntry, S extends SeriesEntry>(
  meetings: readonly M[],
  series: ReadonlyMap<string, S>,
): Array<ArchiveGroup<M, S>> {
  const buckets = new Map<S | undefined, M[]>();
  for (const meeting of meetings) {
    const key = meeting.data.series ? series.get(meeting.data.series) : undefined;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(meeting);
    else buckets.set(key, [meeting]);
  }
  const keys = [...buckets.keys()].sort((a, b) => {
    if (!a || !b) return a ? -1 : b ? 1 : 0;
    return b.data.start.localeCompare(a.data.start) || a.id.localeCompare(b.id);
  });
  return keys.map((key) => ({ series: key, years: byYear(buckets.get(key) ?? []) }));
}

/** One page of the archive: its part of the groups, and where it sits in the whole. */
export interface ArchivePage<M, S = SeriesEntry> extends Omit<ListPage<M>, 'items'> {
  groups: Array<ArchiveGroup<M, S>>;
}

/**
 * The archive cut into pages of `size` meetings, in the archive's order; a series or year that
 * spans two pages is headed on both.
 * @param meetings published meetings, in any order
 * @param series every series, by id
 * @param base the archive's address, e.g. `/traffar/`
 */
export function archivePages<M extends MeetingEntry, S extends SeriesEntry>(
  meetings: readonly M[],
  series: ReadonlyMap<string, S>,
  size: number,
  base: string,
): Array<ArchivePage<M, S>> {
  const rows = archiveGroups(meetings, series).flatMap((group) =>
    group.years.flatMap(({ year, meetings: list }) => list.map((meeting) => ({ series: group.series, year, meeting }))),
  );
  return paginate(rows, size, base).map(({ items, ...page }) => {
    const groups: Array<ArchiveGroup<M, S>> = [];
    for (const row of items) {
      let group = groups.at(-1);
      if (!group || group.series !== row.series) {
        group = { series: row.series, years: [] };
        groups.push(group);
      }
      const year = group.years.at(-1);
      if (year?.year === row.year) year.meetings.push(row.meeting);
      else group.years.push({ year: row.year, meetings: [row.meeting] });
    }
    return { ...page, groups };
  });
}

/**
 * The content files an archive page shows, for its "last changed": each group's series, then its
 * meetings.
 * @param page one page of the archive (see {@link archivePages})
 */
export function archivePageFiles<M extends FileEntry, S extends FileEntry>(page: {
  groups: ReadonlyArray<ArchiveGroup<M, S>>;
}): Array<string | undefined> {
  return page.groups.flatMap((group) => filesOf(group.series, ...group.years.map((year) => year.meetings)));
}

/** An entry with the file it is read from (Astro's entries have `filePath`). */
interface FileEntry {
  filePath?: string | undefined;
}

/**
 * The series that started last: the current round, or the latest one when all have ended.
 * @param series every series
 */
export function latestSeries<S extends SeriesEntry>(series: Iterable<S>): S | undefined {
  return [...series].sort((a, b) => b.data.start.localeCompare(a.data.start) || a.id.localeCompare(b.id))[0];
}

function byYear<M extends MeetingEntry>(meetings: readonly M[]): Array<{ year: number; meetings: M[] }> {
  const years = new Map<number, M[]>();
  for (const meeting of [...meetings].sort(byDateDescending)) {
    const year = yearOf(meeting.data.date);
    const list = years.get(year);
    if (list) list.push(meeting);
    else years.set(year, [meeting]);
  }
  return [...years].map(([year, list]) => ({ year, meetings: list }));
}

/**
 * When a series runs, in Swedish.
 * @example seriesPeriod({ name: 'X', start: '2020-03', end: '2021-01' }) // 'mars 2020 – januari 2021'
 * @example seriesPeriod({ name: 'X', start: '2023-03' }) // 'Sedan mars 2023'
 */
export function seriesPeriod(series: Pick<Series, 'start' | 'end'>): string {
  const start = formatDate(series.start);
  return series.end
    ? fill(sv.meetings.seriesPeriod, { start, end: formatDate(series.end) })
    : fill(sv.meetings.seriesSince, { start });
}

/**
 * The start and end of a meeting's `time`, `HH:MM–HH:MM` (an ordinary hyphen is accepted too).
 * @example timeRange('13:30–16:00') // { start: '13:30', end: '16:00' }
 */
export function timeRange(time: string): { start: string; end: string } {
  const [start = '', end = ''] = time.split(/\s*[–-]\s*/);
  return { start, end };
}

/**
 * How a digital meeting place is named.
 * @example onlineLabel('Zoom') // 'Digitalt via Zoom'
 * @example onlineLabel('Digitalt') // 'Digitalt'
 */
export function onlineLabel(online: string): string {
  return online.trim().toLowerCase() === sv.meetings.onlineGeneric.toLowerCase()
    ? sv.meetings.onlineGeneric
    : fill(sv.meetings.onlineVia, { online });
}

/**
 * Where a meeting is held: the place, the digital meeting place, or both; undefined when the
 * content says neither (the page then says so — it never guesses).
 * @example placeLabel({ online: 'Zoom' }) // 'Digitalt via Zoom'
 */
export function placeLabel(data: Pick<MeetingData, 'place' | 'online'>): string | undefined {
  const { place, online } = data;
  if (place && online) {
    const digital = onlineLabel(online);
    return fill(sv.meetings.placeOrOnline, { place, online: digital.charAt(0).toLowerCase() + digital.slice(1) });
  }
  if (place) return place;
  if (online) return onlineLabel(online);
  return undefined;
}

/** A meeting as a list shows it: in the archive, the calendar, the start page. */
export interface MeetingCard {
  id: string;
  href: string;
  title: string;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  time?: string | undefined;
  /** Where, or undefined when not known (see {@link placeLabel}). */
  place?: string | undefined;
  summary: string;
  hasReport: boolean;
  /** The meeting's number within its series. */
  session?: number | undefined;
  kind?: Meeting['kind'];
}

/** The facts of a meeting that lists show. */
export function meetingCard(meeting: MeetingEntry): MeetingCard {
  return {
    id: meeting.id,
    href: routes.meeting(meeting.id),
    title: meeting.data.title,
    date: meeting.data.date,
    time: meeting.data.time,
    place: placeLabel(meeting.data),
    summary: meeting.data.summary,
    hasReport: hasReport(meeting),
    session: meeting.data.session,
    kind: meeting.data.kind,
  };
}

interface TeamStory {
  id: string;
  data: { name: string; started?: string | undefined };
}

/**
 * The latest good examples: teams by the latest meeting they presented at (newest first), then
 * teams that have not presented yet by when they started, then by name. No team carries a
 * publication date, so the meetings — which do — decide what is recent.
 * @param teams published teams
 * @param meetings published meetings
 * @param limit how many at most
 */
export function latestTeams<T extends TeamStory>(
  teams: readonly T[],
  meetings: readonly MeetingEntry[],
  limit: number,
): T[] {
  const lastShown = new Map<string, string>();
  for (const meeting of meetings) {
    for (const id of meeting.data.teams ?? []) {
      if ((lastShown.get(id) ?? '') < meeting.data.date) lastShown.set(id, meeting.data.date);
    }
  }
  const key = (team: T) => lastShown.get(team.id) ?? '';
  return [...teams]
    .sort(
      (a, b) =>
        key(b).localeCompare(key(a)) ||
        (b.data.started ?? '').localeCompare(a.data.started ?? '') ||
        a.data.name.localeCompare(b.data.name, 'sv'),
    )
    .slice(0, limit);
}
