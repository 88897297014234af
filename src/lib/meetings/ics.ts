/**
 * The calendar feed `/kalender.ics`: one VEVENT per published meeting whose day is known, written
 * by the iCalendar rules in `src/lib/meetings/icalendar.ts`.
 *
 * - UID: `<meeting id>@basta-platsen`. Ids are file names and never change for a meeting, so a
 *   subscriber's calendar updates an event instead of adding a copy; the UID does not depend on
 *   the site's address either.
 * - Times: as the content gives them, Stockholm wall-clock time, `DTSTART;TZID=Europe/Stockholm:…`,
 *   with the VTIMEZONE that defines the zone in the file. A client shows them in its own zone.
 * - A meeting with a date but no time is an all-day event (`VALUE=DATE`, DTEND the next day).
 * - A meeting known only by its month (`date: 2023-03`) is left out. A calendar has to put an event
 *   on days: any day, or the whole month, would show a meeting on days it may not have been. The
 *   calendar page lists the meetings left out (see {@link leftOutOfCalendar}), and each meeting's
 *   page says which month it is.
 * - DTSTAMP is the build's instant (passed in, so tests are repeatable).
 */
import { routes } from '../routing/routes.ts';
import { fill, sv } from '../../i18n/sv.ts';
import {
  CRLF,
  STOCKHOLM_VTIMEZONE,
  contentLine,
  escapeText,
  icsDate,
  icsLocalDateTime,
  icsUtc,
  nextDay,
} from './icalendar.ts';
import { byDate, isMonthOnly, placeLabel, timeRange, type MeetingEntry } from './meetings.ts';
import { absoluteUrl } from '../routing/site-url.ts';
import { STOCKHOLM_ZONE } from '../dates/stockholm-time.ts';

/** The part after `@` in every UID. */
export const UID_DOMAIN = 'basta-platsen';

/**
 * The event's UID for a meeting.
 * @example meetingUid('2020-09-21-goda-exempel') // '2020-09-21-goda-exempel@basta-platsen'
 */
export function meetingUid(id: string): string {
  return `${id}@${UID_DOMAIN}`;
}

/**
 * Whether a meeting goes into the calendar feed: only when its day is known.
 * @example inCalendar({ id: 'a', data: { title: 'A', date: '2023-03', summary: '…' } }) // false
 */
export function inCalendar(meeting: MeetingEntry): boolean {
  return !isMonthOnly(meeting.data.date);
}

/**
 * The meetings the calendar feed leaves out (known only by their month), oldest first, for the
 * calendar page to name.
 * @param meetings published meetings, in any order
 */
export function leftOutOfCalendar<M extends MeetingEntry>(meetings: readonly M[]): M[] {
  return meetings.filter((meeting) => !inCalendar(meeting)).sort(byDate);
}

export interface CalendarOptions {
  /** `Astro.site`, or undefined (see `siteUrl`). */
  site: URL | undefined;
  /** The site's name, from content/site.yaml: the calendar's name. */
  siteName: string;
  /** The build's instant, written as every event's DTSTAMP. */
  now: Date;
}

/** DTSTART and DTEND of a meeting with a known day. */
function when(date: string, time: string | undefined): string[] {
  if (!time) {
    return [
      contentLine('DTSTART', icsDate(date), { VALUE: 'DATE' }),
      contentLine('DTEND', icsDate(nextDay(date)), { VALUE: 'DATE' }),
    ];
  }
  const { start, end } = timeRange(time);
  return [
    contentLine('DTSTART', icsLocalDateTime(date, start), { TZID: STOCKHOLM_ZONE }),
    contentLine('DTEND', icsLocalDateTime(date, end), { TZID: STOCKHOLM_ZONE }),
  ];
}

/**
 * The VEVENT of one meeting, as folded content lines.
 * @param meeting a published meeting whose day is known (see {@link inCalendar})
 * @param options the site's address and name, and the build's instant
 * @throws when the meeting is known only by its month
 */
export function meetingEvent(meeting: MeetingEntry, options: CalendarOptions): string[] {
  const { data } = meeting;
  if (!inCalendar(meeting)) throw new Error(`${meeting.id}: bara månaden är känd, träffen hör inte hemma i kalendern`);
  const url = absoluteUrl(routes.meeting(meeting.id), options.site);
  const location = placeLabel(data);
  return [
    'BEGIN:VEVENT',
    contentLine('UID', meetingUid(meeting.id)),
    contentLine('DTSTAMP', icsUtc(options.now)),
    ...when(data.date, data.time),
    contentLine('SUMMARY', escapeText(data.title)),
    contentLine('DESCRIPTION', escapeText(`${data.summary}\n\n${fill(sv.meetings.icsPage, { url })}`)),
    contentLine('URL', url),
    ...(location ? [contentLine('LOCATION', escapeText(location))] : []),
    'END:VEVENT',
  ];
}

/**
 * The whole calendar: the meetings whose day is known, oldest first.
 * @param meetings published meetings
 * @returns iCalendar text (CRLF line ends, no line over 75 octets)
 */
export function buildCalendar(meetings: readonly MeetingEntry[], options: CalendarOptions): string {
  const events = meetings
    .filter(inCalendar)
    .sort(byDate)
    .flatMap((meeting) => meetingEvent(meeting, options));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', `-//${UID_DOMAIN}//kalender//SV`),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    contentLine('X-WR-CALNAME', escapeText(fill(sv.meetings.icsName, { site: options.siteName }))),
    'X-PUBLISHED-TTL:PT1H',
    ...STOCKHOLM_VTIMEZONE,
    ...events,
    'END:VCALENDAR',
  ];
  return `${lines.join(CRLF)}${CRLF}`;
}
