/**
 * The calendar feed read by two independent parsers, each reduced to the same plain events, so a
 * test can require that both read the same thing. ical.js finds the zone in the file's own
 * VTIMEZONE; node-ical resolves the TZID name with its own time zone database. Times are compared
 * as the wall clock in Stockholm, which is what the content gives.
 */
import ICAL from 'ical.js';
import nodeIcal, { type DateWithTimeZone, type ParameterValue } from 'node-ical';

/** One event as a calendar user sees it. */
export interface ReadEvent {
  uid: string;
  title: string;
  /** `YYYY-MM-DD` for an all-day event, else `YYYY-MM-DD HH:MM` on Stockholm's clock. */
  start: string;
  end: string;
  /** The zone the times are written in; undefined for an all-day event. */
  zone: string | undefined;
  location: string | undefined;
}

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'short',
});
const pad = (n: number) => String(n).padStart(2, '0');
const byUid = (a: ReadEvent, b: ReadEvent) => a.uid.localeCompare(b.uid);

/** The events as ical.js reads them, ordered by UID. */
export function readWithIcalJs(text: string): ReadEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const time = (value: ICAL.Time) => (value.isDate ? value.toString() : STOCKHOLM.format(value.toJSDate()));
  return calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        title: event.summary,
        start: time(event.startDate),
        end: time(event.endDate),
        zone: event.startDate.isDate ? undefined : event.startDate.zone?.tzid,
        location: event.location ?? undefined,
      };
    })
    .sort(byUid);
}

/** A property's text, whether node-ical gives it bare or with its parameters. */
const nodeIcalText = (value: ParameterValue | undefined): string | undefined =>
  value === undefined ? undefined : typeof value === 'string' ? value : value.val;

/** The events as node-ical reads them, ordered by UID. */
export function readWithNodeIcal(text: string): ReadEvent[] {
  // node-ical gives an all-day date as midnight in the process's own time zone.
  const time = (value: DateWithTimeZone) =>
    value.dateOnly
      ? `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`
      : STOCKHOLM.format(value);
  return Object.values(nodeIcal.sync.parseICS(text))
    .flatMap((component) => (component?.type === 'VEVENT' ? [component] : []))
    .map((event) => ({
      uid: event.uid,
      title: nodeIcalText(event.summary) ?? '',
      start: time(event.start),
      end: event.end ? time(event.end) : '',
      zone: event.start.dateOnly ? undefined : event.start.tz,
      location: nodeIcalText(event.location),
    }))
    .sort(byUid);
}
