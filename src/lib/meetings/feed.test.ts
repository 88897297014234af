import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { ATOM_NAMESPACE, buildFeed, feedItems, reportDate } from './feed.ts';
import type { MeetingEntry } from './meetings.ts';

const SUMMARY = 'En sammanfattning av träffen som är minst trettio tecken lång.';
const meeting = (id: string, date: string, body?: string): MeetingEntry => ({
  id,
  body,
  data: { title: `Träff ${id}`, date, summary: `${SUMMARY} (${id})` },
});

/** Month names as RFC 822 (and so RSS) writes them. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
const dayIn = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short' }).format(instant);

describe('reportDate', () => {
  it.each([
    ['2020-09-21', '2020-09-21T10:00:00.000Z', 'noon in summer time'],
    ['2021-01-19', '2021-01-19T11:00:00.000Z', 'noon in winter time'],
    ['2023-03', '2023-03-01T11:00:00.000Z', 'noon on the first of the month when only the month is known'],
  ])('dates a report from %s at %s (%s)', (date, expected) => {
    expect(reportDate(date).toISOString()).toBe(expected);
  });

  it.each([
    ['2023-03', '2023-03-01'],
    ['2024-07', '2024-07-01'],
    ['2020-01', '2020-01-01'],
    ['2020-09-21', '2020-09-21'],
    ['2021-01-19', '2021-01-19'],
    ['2024-03-31', '2024-03-31'],
    ['2024-10-27', '2024-10-27'],
  ])('puts %s on %s both in Stockholm and in GMT, as RSS writes it', (date, day) => {
    const instant = reportDate(date);
    expect(dayIn(instant, 'Europe/Stockholm')).toBe(day);
    expect(dayIn(instant, 'UTC')).toBe(day);
    const [year, month, dayOfMonth] = day.split('-') as [string, string, string];
    expect(instant.toUTCString()).toContain(`, ${dayOfMonth} ${MONTHS[Number(month) - 1]} ${year} `);
  });
});

describe('feedItems', () => {
  const meetings = [
    meeting('a', '2020-09-21', '## Rapport'),
    meeting('b', '2023-05-23'),
    meeting('c', '2023-03', 'Text.'),
    meeting('d', '2021-01-19', '   '),
  ];

  it('makes one item per meeting with a report, newest first', () => {
    expect(feedItems(meetings, undefined).map((item) => item.title)).toEqual(['Träff c', 'Träff a']);
  });

  it('gives each item an absolute link, a publication date and the summary as description', () => {
    const [item] = feedItems(meetings.slice(0, 1), new URL('https://bastaplatsen.example/'));
    expect(item).toEqual({
      title: 'Träff a',
      link: 'https://bastaplatsen.example/traffar/a/',
      pubDate: new Date('2020-09-21T10:00:00.000Z'),
      description: `${SUMMARY} (a)`,
    });
  });

  it('links to the local preview server when no site address is configured', () => {
    expect(feedItems(meetings, undefined)[0]?.link).toBe('http://localhost:4321/traffar/c/');
  });

  it('adds each report’s full content, when given, and none for a meeting without it', () => {
    const contents = new Map([['a', '<p>Hela rapporten</p>']]);
    const items = feedItems(meetings, undefined, contents);
    expect(items.find((item) => item.title === 'Träff a')?.content).toBe('<p>Hela rapporten</p>');
    expect(items.find((item) => item.title === 'Träff c')).not.toHaveProperty('content');
  });
});

describe('buildFeed', async () => {
  const meetings = [meeting('a', '2020-09-21', '## Rapport'), meeting('c', '2023-03', 'Text & mer.')];
  const now = new Date('2024-02-01T10:00:00.250Z');
  const xml = await buildFeed(meetings, {
    site: new URL('https://bastaplatsen.example/'),
    siteName: 'Bästa platsen',
    now,
    contents: new Map([['c', '<p>Hela rapporten & mer</p>']]),
  });
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    rss: Record<string, string> & {
      channel: Record<string, unknown> & { item: Array<Record<string, string>> };
    };
  };
  const { channel } = parsed.rss;

  it('is well-formed XML with a declaration', () => {
    expect(
      SyntaxValidator.validate(xml, {
        xmlDeclaraion: { optional: false },
        invalidCharSequence: { comment: true, tagValue: true, attrLt: true },
      }),
    ).toBe(true);
  });

  it('declares the namespace of every prefixed element and attribute it uses, Atom among them', () => {
    expect(parsed.rss['@_xmlns:atom']).toBe(ATOM_NAMESPACE);
    const prefixes = new Set([...xml.matchAll(/<\/?([A-Za-z][\w.-]*):[\w.-]+/g)].map((m) => m[1]));
    expect([...prefixes].sort()).toEqual(['atom', 'content']);
    for (const prefix of prefixes) expect(parsed.rss[`@_xmlns:${prefix}`], prefix).toMatch(/^https?:\/\//);
  });

  it('names its own address with atom:link rel="self"', () => {
    expect(channel['atom:link']).toEqual({
      '@_href': 'https://bastaplatsen.example/rss.xml',
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
  });

  it('gives the build instant as lastBuildDate, in the RFC 822 form RSS uses', () => {
    expect(channel.lastBuildDate).toBe('Thu, 01 Feb 2024 10:00:00 GMT');
  });

  it('keeps the channel’s title, link, description and language', () => {
    expect(channel.title).toBe('Bästa platsen – rapporter från träffarna');
    expect(channel.link).toBe('https://bastaplatsen.example/');
    expect(channel.description).toBe('Nya rapporter från träffarna i det lärande nätverket Bästa platsen.');
    expect(channel.language).toBe('sv-se');
  });

  it('dates the report known only by its month to the first of that month, not the last of the one before', () => {
    const item = channel.item.find((candidate) => candidate.title === 'Träff c');
    expect(item?.pubDate).toBe('Wed, 01 Mar 2023 11:00:00 GMT');
    expect(channel.item.map((candidate) => candidate.pubDate)).toEqual([
      'Wed, 01 Mar 2023 11:00:00 GMT',
      'Mon, 21 Sep 2020 10:00:00 GMT',
    ]);
  });
});
