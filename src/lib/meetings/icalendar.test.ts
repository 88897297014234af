import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  STOCKHOLM_VTIMEZONE,
  contentLine,
  escapeText,
  foldLine,
  icsDate,
  icsLocalDateTime,
  icsUtc,
  nextDay,
} from './icalendar.ts';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');
/** Unfolding as RFC 5545 §3.1 describes it: remove every CRLF followed by one space or tab. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
/** Decodes the octets of one physical line, failing on a character cut in two. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets as it is and folds one of 76', () => {
    const exact = `DESCRIPTION:${'a'.repeat(63)}`;
    expect(octets(exact)).toBe(75);
    expect(foldLine(exact)).toBe(exact);
    expect(foldLine(`${exact}b`)).toBe(`${exact}\r\n b`);
  });

  it('counts octets, not characters: 70 characters of å, ä and ö are 140 octets and need folding', () => {
    const line = `SUMMARY:${'åäö'.repeat(20)}`;
    expect(line.length).toBeLessThan(75);
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const physical of folded) expect(octets(physical)).toBeLessThanOrEqual(75);
  });

  // Every shift moves the characters across the 75-octet boundary by one octet, so among the shifts
  // is one where the boundary would fall inside the character.
  describe.each([
    ['å', 2],
    ['–', 3],
    ['€', 3],
    ['😀', 4],
  ])('with the %s (%i octets) at the boundary', (char, size) => {
    it.each(Array.from({ length: size + 1 }, (_, shift) => shift))(
      'keeps every line within 75 octets and cuts no character in two (shifted by %i)',
      (shift) => {
        const line = `DESCRIPTION:${'x'.repeat(60 + shift)}${char.repeat(40)}`;
        const folded = foldLine(line);
        const physical = folded.split('\r\n');
        for (const [index, part] of physical.entries()) {
          expect(octets(part), `rad ${index + 1}`).toBeLessThanOrEqual(75);
          expect(strictUtf8.decode(Buffer.from(part, 'utf8')), `rad ${index + 1}`).toBe(part);
          if (index > 0) expect(part).toMatch(/^ [^ ]/u);
        }
        expect(unfold(folded)).toBe(line);
      },
    );
  });

  it('fills each line as far as the next character fits', () => {
    const folded = foldLine(`DESCRIPTION:${'å'.repeat(40)}`).split('\r\n');
    // 12 octets of name, then 31 å (62 octets) make 74; one more would make 76.
    expect(folded.map(octets)).toEqual([74, 19]);
  });

  it('folds a very long line into as many lines as it needs, each continuation 74 octets of text', () => {
    const line = `DESCRIPTION:${'a'.repeat(63 + 74 * 3)}`;
    expect(foldLine(line).split('\r\n').map(octets)).toEqual([75, 75, 75, 75]);
  });
});

describe('escapeText', () => {
  it.each([
    ['Rosensalen, plan 2; ingång A', 'Rosensalen\\, plan 2\\; ingång A'],
    ['C:\\mapp', 'C:\\\\mapp'],
    ['Rad ett\nrad två', 'Rad ett\\nrad två'],
    ['Rad ett\r\nrad två\rrad tre', 'Rad ett\\nrad två\\nrad tre'],
    ['Tab\tklocka\u0007', 'Tab\tklocka'],
    ['Kolon: och "citat" står kvar', 'Kolon: och "citat" står kvar'],
  ])('writes %j as %j', (value, expected) => {
    expect(escapeText(value)).toBe(expected);
  });
});

describe('contentLine', () => {
  it('writes the name, the parameters and the value', () => {
    expect(contentLine('DTSTART', '20200921T133000', { TZID: 'Europe/Stockholm' })).toBe(
      'DTSTART;TZID=Europe/Stockholm:20200921T133000',
    );
    expect(contentLine('DTSTART', '20210119', { VALUE: 'DATE' })).toBe('DTSTART;VALUE=DATE:20210119');
  });

  it('quotes a parameter value that holds a colon, semicolon or comma', () => {
    expect(contentLine('X-TEST', 'v', { NAME: 'a:b' })).toBe('X-TEST;NAME="a:b":v');
  });

  it('folds the whole line, parameters included', () => {
    const line = contentLine('LOCATION', 'Rosensalen, Rosenlunds vårdcentrum, Jönköping, eller digitalt via Zoom');
    expect(line.split('\r\n').every((part) => octets(part) <= 75)).toBe(true);
    expect(line).toContain('\r\n ');
  });
});

describe('dates and times', () => {
  it.each([
    ['2021-01-19', '20210119', '2021-01-20'],
    ['2020-12-31', '20201231', '2021-01-01'],
    ['2024-02-28', '20240228', '2024-02-29'],
    ['2023-02-28', '20230228', '2023-03-01'],
  ])('writes %s as the DATE %s and gives %s as the day after', (date, value, after) => {
    expect(icsDate(date)).toBe(value);
    expect(nextDay(date)).toBe(after);
  });

  it('writes a local DATE-TIME without a zone letter and a UTC one with Z, to the second', () => {
    expect(icsLocalDateTime('2020-09-21', '13:30')).toBe('20200921T133000');
    expect(icsUtc(new Date('2024-02-01T10:00:00.250Z'))).toBe('20240201T100000Z');
  });
});

describe('STOCKHOLM_VTIMEZONE', () => {
  const vcalendar = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//test//SV',
    ...STOCKHOLM_VTIMEZONE,
    'END:VCALENDAR',
  ];
  const component = new ICAL.Component(ICAL.parse(vcalendar.join('\r\n'))).getFirstSubcomponent('vtimezone');
  if (!component) throw new Error('VTIMEZONE saknas');
  const zone = new ICAL.Timezone(component);

  /**
   * The instant a calendar client finds for a Stockholm wall-clock time written with
   * `TZID=Europe/Stockholm`, using only this VTIMEZONE.
   */
  const instantOf = (wall: string): Date => {
    const [year, month, day, hour, minute] = wall.split(/[- :]/).map(Number);
    const local = new ICAL.Time({ year, month, day, hour, minute, second: 0, isDate: false }, zone);
    return new Date(local.toUnixTime() * 1000);
  };
  /** An instant as the runtime's time zone database shows it in Stockholm: `YYYY-MM-DD HH:MM`. */
  const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'short',
    timeStyle: 'short',
  });

  it('is named Europe/Stockholm and has a summer (CEST) and a winter (CET) rule', () => {
    expect(zone.tzid).toBe('Europe/Stockholm');
    const names = ['daylight', 'standard'].map((kind) =>
      component.getFirstSubcomponent(kind)?.getFirstPropertyValue('tzname'),
    );
    expect(names).toEqual(['CEST', 'CET']);
  });

  // Every year from the first whole year of the rule: noon of every day, and every hour from the
  // 24th of March and of October (the last Sunday is the 25th at the earliest) to the 1st of the
  // next month, read through this VTIMEZONE, are shown at the same wall-clock time by the time zone
  // database. The hour that does not exist (02:00–02:59 on the last Sunday of March) is left out.
  const YEARS = Array.from({ length: 2037 - 1997 + 1 }, (_, i) => 1997 + i);
  it.each(YEARS)('places every wall-clock time of %i at the instant the time zone database gives', (year) => {
    // Date.UTC only counts days and hours here: `YYYY-MM-DD HH:00` of a calendar, in no zone.
    const wallAt = (month: number, day: number, hour: number) =>
      `${new Date(Date.UTC(year, month - 1, day, hour)).toISOString().slice(0, 13).replace('T', ' ')}:00`;
    const walls = Array.from({ length: 365 }, (_, day) => wallAt(1, 1 + day, 12));
    for (const month of [3, 10]) {
      for (let hour = 0; hour < 9 * 24; hour++) walls.push(wallAt(month, 24, hour));
    }
    const lastSundayOfMarch = 31 - new Date(Date.UTC(year, 2, 31)).getUTCDay();
    const gap = wallAt(3, lastSundayOfMarch, 2);
    const wrong = walls
      .filter((wall) => wall !== gap)
      .map((wall) => ({ wall, shown: STOCKHOLM.format(instantOf(wall)) }))
      .filter(({ wall, shown }) => wall !== shown);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['2024-03-31 01:59', '2024-03-31T00:59:00.000Z', 'the last minute of winter time, UTC+1'],
    ['2024-03-31 03:00', '2024-03-31T01:00:00.000Z', 'the first minute of summer time, UTC+2'],
    ['2024-10-27 01:59', '2024-10-26T23:59:00.000Z', 'still summer time, UTC+2'],
    ['2024-10-27 03:00', '2024-10-27T02:00:00.000Z', 'an hour after the clocks went back, UTC+1'],
    ['2020-09-21 13:30', '2020-09-21T11:30:00.000Z', 'a meeting in summer time'],
    ['2020-11-17 13:00', '2020-11-17T12:00:00.000Z', 'a meeting in winter time'],
  ])('puts %s in Stockholm at %s (%s)', (wall, expected) => {
    expect(instantOf(wall).toISOString()).toBe(expected);
  });
});
