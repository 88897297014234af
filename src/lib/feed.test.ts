import { describe, expect, it } from 'vitest';
import { feedItems, reportDate } from './feed.ts';
import type { MeetingEntry } from './meetings.ts';

const SUMMARY = 'En sammanfattning av träffen som är minst trettio tecken lång.';
const meeting = (id: string, date: string, body?: string): MeetingEntry => ({
  id,
  body,
  data: { title: `Träff ${id}`, date, summary: `${SUMMARY} (${id})` },
});

describe('reportDate', () => {
  it.each([
    ['2020-09-21', '2020-09-20T22:00:00.000Z', 'midnight in summer time'],
    ['2021-01-19', '2021-01-18T23:00:00.000Z', 'midnight in winter time'],
    ['2023-03', '2023-02-28T23:00:00.000Z', 'the first of the month when only the month is known'],
  ])('dates a report from %s at %s (%s)', (date, expected) => {
    expect(reportDate(date).toISOString()).toBe(expected);
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
      pubDate: new Date('2020-09-20T22:00:00.000Z'),
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
