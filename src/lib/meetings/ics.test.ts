import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readWithIcalJs, readWithNodeIcal } from '../../../tests/calendar-readers.ts';
import { buildCalendar, inCalendar, leftOutOfCalendar, meetingEvent, meetingUid, type CalendarOptions } from './ics.ts';
import type { MeetingEntry } from './meetings.ts';

const SUMMARY = 'En sammanfattning av träffen, med kommatecken; och semikolon.';
const OPTIONS: CalendarOptions = {
  site: new URL('https://bastaplatsen.example/'),
  siteName: 'Bästa platsen att leva på – barn och unga',
  now: new Date('2024-02-01T10:00:00Z'),
};

function meeting(id: string, date: string, extra: Partial<MeetingEntry['data']> = {}): MeetingEntry {
  return { id, data: { title: `Träff ${id}`, date, summary: SUMMARY, ...extra } };
}

const MEETINGS = [
  meeting('2020-09-21-sommartid', '2020-09-21', { time: '13:30–16:00', place: 'Rosensalen, Rosenlunds vårdcentrum' }),
  meeting('2020-11-17-vintertid', '2020-11-17', { time: '13:00-15:00', online: 'Zoom' }),
  meeting('2024-03-31-varens-omstallning', '2024-03-31', { time: '09:00–12:00' }),
  meeting('2024-10-27-hostens-omstallning', '2024-10-27', { time: '09:00–12:00' }),
  meeting('2021-01-19-heldag', '2021-01-19', { online: 'Digitalt' }),
  meeting('2020-12-31-nyarsafton', '2020-12-31'),
  meeting('2023-03-manad', '2023-03', { title: 'En ny omgång börjar' }),
  meeting('2024-05-20-lang-svensk-text', '2024-05-20', {
    title: 'Lärandeseminarium om föräldraskapsstöd, skolnärvaro och elevhälsa i Jönköpings län',
    place: 'Hörsalen på Länsförsäkringar, Jönköping – ingång från Östra Storgatan',
    summary:
      'Åtta team från Värnamo, Gislaved, Gnosjö och Vaggeryd berättade om sitt förbättringsarbete för ökad närvaro.',
  }),
];
const DATED = MEETINGS.filter((m) => m.id !== '2023-03-manad');

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, events, byUid: new Map(events.map((event) => [event.uid, event])) };
}

const text = buildCalendar(MEETINGS, OPTIONS);
const { calendar, events, byUid } = parse(text);
const event = (id: string) => {
  const found = byUid.get(meetingUid(id));
  if (!found) throw new Error(`${id} saknas i kalendern`);
  return found;
};
const read = new Map(readWithIcalJs(text).map((e) => [e.uid, e]));
const readEvent = (id: string) => read.get(meetingUid(id));

describe('buildCalendar', () => {
  it('writes one event per meeting whose day is known, each with a UID derived from the meeting id', () => {
    expect(events).toHaveLength(DATED.length);
    expect([...byUid.keys()].sort()).toEqual(DATED.map((m) => `${m.id}@basta-platsen`).sort());
  });

  it('names the calendar after the site and uses CRLF line ends, also after the last line', () => {
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Bästa platsen att leva på – barn och unga – träffar');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toMatch(/\r\nEND:VCALENDAR\r\n$/);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every line within 75 octets, though Swedish letters take two octets each', () => {
    const lines = text.split('\r\n');
    const long = lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75);
    expect(long).toEqual([]);
    // The long Swedish title and place were folded, and read back whole.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(readEvent('2024-05-20-lang-svensk-text')?.title).toBe(
      'Lärandeseminarium om föräldraskapsstöd, skolnärvaro och elevhälsa i Jönköpings län',
    );
    expect(readEvent('2024-05-20-lang-svensk-text')?.location).toBe(
      'Hörsalen på Länsförsäkringar, Jönköping – ingång från Östra Storgatan',
    );
  });

  it('defines Europe/Stockholm once, in a VTIMEZONE, and writes no time in UTC but DTSTAMP', () => {
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Stockholm']);
    expect(text).toMatch(/^DTSTART;TZID=Europe\/Stockholm:20200921T133000\r$/m);
    expect(text).toMatch(/^DTEND;TZID=Europe\/Stockholm:20200921T160000\r$/m);
    const utcTimes = text.split('\r\n').filter((line) => /^[A-Z-]+(;[^:]*)?:\d{8}T\d{6}Z$/.test(line));
    expect(utcTimes.every((line) => line.startsWith('DTSTAMP:'))).toBe(true);
  });

  it.each([
    ['2020-09-21-sommartid', '2020-09-21T11:30:00Z', '2020-09-21T14:00:00Z', 'summer time, UTC+2'],
    ['2020-11-17-vintertid', '2020-11-17T12:00:00Z', '2020-11-17T14:00:00Z', 'winter time, UTC+1'],
    [
      '2024-03-31-varens-omstallning',
      '2024-03-31T07:00:00Z',
      '2024-03-31T10:00:00Z',
      'the morning the clocks go forward',
    ],
    [
      '2024-10-27-hostens-omstallning',
      '2024-10-27T08:00:00Z',
      '2024-10-27T11:00:00Z',
      'the morning the clocks go back',
    ],
  ])('writes %s in Stockholm time, which a client places at %s to %s (%s)', (id, start, end) => {
    const found = event(id);
    expect(found.startDate.isDate).toBe(false);
    expect(found.startDate.zone?.tzid).toBe('Europe/Stockholm');
    expect(found.endDate.zone?.tzid).toBe('Europe/Stockholm');
    expect(found.startDate.toJSDate().toISOString().replace('.000', '')).toBe(start);
    expect(found.endDate.toJSDate().toISOString().replace('.000', '')).toBe(end);
  });

  it.each([
    ['2021-01-19-heldag', '2021-01-19', '2021-01-20'],
    ['2020-12-31-nyarsafton', '2020-12-31', '2021-01-01'],
  ])('makes %s, which has no time, an all-day event from %s to %s', (id, start, end) => {
    const found = event(id);
    expect(found.startDate.isDate).toBe(true);
    expect(found.startDate.toString()).toBe(start);
    expect(found.endDate.toString()).toBe(end);
    expect(text).toContain(`DTSTART;VALUE=DATE:${start.replaceAll('-', '')}\r\n`);
  });

  it('leaves out a meeting known only by its month, and writes nothing that spans a month', () => {
    expect(byUid.has(meetingUid('2023-03-manad'))).toBe(false);
    expect(text).not.toContain('En ny omgång börjar');
    for (const found of events) {
      const days = (found.endDate.toJSDate().getTime() - found.startDate.toJSDate().getTime()) / 86_400_000;
      expect(days, found.uid).toBeLessThanOrEqual(1);
    }
  });

  it('gives every dated meeting the free/busy default, not TRANSPARENT', () => {
    expect(text).not.toContain('TRANSP');
  });

  it('uses the title as SUMMARY, the summary and the page address as DESCRIPTION, and the page as URL', () => {
    const found = event('2020-09-21-sommartid');
    const url = 'https://bastaplatsen.example/traffar/2020-09-21-sommartid/';
    expect(found.summary).toBe('Träff 2020-09-21-sommartid');
    expect(found.description).toBe(`${SUMMARY}\n\nMer om träffen: ${url}`);
    expect(found.component.getFirstPropertyValue('url')).toBe(url);
  });

  it.each([
    ['2020-09-21-sommartid', 'Rosensalen, Rosenlunds vårdcentrum'],
    ['2020-11-17-vintertid', 'Digitalt via Zoom'],
    ['2021-01-19-heldag', 'Digitalt'],
  ])('gives %s the LOCATION %s', (id, location) => {
    expect(event(id).location).toBe(location);
  });

  it('leaves LOCATION out when neither place nor online is known', () => {
    expect(event('2020-12-31-nyarsafton').component.hasProperty('location')).toBe(false);
  });

  it('stamps every event with the build instant, so the same content gives the same file', () => {
    expect(event('2021-01-19-heldag').component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2024-02-01T10:00:00Z',
    );
    expect(buildCalendar([...MEETINGS].reverse(), OPTIONS)).toBe(text);
  });

  it('builds page addresses from the local preview server when no site address is configured', () => {
    const local = parse(buildCalendar(MEETINGS.slice(0, 1), { ...OPTIONS, site: undefined })).events[0];
    expect(local?.component.getFirstPropertyValue('url')).toBe('http://localhost:4321/traffar/2020-09-21-sommartid/');
  });

  it('writes an empty but valid calendar when there are no meetings', () => {
    const empty = parse(buildCalendar([], OPTIONS));
    expect(empty.events).toEqual([]);
    expect(empty.calendar.name).toBe('vcalendar');
  });
});

describe('the calendar read by two parsers', () => {
  it('reads the same events, times and places with ical.js and with node-ical', () => {
    const byIcalJs = readWithIcalJs(text);
    expect(byIcalJs).toHaveLength(DATED.length);
    expect(readWithNodeIcal(text)).toEqual(byIcalJs);
  });

  it.each([
    ['2020-09-21-sommartid', '2020-09-21 13:30', '2020-09-21 16:00', 'Europe/Stockholm'],
    ['2024-03-31-varens-omstallning', '2024-03-31 09:00', '2024-03-31 12:00', 'Europe/Stockholm'],
    ['2024-10-27-hostens-omstallning', '2024-10-27 09:00', '2024-10-27 12:00', 'Europe/Stockholm'],
    ['2021-01-19-heldag', '2021-01-19', '2021-01-20', undefined],
  ])('shows %s from %s to %s on Stockholm’s clock', (id, start, end, zone) => {
    const expected = { start, end, zone };
    expect(readWithIcalJs(text).find((e) => e.uid === meetingUid(id))).toMatchObject(expected);
    expect(readWithNodeIcal(text).find((e) => e.uid === meetingUid(id))).toMatchObject(expected);
  });
});

describe('which meetings the calendar holds', () => {
  it('holds a meeting whose day is known, with or without a time, and not one known only by its month', () => {
    expect(inCalendar(meeting('a', '2020-09-21', { time: '13:00–15:00' }))).toBe(true);
    expect(inCalendar(meeting('b', '2020-09-21'))).toBe(true);
    expect(inCalendar(meeting('c', '2023-03'))).toBe(false);
  });

  it('names the meetings it leaves out, oldest first, for the calendar page', () => {
    const later = meeting('2024-09-ny-termin', '2024-09');
    expect(leftOutOfCalendar([later, ...MEETINGS]).map((m) => m.id)).toEqual(['2023-03-manad', '2024-09-ny-termin']);
    expect(leftOutOfCalendar(DATED)).toEqual([]);
  });

  it('refuses to write an event for a meeting known only by its month', () => {
    expect(() => meetingEvent(meeting('2023-03-manad', '2023-03'), OPTIONS)).toThrow(/bara månaden/);
  });
});
