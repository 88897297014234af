/**
 * The calendar feed `/kalender.ics`: one VEVENT per published meeting, written with the `ics`
 * package.
 *
 * - UID: `<meeting id>@basta-platsen`. Ids are file names and never change for a meeting, so a
 *   subscriber's calendar updates an event instead of adding a copy; the UID does not depend on
 *   the site's address either.
 * - Times: the content gives Stockholm wall-clock times; they are converted to UTC (`…Z`) here,
 *   daylight saving included, so no VTIMEZONE block is needed and every client agrees.
 * - A meeting with a date but no time is an all-day event (`VALUE=DATE`, DTEND the next day).
 * - A meeting known only by its month (`date: 2023-03`) is an all-day event over the whole month,
 *   marked `TRANSP:TRANSPARENT` so it does not make anyone busy, and its DESCRIPTION says that only
 *   the month is known. It is not left out: subscribers still see that the meeting exists, and
 *   nothing in the event claims a day the sources do not give.
 * - DTSTAMP is the build's instant (passed in, so tests are repeatable).
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { fill, sv } from '../i18n/sv.ts';
import { formatDate } from './dates.ts';
import { byDate, isMonthOnly, meetingUrl, placeLabel, timeRange, type MeetingEntry } from './meetings.ts';
import { absoluteUrl } from './site-url.ts';
import { stockholmToUtc } from './stockholm-time.ts';

/** The part after `@` in every UID. */
export const UID_DOMAIN = 'basta-platsen';

/**
 * The event's UID for a meeting.
 * @example meetingUid('2020-09-21-goda-exempel') // '2020-09-21-goda-exempel@basta-platsen'
 */
export function meetingUid(id: string): string {
  return `${id}@${UID_DOMAIN}`;
}

export interface CalendarOptions {
  /** `Astro.site`, or undefined (see `siteUrl`). */
  site: URL | undefined;
  /** The site's name, from content/site.yaml: the calendar's name. */
  siteName: string;
  /** The build's instant, written as every event's DTSTAMP. */
  now: Date;
}

/** The `ics` package accepts `timestamp` (DTSTAMP) but its types leave it out. */
type Event = EventAttributes & { timestamp: number };

function dayArray(year: number, month: number, day: number): DateArray {
  // Date.UTC rolls over days and months past their end, e.g. 32 January → 1 February.
  const date = new Date(Date.UTC(year, month - 1, day));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** DTSTART/DTEND (and transparency) of a meeting, from its date and time. */
function when(
  date: string,
  time: string | undefined,
): Pick<EventAttributes, 'start' | 'transp'> & { end: DateArray | number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number | undefined];
  if (day === undefined) {
    return { start: dayArray(year, month, 1), end: dayArray(year, month + 1, 1), transp: 'TRANSPARENT' };
  }
  if (!time) return { start: dayArray(year, month, day), end: dayArray(year, month, day + 1) };
  const { start, end } = timeRange(time);
  return { start: stockholmToUtc(date, start).getTime(), end: stockholmToUtc(date, end).getTime() };
}

/**
 * The VEVENT attributes for one meeting.
 * @param meeting a published meeting
 * @param options the site's address and name, and the build's instant
 */
export function meetingEvent(meeting: MeetingEntry, options: CalendarOptions): Event {
  const { data } = meeting;
  const url = absoluteUrl(meetingUrl(meeting.id), options.site);
  const monthNote = isMonthOnly(data.date)
    ? fill(sv.meetings.icsMonthOnly, { month: formatDate(data.date) })
    : undefined;
  const description = [data.summary, monthNote, fill(sv.meetings.icsPage, { url })].filter(Boolean).join('\n\n');
  const location = placeLabel(data);
  return {
    uid: meetingUid(meeting.id),
    title: data.title,
    ...when(data.date, data.time),
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
    description,
    ...(location ? { location } : {}),
    url,
    timestamp: options.now.getTime(),
  };
}

/**
 * The whole calendar, oldest meeting first.
 * @param meetings published meetings
 * @returns iCalendar text (CRLF line ends)
 * @throws when the `ics` package rejects an event
 */
export function buildCalendar(meetings: readonly MeetingEntry[], options: CalendarOptions): string {
  const events = [...meetings].sort(byDate).map((meeting) => meetingEvent(meeting, options));
  const header = {
    calName: fill(sv.meetings.icsName, { site: options.siteName }),
    productId: `-//${UID_DOMAIN}//kalender//SV`,
  };
  const { error, value } = createEvents(events, header);
  if (error || value === null) throw new Error(`Kalendern kunde inte skrivas: ${error?.message ?? 'okänt fel'}`);
  return value;
}
