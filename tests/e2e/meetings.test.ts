/**
 * The meeting pages, the calendar and the feeds as built from the shipped content: the .ics file
 * read by two parsers (ical.js and node-ical), the RSS file validated and parsed as XML, and the
 * pages in Chromium (layout, schedule, headings, no JavaScript).
 * Expectations come from the content files (read by the validator), never from a list kept here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/schemas/meeting.ts';
import type { Team } from '../../src/schemas/team.ts';
import { nextDay } from '../../src/lib/meetings/icalendar.ts';
import { validateContent } from '../../src/lib/validate/content.ts';
import { readWithIcalJs, readWithNodeIcal } from '../calendar-readers.ts';
import { builtFile, openPage, site } from './harness.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { entries } = validateContent({ root, contentDir: 'content' });

interface ContentMeeting {
  id: string;
  data: Meeting;
  hasBody: boolean;
}
const meetings: ContentMeeting[] = [...(entries.get('meetings')?.values() ?? [])]
  .map((entry) => ({ id: entry.id, data: entry.data as Meeting, hasBody: entry.hasBody }))
  .filter((meeting) => meeting.data.draft !== true);
const teams = new Map([...(entries.get('teams')?.values() ?? [])].map((entry) => [entry.id, entry.data as Team]));
const base = new URL(site.baseUrl);

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

describe('the content behind these tests', () => {
  it('has published meetings, with and without a report, time and series', () => {
    expect(meetings.some((m) => m.hasBody)).toBe(true);
    expect(meetings.some((m) => !m.hasBody)).toBe(true);
    expect(meetings.some((m) => m.data.time)).toBe(true);
    expect(meetings.some((m) => m.data.series)).toBe(true);
  });
});

describe('kalender.ics', () => {
  const text = builtFile('kalender.ics');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const byUid = new Map(events.map((event) => [event.uid, event]));
  const dated = meetings.filter((m) => /^\d{4}-\d{2}-\d{2}$/.test(m.data.date));
  const monthOnly = meetings.filter((m) => /^\d{4}-\d{2}$/.test(m.data.date));

  it('holds exactly one event per published meeting whose day is known', () => {
    expect(events).toHaveLength(dated.length);
    expect([...byUid.keys()].sort()).toEqual(dated.map((m) => `${m.id}@basta-platsen`).sort());
  });

  it('has no line longer than 75 octets (RFC 5545 §3.1), though its Swedish text has å, ä and ö', () => {
    const lines = text.split('\r\n');
    expect(lines.some((line) => /[åäö]/i.test(line))).toBe(true);
    expect(lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75)).toEqual([]);
  });

  it('writes times in Stockholm time with a VTIMEZONE for it, and no time in UTC but DTSTAMP', () => {
    const zones = calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'));
    expect(zones).toEqual(['Europe/Stockholm']);
    const inEvents = [...text.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT/g)].flatMap((m) =>
      (m[1] ?? '').split('\r\n'),
    );
    const times = inEvents.filter((line) => /^DT(START|END)[;:]/.test(line));
    expect(times.length).toBe(2 * dated.length);
    for (const line of times)
      expect(line).toMatch(/^DT(START|END)(;TZID=Europe\/Stockholm:\d{8}T\d{6}|;VALUE=DATE:\d{8})$/);
  });

  it('reads the same with ical.js and with node-ical: titles, times on Stockholm’s clock and places', () => {
    const read = readWithIcalJs(text);
    expect(read).toHaveLength(dated.length);
    expect(readWithNodeIcal(text)).toEqual(read);
  });

  it.each(dated.map((m) => [m.id, m]))(
    'has %s with its UID, title, page, place and the right start and end in Stockholm time',
    (id, meeting) => {
      const event = byUid.get(`${id}@basta-platsen`);
      expect(event, `${id} saknas i kalendern`).toBeDefined();
      if (!event) return;
      expect(event.summary).toBe(meeting.data.title);
      expect(event.component.getFirstPropertyValue('url')).toMatch(new RegExp(`^https?://[^/]+/traffar/${id}/$`));
      expect(event.description).toContain(meeting.data.summary);
      const read = readWithIcalJs(text).find((e) => e.uid === `${id}@basta-platsen`);
      if (meeting.data.time) {
        const [start, end] = meeting.data.time.split(/\s*[–-]\s*/);
        expect(event.startDate.isDate).toBe(false);
        expect(STOCKHOLM.format(event.startDate.toJSDate())).toBe(`${meeting.data.date} ${start}`);
        expect(read).toMatchObject({
          start: `${meeting.data.date} ${start}`,
          end: `${meeting.data.date} ${end}`,
          zone: 'Europe/Stockholm',
        });
      } else {
        expect(event.startDate.isDate).toBe(true);
        expect(event.startDate.toString()).toBe(meeting.data.date);
        expect(read?.end).toBe(nextDay(meeting.data.date));
      }
      if (!meeting.data.place && !meeting.data.online) expect(read?.location).toBeUndefined();
      if (meeting.data.place) expect(read?.location).toContain(meeting.data.place);
    },
  );

  it('has content known only by its month behind these tests', () => {
    expect(monthOnly.length).toBeGreaterThan(0);
  });

  it.each(monthOnly.map((m) => [m.id, m]))(
    'leaves out %s, known only by its month, so no calendar shows it on a day or across the month',
    (id, meeting) => {
      expect(byUid.has(`${id}@basta-platsen`)).toBe(false);
      expect(text).not.toContain(meeting.data.title.slice(0, 20));
    },
  );
});

describe('rss.xml', () => {
  const xml = builtFile('rss.xml');
  const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => {
    const field = (name: string) =>
      new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(m[1] ?? '')?.[1]?.replace(/&amp;/g, '&');
    return { title: field('title'), link: field('link'), pubDate: field('pubDate'), description: field('description') };
  });
  const withReport = meetings.filter((m) => m.hasBody);
  const dayIn = (instant: Date, timeZone: string) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short' }).format(instant);

  it('has one item per published meeting with a report, newest first', () => {
    const expected = [...withReport].sort((a, b) => b.data.date.localeCompare(a.data.date));
    expect(items.map((item) => item.title)).toEqual(expected.map((m) => m.data.title));
  });

  it('gives every item an absolute link to its page, a date and the summary', () => {
    for (const meeting of withReport) {
      const item = items.find((i) => i.title === meeting.data.title);
      expect(item?.link).toMatch(new RegExp(`^https?://[^/]+/traffar/${meeting.id}/$`));
      expect(item?.description).toBe(meeting.data.summary);
      expect(Number.isNaN(Date.parse(item?.pubDate ?? ''))).toBe(false);
    }
  });

  it('is well-formed XML that declares the Atom namespace and names its own address and build time', () => {
    expect(SyntaxValidator.validate(xml, { xmlDeclaraion: { optional: false } })).toBe(true);
    const { rss } = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      rss: Record<string, string> & { channel: Record<string, unknown> };
    };
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(rss.channel['atom:link']).toEqual({
      '@_href': new URL('/rss.xml', String(rss.channel.link)).href,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(String(rss.channel.lastBuildDate)).toMatch(
      /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
    );
  });

  it('dates every report on its meeting’s day, or in its month when only the month is known, in GMT and in Stockholm', () => {
    expect(withReport.some((m) => /^\d{4}-\d{2}$/.test(m.data.date))).toBe(true);
    for (const meeting of withReport) {
      const pubDate = new Date(items.find((i) => i.title === meeting.data.title)?.pubDate ?? '');
      const expected = /^\d{4}-\d{2}$/.test(meeting.data.date) ? `${meeting.data.date}-01` : meeting.data.date;
      expect(dayIn(pubDate, 'UTC'), meeting.id).toBe(expected);
      expect(dayIn(pubDate, 'Europe/Stockholm'), meeting.id).toBe(expected);
    }
  });
});

/** The heading levels of a page's main content and of the whole page, in order. */
async function headingLevels(page: Awaited<ReturnType<typeof openPage>>['page']): Promise<number[]> {
  return page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])));
}

const PAGES = ['/', '/traffar/', '/kalender/', ...meetings.map((m) => `/traffar/${m.id}/`)];

describe.each(PAGES)('the page %s', (pathname) => {
  it('has one h1 and no skipped heading level, in Swedish, without JavaScript', async () => {
    const opened = await openPage(pathname, { javaScript: false });
    try {
      const levels = await headingLevels(opened.page);
      expect(levels.filter((level) => level === 1)).toHaveLength(1);
      expect(levels[0]).toBe(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level, `rubrik ${i + 1} hoppar över en nivå`).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
      });
      expect(await opened.page.getAttribute('html', 'lang')).toBe('sv');
      expect(await opened.page.locator('[style]').count()).toBe(0);
    } finally {
      await opened.close();
    }
  });
});

describe('a report page', () => {
  const withSeriesAndReport = meetings.find((m) => m.data.series && m.hasBody);

  it('shows the series background beside the report on a wide screen', async () => {
    const opened = await openPage(`/traffar/${withSeriesAndReport?.id}/`, { width: 1280 });
    try {
      const main = await opened.page.locator('.report-main').boundingBox();
      const aside = await opened.page.locator('aside.series-background').boundingBox();
      expect(main && aside).toBeTruthy();
      if (!main || !aside) return;
      expect(aside.x).toBeGreaterThanOrEqual(main.x + main.width);
      expect(aside.y).toBeLessThan(main.y + main.height);
    } finally {
      await opened.close();
    }
  });

  it('shows the series background below the report on a phone', async () => {
    const opened = await openPage(`/traffar/${withSeriesAndReport?.id}/`, { width: 360 });
    try {
      const main = await opened.page.locator('.report-main').boundingBox();
      const aside = await opened.page.locator('aside.series-background').boundingBox();
      if (!main || !aside) throw new Error('rapport eller bakgrundsruta saknas');
      expect(aside.y).toBeGreaterThanOrEqual(main.y + main.height);
    } finally {
      await opened.close();
    }
  });

  it('lists the series schedule in date order and marks this meeting in words and with aria-current', async () => {
    const meeting = withSeriesAndReport as ContentMeeting;
    const opened = await openPage(`/traffar/${meeting.id}/`, { javaScript: false });
    try {
      const expected = meetings
        .filter((m) => m.data.series === meeting.data.series)
        .sort((a, b) => a.data.date.localeCompare(b.data.date))
        .map((m) => new URL(`/traffar/${m.id}/`, base).pathname);
      const links = await opened.page
        .locator('ol.schedule li a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(expected);
      const current = opened.page.locator('ol.schedule [aria-current="page"]');
      expect(await current.count()).toBe(1);
      expect(await current.getAttribute('href')).toBe(`/traffar/${meeting.id}/`);
      expect(await opened.page.locator('ol.schedule li.current').innerText()).toContain('Den här träffen');
    } finally {
      await opened.close();
    }
  });

  it('names a draft team that presented without linking to it, and links the others', async () => {
    const meeting = meetings.find((m) => m.data.teams?.some((id) => teams.get(id)?.draft));
    if (!meeting) return; // The shipped content may one day have no draft team.
    const opened = await openPage(`/traffar/${meeting.id}/`, { javaScript: false });
    try {
      for (const id of meeting.data.teams ?? []) {
        const team = teams.get(id) as Team;
        const links = await opened.page.locator(`main a[href="/exempel/${id}/"]`).count();
        expect(links, team.name).toBe(team.draft ? 0 : 1);
        expect(await opened.page.locator('main').innerText()).toContain(team.name);
      }
    } finally {
      await opened.close();
    }
  });

  it('says so when no report is published', async () => {
    const meeting = meetings.find((m) => !m.hasBody) as ContentMeeting;
    const opened = await openPage(`/traffar/${meeting.id}/`, { javaScript: false });
    try {
      expect(await opened.page.locator('h1').innerText()).toBe(meeting.data.title);
      expect(await opened.page.locator('main').innerText()).toContain(
        'Ingen rapport är publicerad från den här träffen.',
      );
    } finally {
      await opened.close();
    }
  });
});

describe('the archive', () => {
  it('links every published meeting once and says whether it has a report', async () => {
    const opened = await openPage('/traffar/', { javaScript: false });
    try {
      for (const meeting of meetings) {
        const item = opened.page.locator('main li', { has: opened.page.locator(`a[href="/traffar/${meeting.id}/"]`) });
        expect(await item.count(), meeting.id).toBe(1);
        expect(await item.innerText()).toContain(meeting.hasBody ? 'Rapport finns' : 'Ingen rapport');
      }
    } finally {
      await opened.close();
    }
  });
});

describe('the calendar page', () => {
  it('lists every meeting under upcoming or past, links the feed and explains how to subscribe', async () => {
    const opened = await openPage('/kalender/', { javaScript: false });
    try {
      const headings = await opened.page.locator('main h2').allInnerTexts();
      expect(headings).toEqual(
        expect.arrayContaining(['Kommande träffar', 'Tidigare träffar', 'Prenumerera på kalendern']),
      );
      const listed = opened.page.locator('main section:not(.subscribe) li a[href^="/traffar/"]');
      expect(await listed.count()).toBe(meetings.length);
      const feed = opened.page.locator('main a[href="/kalender.ics"]');
      expect(await feed.count()).toBe(1);
      const response = await opened.page.request.get(new URL('/kalender.ics', base).href);
      expect(response.status()).toBe(200);
      expect(await response.text()).toMatch(/^BEGIN:VCALENDAR/);
    } finally {
      await opened.close();
    }
  });

  it('names, beside the feed, each meeting the feed leaves out because only its month is known', async () => {
    const opened = await openPage('/kalender/', { javaScript: false });
    try {
      const subscribe = opened.page.locator('main section.subscribe');
      expect(await subscribe.innerText()).toContain('vet vi bara månaden, så de finns inte med i kalenderfilen');
      const left = await subscribe.locator('li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const monthOnly = meetings.filter((m) => /^\d{4}-\d{2}$/.test(m.data.date));
      expect(monthOnly.length).toBeGreaterThan(0);
      expect(left).toEqual(
        monthOnly.sort((a, b) => a.data.date.localeCompare(b.data.date)).map((m) => `/traffar/${m.id}/`),
      );
    } finally {
      await opened.close();
    }
  });
});

describe('the start page', () => {
  it('shows the next meeting or says that none is planned, and links the focus areas', async () => {
    const opened = await openPage('/', { javaScript: false });
    try {
      const next = opened.page.locator('section.next');
      const text = await next.innerText();
      const linked = await next.locator('a[href^="/traffar/"]').count();
      expect(linked === 1 || text.includes('Ingen träff är inplanerad just nu.')).toBe(true);
      const file = path.join(root, 'content/focus-areas.yaml');
      const areas = (parse(readFileSync(file, 'utf8')) as Array<{ id: string }>).map((area) => area.id);
      expect(areas.length).toBeGreaterThan(0);
      for (const id of areas) {
        expect(await opened.page.locator(`main a[href="/fokusomraden/${id}/"]`).count(), id).toBe(1);
      }
    } finally {
      await opened.close();
    }
  });
});
