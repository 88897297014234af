/**
 * The rules of iCalendar (RFC 5545) that the calendar feed needs, each small enough to test on its
 * own: TEXT values escaped, content lines folded at 75 octets, dates and times in their forms, and
 * the VTIMEZONE of Europe/Stockholm. `src/lib/meetings/ics.ts` builds the feed from them.
 *
 * Written here rather than with a package: `ics` folds at 75 characters, not octets (each å, ä
 * and ö is two octets in UTF-8), and cannot write a TZID or a VTIMEZONE; `ical-generator` needs a
 * further package for the VTIMEZONE and was slower than `ics` already. The feed needs a dozen
 * properties, and two parsers (ical.js and node-ical) check what this file writes.
 */
import { STOCKHOLM_ZONE } from '../dates/stockholm-time.ts';

/** Line end of iCalendar text. */
export const CRLF = '\r\n';

/** Longest content line, in octets, line break excluded (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

/** The number of octets a character (one code point) takes in UTF-8. */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; other
 * control characters, which TEXT may not hold, are left out.
 * @example escapeText('Rosensalen, plan 2; ingång A') // 'Rosensalen\\, plan 2\\; ingång A'
 * @example escapeText('Rad ett\nrad två') // 'Rad ett\\nrad två'
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\n');
}

/**
 * A content line folded so that no line is longer than 75 octets (RFC 5545 §3.1): each
 * continuation starts with one space, which counts towards its 75. Lines are cut between
 * characters, never inside the octets of one, so a parser that unfolds them gets the text back.
 * @param line one unfolded content line, without its line end
 * @returns the line, with `CRLF` + space at each fold
 * @example foldLine('DESCRIPTION:' + 'å'.repeat(40)).split('\r\n').map((l) => Buffer.byteLength(l)) // [74, 15]
 */
export function foldLine(line: string): string {
  // Most lines are short: a line of at most 25 characters is at most 75 octets.
  if (line.length <= MAX_LINE_OCTETS / 3) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF}`);
}

/** A property parameter's value, quoted when it holds a character that would end it (RFC 5545 §3.2). */
function paramValue(value: string): string {
  return /[:;,]/.test(value) ? `"${value.replace(/"/g, '')}"` : value;
}

/**
 * One property as a folded content line.
 * @param name the property's name, e.g. `DTSTART`
 * @param value the value as written (escape TEXT values with {@link escapeText} first)
 * @param params its parameters, e.g. `{ TZID: 'Europe/Stockholm' }`
 * @example contentLine('DTSTART', '20200921T133000', { TZID: 'Europe/Stockholm' }) // 'DTSTART;TZID=Europe/Stockholm:20200921T133000'
 */
export function contentLine(name: string, value: string, params: Readonly<Record<string, string>> = {}): string {
  const head = Object.entries(params).reduce((text, [key, param]) => `${text};${key}=${paramValue(param)}`, name);
  return foldLine(`${head}:${value}`);
}

/**
 * A DATE value (RFC 5545 §3.3.4).
 * @param date `YYYY-MM-DD`
 * @example icsDate('2021-01-19') // '20210119'
 */
export function icsDate(date: string): string {
  return date.replaceAll('-', '');
}

/**
 * The date after a date, for the exclusive DTEND of an all-day event.
 * @param date `YYYY-MM-DD`
 * @returns `YYYY-MM-DD`
 * @example nextDay('2020-12-31') // '2021-01-01'
 */
export function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * A DATE-TIME in local time (RFC 5545 §3.3.5, form 3): written with a TZID parameter.
 * @param date `YYYY-MM-DD`
 * @param time `HH:MM`
 * @example icsLocalDateTime('2020-09-21', '13:30') // '20200921T133000'
 */
export function icsLocalDateTime(date: string, time: string): string {
  return `${icsDate(date)}T${time.replace(':', '')}00`;
}

/**
 * A DATE-TIME in UTC (RFC 5545 §3.3.5, form 2), to the second, as DTSTAMP needs.
 * @example icsUtc(new Date('2024-02-01T10:00:00.250Z')) // '20240201T100000Z'
 */
export function icsUtc(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * The VTIMEZONE of Europe/Stockholm that every `TZID=Europe/Stockholm` refers to (RFC 5545
 * §3.6.5): CET (UTC+1) in winter, CEST (UTC+2) from 02:00 on the last Sunday of March to 03:00 on
 * the last Sunday of October, as in the whole EU since 1996. It starts with that rule, on
 * 31 March 1996; what a client makes of an earlier time is its own guess, and no meeting of the
 * network (which began in 2020) is that old. A unit test compares it with the runtime's time zone
 * database for every year to 2037, so a change of the rule is noticed when the database has it.
 */
export const STOCKHOLM_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${STOCKHOLM_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZNAME:CEST',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'DTSTART:19960331T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZNAME:CET',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];
