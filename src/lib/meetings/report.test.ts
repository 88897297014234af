import { describe, expect, it } from 'vitest';
import type { PersonEntry } from '../people/contacts.ts';
import { routes } from '../routing/routes.ts';
import type { MeetingEntry } from './meetings.ts';
import {
  meetingFacts,
  presentingTeams,
  reportView,
  resolveSpeakers,
  scheduleItems,
  speakerDetails,
  type ReportEntry,
  type ReportSources,
} from './report.ts';

const SUMMARY = 'En sammanfattning av träffen som är minst trettio tecken lång.';

const people = new Map<string, PersonEntry>([
  ['ida', { id: 'ida', data: { name: 'Ida', title: 'utvecklare', organisation: 'Regionen', email: 'ida@example.se' } }],
  ['bo', { id: 'bo', data: { name: 'Bo', organisation: 'Kommunen', email: 'bo@example.se' } }],
]);
const teams = new Map([
  ['klar', { data: { name: 'Ett klart team' } }],
  ['utkast', { data: { name: 'Ett utkast', draft: true } }],
]);
const SERIES = {
  id: 'omgang',
  body: '## Bakgrund\n\nText.',
  data: { name: 'Omgången', start: '2020-03', end: '2021-01' },
};

const meeting = (id: string, date: string, data: Partial<ReportEntry['data']> = {}, body?: string): ReportEntry => ({
  id,
  body,
  data: { title: `Träff ${id}`, date, summary: SUMMARY, ...data },
});

const schedule: MeetingEntry[] = [
  meeting('a', '2020-03-03', { series: 'omgang', session: 1, time: '13:00–16:00', place: 'Rocksjöbadet' }),
  meeting('b', '2020-09-21', { series: 'omgang', session: 2, online: 'Zoom', kind: 'uppfoljning' }, 'Text.'),
  meeting('c', '2020-11', { series: 'omgang' }),
];

const FULL = meeting(
  'b',
  '2020-09-21',
  {
    time: '13:30–16:00',
    place: 'Rosensalen',
    series: 'omgang',
    session: 2,
    kind: 'uppfoljning',
    speakers: [
      { person: 'ida', topic: 'Om test' },
      { name: 'Extern Talare', organisation: 'SKR' },
      { person: 'okand' },
    ],
    teams: ['utkast', 'okand', 'klar'],
    videos: [{ title: 'Film', url: 'https://vimeo.com/1', captions: false }],
    links: [{ title: 'Läs', url: 'https://example.se/a' }],
    contacts: ['bo', 'okand', 'ida'],
  },
  '## Rapport\n\nText.',
);

const sources = (extra: Partial<ReportSources> = {}): ReportSources => ({
  people,
  teams,
  series: SERIES,
  schedule,
  ...extra,
});

describe('resolveSpeakers', () => {
  const people = new Map([
    ['ida', { data: { name: 'Ida E', title: 'folkhälsoutvecklare', organisation: 'Region Jönköpings län' } }],
    ['utan-titel', { data: { name: 'Utan Titel', organisation: 'Kommunen' } }],
  ]);

  it('gives a person speaker the title and organisation from the people files', () => {
    expect(resolveSpeakers([{ person: 'ida', topic: 'Agenda' }], people)).toEqual([
      { name: 'Ida E', role: 'folkhälsoutvecklare', organisation: 'Region Jönköpings län', topic: 'Agenda' },
    ]);
  });

  it('keeps an external speaker as written, and a person without title without one', () => {
    expect(
      resolveSpeakers([{ name: 'Tyra', role: 'samordnare', organisation: 'SKR' }, { person: 'utan-titel' }], people),
    ).toEqual([
      { name: 'Tyra', role: 'samordnare', organisation: 'SKR', topic: undefined },
      { name: 'Utan Titel', role: undefined, organisation: 'Kommunen', topic: undefined },
    ]);
  });

  it('leaves out a person that does not exist and accepts a meeting without speakers', () => {
    expect(resolveSpeakers([{ person: 'okand' }], people)).toEqual([]);
    expect(resolveSpeakers(undefined, people)).toEqual([]);
  });
});

describe('presentingTeams', () => {
  const teams = new Map([
    ['klar', { data: { name: 'Ett klart team' } }],
    ['utkast', { data: { name: 'Ett utkast', draft: true } }],
  ]);

  it('links a published team to its story and names a draft team without a link', () => {
    expect(presentingTeams(['utkast', 'klar', 'okand'], teams)).toEqual([
      { id: 'utkast', name: 'Ett utkast', href: undefined },
      { id: 'klar', name: 'Ett klart team', href: '/exempel/klar/' },
    ]);
  });
});

describe('speakerDetails', () => {
  it.each([
    [{ name: 'A', role: 'samordnare', organisation: 'SKR' }, ', samordnare, SKR'],
    [{ name: 'A', organisation: 'SKR' }, ', SKR'],
    [{ name: 'A' }, ''],
  ])('writes what follows the name of %j as %j', (speaker, expected) => {
    expect(speakerDetails(speaker)).toBe(expected);
  });
});

describe('meetingFacts', () => {
  it('says the date (with its machine-readable form), time, place, series with session and kind, in order', () => {
    expect(meetingFacts(FULL.data, 'Omgången')).toEqual([
      { label: 'Datum', value: '21 september 2020', datetime: '2020-09-21' },
      { label: 'Tid', value: '13:30–16:00' },
      { label: 'Plats', value: 'Rosensalen' },
      { label: 'Omgång', value: 'Omgången, träff 2' },
      { label: 'Typ av träff', value: 'Uppföljning' },
    ]);
  });

  it('says that the place is not stated, and leaves out what the meeting does not have', () => {
    expect(meetingFacts({ date: '2023-03' })).toEqual([
      { label: 'Datum', value: 'mars 2023', datetime: '2023-03' },
      { label: 'Plats', value: 'Plats är inte angiven' },
    ]);
  });

  it('names the series without a session when the meeting has no number in it', () => {
    expect(meetingFacts({ date: '2020-09-21', online: 'Zoom' }, 'Omgången').map((fact) => fact.value)).toEqual([
      '21 september 2020',
      'Digitalt via Zoom',
      'Omgången',
    ]);
  });
});

describe('scheduleItems', () => {
  const items = scheduleItems(schedule, 'b');

  it('keeps the order given and marks only the current meeting', () => {
    expect(items.map((item) => [item.id, item.current])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
    ]);
  });

  it('words each meeting’s session, date, place and kind, and links its page', () => {
    expect(items[0]).toEqual({
      id: 'a',
      href: routes.meeting('a'),
      title: 'Träff a',
      session: 'Träff 1',
      date: '2020-03-03',
      dateText: '3 mars 2020',
      time: '13:00–16:00',
      where: 'Rocksjöbadet',
      current: false,
    });
    expect(items[1]?.where).toBe('Digitalt via Zoom · Uppföljning');
    expect(items[2]).toMatchObject({ session: undefined, dateText: 'november 2020', where: 'Plats är inte angiven' });
  });
});

describe('reportView', () => {
  const view = reportView(FULL, sources());

  it('holds the title, summary, page address and whether a report is written', () => {
    expect(view).toMatchObject({ id: 'b', href: routes.meeting('b'), title: 'Träff b', summary: SUMMARY });
    expect(view.hasReport).toBe(true);
    expect(reportView(meeting('x', '2020-01-01'), sources()).hasReport).toBe(false);
  });

  it('names the series in the facts', () => {
    expect(view.facts.find((fact) => fact.label === 'Omgång')?.value).toBe('Omgången, träff 2');
  });

  it('resolves speakers, teams (a draft without a link) and contacts as people, in the meeting’s order, leaving out unknown ids', () => {
    expect(view.speakers).toEqual([
      { name: 'Ida', role: 'utvecklare', organisation: 'Regionen', topic: 'Om test' },
      { name: 'Extern Talare', role: undefined, organisation: 'SKR', topic: undefined },
    ]);
    expect(view.teams).toEqual([
      { id: 'utkast', name: 'Ett utkast', href: undefined },
      { id: 'klar', name: 'Ett klart team', href: routes.team('klar') },
    ]);
    expect(view.contacts.map((person) => person.data.name)).toEqual(['Bo', 'Ida']);
  });

  it('keeps videos and links as the content gives them, and empty lists for none', () => {
    expect(view.videos).toEqual(FULL.data.videos);
    expect(view.links).toEqual(FULL.data.links);
    const bare = reportView(meeting('x', '2020-01-01'), sources({ series: undefined, schedule: [] }));
    expect([bare.speakers, bare.teams, bare.videos, bare.links, bare.contacts]).toEqual([[], [], [], [], []]);
  });

  it('has the series’ background box when the series has a text, with its name and period', () => {
    expect(view.background).toEqual({ name: 'Omgången', period: 'mars 2020 – januari 2021' });
    expect(reportView(FULL, sources({ series: { ...SERIES, body: ' \n' } })).background).toBeUndefined();
  });

  it('has the series’ schedule with this meeting marked, and none without a series', () => {
    expect(view.schedule?.intro).toBe('Alla träffar i omgången Omgången, i datumordning.');
    expect(view.schedule?.meetings.filter((item) => item.current).map((item) => item.id)).toEqual(['b']);
    const alone = reportView(meeting('x', '2020-01-01'), sources({ series: undefined, schedule: [] }));
    expect(alone.schedule).toBeUndefined();
    expect(alone.background).toBeUndefined();
    expect(alone.facts.map((fact) => fact.label)).not.toContain('Omgång');
  });
});
