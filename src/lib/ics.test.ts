import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, meetingUid, type CalendarOptions } from './ics.ts';
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
  meeting('2021-01-19-heldag', '2021-01-19', { online: 'Digitalt' }),
  meeting('2020-12-31-nyarsafton', '2020-12-31'),
  meeting('2023-03-manad', '2023-03', { title: 'En ny omgång börjar' }),
];

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

describe('buildCalendar', () => {
  it('writes one event per meeting, each with a UID derived from the meeting id', () => {
    expect(events).toHaveLength(MEETINGS.length);
    expect([...byUid.keys()].sort()).toEqual(MEETINGS.map((m) => `${m.id}@basta-platsen`).sort());
  });

  it('names the calendar after the site and uses CRLF line ends', () => {
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Bästa platsen att leva på – barn och unga – träffar');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it.each([
    ['2020-09-21-sommartid', '2020-09-21T11:30:00Z', '2020-09-21T14:00:00Z', 'summer time, UTC+2'],
    ['2020-11-17-vintertid', '2020-11-17T12:00:00Z', '2020-11-17T14:00:00Z', 'winter time, UTC+1'],
  ])('converts the Stockholm time of %s to UTC: %s to %s (%s)', (id, start, end) => {
    const found = event(id);
    expect(found.startDate.isDate).toBe(false);
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
  });

  it('spans a meeting known only by its month over the whole month, leaves the time free and says why', () => {
    const found = event('2023-03-manad');
    expect(found.startDate.isDate).toBe(true);
    expect(found.startDate.toString()).toBe('2023-03-01');
    expect(found.endDate.toString()).toBe('2023-04-01');
    expect(found.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(found.description).toContain('Bara månaden är känd (mars 2023)');
  });

  it('gives a dated meeting the free/busy default, not TRANSPARENT', () => {
    expect(event('2020-09-21-sommartid').component.getFirstPropertyValue('transp')).toBeNull();
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
