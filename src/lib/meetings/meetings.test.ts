import { routes } from '../routing/routes.ts';
import { describe, expect, it } from 'vitest';
import {
  archiveGroups,
  archivePageFiles,
  calendarLists,
  archivePages,
  hasReport,
  isUpcoming,
  latestReports,
  latestSeries,
  latestTeams,
  meetingCard,
  nextMeeting,
  onlineLabel,
  placeLabel,
  seriesPeriod,
  seriesSchedules,
  splitByToday,
  timeRange,
  type MeetingEntry,
} from './meetings.ts';

const SUMMARY = 'En sammanfattning av träffen som är minst trettio tecken lång.';

function meeting(id: string, date: string, extra: Partial<MeetingEntry['data']> = {}, body?: string): MeetingEntry {
  return { id, body, data: { title: `Träff ${id}`, date, summary: SUMMARY, ...extra } };
}

const series = new Map([
  ['forsta', { id: 'forsta', data: { name: 'Första omgången', start: '2020-03', end: '2021-01' } }],
  ['andra', { id: 'andra', data: { name: 'Andra omgången', start: '2023-03' } }],
]);

const MEETINGS = [
  meeting('a', '2020-03-03', { series: 'forsta', session: 1 }),
  meeting('b', '2020-09-21', { series: 'forsta', session: 4 }, '## Rapport\n\nText.'),
  meeting('c', '2021-01-19', { series: 'forsta', session: 6 }, 'Text.'),
  meeting('d', '2023-03', { series: 'andra', session: 1 }, 'Text.'),
  meeting('e', '2023-05-23', { series: 'andra', session: 2 }),
  meeting('f', '2022-06-01'),
];

const ids = (list: readonly { id: string }[]) => list.map((m) => m.id);

describe('hasReport', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['  \n\n ', false],
    ['Text.', true],
  ])('says a body of %j is a report: %s', (body, expected) => {
    expect(hasReport({ body })).toBe(expected);
  });
});

describe('isUpcoming', () => {
  it.each([
    ['2023-05-23', '2023-05-22', true, 'a meeting tomorrow'],
    ['2023-05-23', '2023-05-23', true, 'a meeting today'],
    ['2023-05-23', '2023-05-24', false, 'a meeting yesterday'],
    ['2023-05', '2023-05-31', true, 'a meeting known by month, in the current month'],
    ['2023-05', '2023-06-01', false, 'a meeting known by month, after the month is over'],
    ['2023-06', '2023-05-31', true, 'a meeting known by month, next month'],
  ])('calls %s on %s upcoming: %s (%s)', (date, today, expected) => {
    expect(isUpcoming(date, today)).toBe(expected);
  });
});

describe('splitByToday and nextMeeting', () => {
  it('lists upcoming meetings soonest first and past meetings latest first', () => {
    const { upcoming, past } = splitByToday(MEETINGS, '2021-01-19');
    expect(ids(upcoming)).toEqual(['c', 'f', 'd', 'e']);
    expect(ids(past)).toEqual(['b', 'a']);
  });

  it('finds the first meeting dated today or later', () => {
    expect(nextMeeting(MEETINGS, '2020-09-22')?.id).toBe('c');
    expect(nextMeeting(MEETINGS, '2020-09-21')?.id).toBe('b');
  });

  it('finds no next meeting once the last one is over', () => {
    expect(nextMeeting(MEETINGS, '2023-05-24')).toBeUndefined();
    expect(nextMeeting([], '2023-05-24')).toBeUndefined();
  });

  it('orders two meetings on the same day by id, whatever order they come in', () => {
    const same = [meeting('y', '2024-01-10'), meeting('x', '2024-01-10')];
    expect(ids(splitByToday(same, '2024-01-01').upcoming)).toEqual(['x', 'y']);
    expect(ids(splitByToday(same, '2024-02-01').past)).toEqual(['y', 'x']);
  });
});

describe('latestReports', () => {
  it('returns the newest meetings that have a report, at most as many as asked', () => {
    expect(ids(latestReports(MEETINGS, 2))).toEqual(['d', 'c']);
    expect(ids(latestReports(MEETINGS, 10))).toEqual(['d', 'c', 'b']);
  });
});

describe('seriesSchedules', () => {
  const schedules = seriesSchedules([...MEETINGS].reverse());

  it("lists every meeting of each series in date order, and no other series' meetings", () => {
    expect(ids(schedules.get('forsta') ?? [])).toEqual(['a', 'b', 'c']);
    expect(ids(schedules.get('andra') ?? [])).toEqual(['d', 'e']);
  });

  it('has no schedule for meetings without a series, nor for an unknown series', () => {
    expect([...schedules.keys()].sort()).toEqual(['andra', 'forsta']);
    expect(schedules.get('okand')).toBeUndefined();
  });
});

describe('archiveGroups', () => {
  const groups = archiveGroups(MEETINGS, series);

  it('puts the series that started last first, and meetings without a series last', () => {
    expect(groups.map((g) => g.series?.id)).toEqual(['andra', 'forsta', undefined]);
  });

  it('groups each series by year, newest year and newest meeting first', () => {
    const forsta = groups[1];
    expect(forsta?.years.map((y) => [y.year, ids(y.meetings)])).toEqual([
      [2021, ['c']],
      [2020, ['b', 'a']],
    ]);
  });

  it('gives meetings of an unknown series to the group without a series', () => {
    const result = archiveGroups([meeting('x', '2024-01-10', { series: 'okand' })], series);
    expect(result).toEqual([
      { series: undefined, years: [{ year: 2024, meetings: [expect.objectContaining({ id: 'x' })] }] },
    ]);
  });

  it('makes no group for a series without published meetings', () => {
    expect(archiveGroups(MEETINGS.slice(0, 1), series).map((g) => g.series?.id)).toEqual(['forsta']);
  });
});

describe('archivePages', () => {
  const shape = (pages: ReturnType<typeof archivePages>) =>
    pages.map((page) =>
      page.groups.map((group) => [group.series?.id, group.years.map((y) => [y.year, ids(y.meetings)])]),
    );

  it('keeps the whole archive on one page when it fits', () => {
    const pages = archivePages(MEETINGS, series, 40, '/traffar/');
    expect(pages).toHaveLength(1);
    expect(pages[0]?.groups).toEqual(archiveGroups(MEETINGS, series));
  });

  it('cuts the archive in its own order and heads a series or year again on the page it continues on', () => {
    const pages = archivePages(MEETINGS, series, 2, '/traffar/');
    expect(shape(pages)).toEqual([
      [['andra', [[2023, ['e', 'd']]]]],
      [
        [
          'forsta',
          [
            [2021, ['c']],
            [2020, ['b']],
          ],
        ],
      ],
      [
        ['forsta', [[2020, ['a']]]],
        [undefined, [[2022, ['f']]]],
      ],
    ]);
    expect(pages.map((page) => [page.number, page.count, page.from, page.to, page.total])).toEqual([
      [1, 3, 1, 2, 6],
      [2, 3, 3, 4, 6],
      [3, 3, 5, 6, 6],
    ]);
  });

  it('has one empty page when nothing is published', () => {
    expect(archivePages([], series, 40, '/traffar/')).toEqual([
      { number: 1, count: 1, from: 0, to: 0, total: 0, base: '/traffar/', groups: [] },
    ]);
  });
});

describe('calendarLists', () => {
  it('splits at today and shows the first of each list, soonest and latest first', () => {
    const lists = calendarLists(MEETINGS, '2021-01-01', 2);
    expect(ids(lists.upcoming)).toEqual(['c', 'f', 'd', 'e']);
    expect(ids(lists.shownUpcoming)).toEqual(['c', 'f']);
    expect(ids(lists.past)).toEqual(['b', 'a']);
    expect(ids(lists.shownPast)).toEqual(['b', 'a']);
  });

  it('shows twelve of each unless told otherwise', () => {
    const many = Array.from({ length: 15 }, (_, i) => meeting(`m${i}`, `2030-01-${String(i + 1).padStart(2, '0')}`));
    expect(calendarLists(many, '2021-01-01').shownUpcoming).toHaveLength(12);
  });
});

describe('archivePageFiles', () => {
  it('gives each group’s series file, then its meetings’ files, in the page’s order', () => {
    const withFiles = MEETINGS.map((m) => ({ ...m, filePath: `content/meetings/${m.id}.mdx` }));
    const seriesWithFiles = new Map(
      [...series].map(([id, entry]) => [id, { ...entry, filePath: `content/series/${id}.md` }]),
    );
    const [page] = archivePages(withFiles, seriesWithFiles, 3, '/traffar/');
    expect(archivePageFiles(page!)).toEqual([
      'content/series/andra.md',
      'content/meetings/e.mdx',
      'content/meetings/d.mdx',
      'content/series/forsta.md',
      'content/meetings/c.mdx',
    ]);
  });
});

describe('latestSeries', () => {
  it('picks the series that started last, whatever the order', () => {
    expect(latestSeries(series.values())?.id).toBe('andra');
    expect(latestSeries([...series.values()].reverse())?.id).toBe('andra');
  });

  it('returns nothing when there is no series', () => {
    expect(latestSeries([])).toBeUndefined();
  });
});

describe('seriesPeriod', () => {
  it('names start and end of a series that is over', () => {
    expect(seriesPeriod({ start: '2020-03', end: '2021-01' })).toBe('mars 2020 – januari 2021');
  });

  it('says since when a series that goes on has run', () => {
    expect(seriesPeriod({ start: '2023-03' })).toBe('Sedan mars 2023');
  });
});

describe('timeRange', () => {
  it.each([
    ['13:30–16:00', '13:30', '16:00'],
    ['13:00-15:00', '13:00', '15:00'],
    ['09:30 – 12:00', '09:30', '12:00'],
  ])('reads %s as %s to %s', (time, start, end) => {
    expect(timeRange(time)).toEqual({ start, end });
  });
});

describe('placeLabel', () => {
  it.each([
    [{ place: 'Rosensalen' }, 'Rosensalen'],
    [{ online: 'Zoom' }, 'Digitalt via Zoom'],
    [{ online: 'Digitalt' }, 'Digitalt'],
    [
      { place: 'Rocksjöbadet, Jönköping', online: 'Videomöte' },
      'Rocksjöbadet, Jönköping, eller digitalt via Videomöte',
    ],
    [{ place: 'Ryhov', online: 'digitalt' }, 'Ryhov, eller digitalt'],
    [{}, undefined],
  ])('describes %j as %j', (data, expected) => {
    expect(placeLabel(data)).toBe(expected);
  });

  it('names a generic digital meeting without repeating the word', () => {
    expect(onlineLabel(' Digitalt ')).toBe('Digitalt');
  });
});

describe('meetingCard', () => {
  it('carries what a list shows: link, title, date, time, place and whether a report exists', () => {
    const card = meetingCard(
      meeting('b', '2020-09-21', { time: '13:30–16:00', online: 'Zoom', session: 4, kind: 'uppfoljning' }, 'Text.'),
    );
    expect(card).toEqual({
      id: 'b',
      href: routes.meeting('b'),
      title: 'Träff b',
      date: '2020-09-21',
      time: '13:30–16:00',
      place: 'Digitalt via Zoom',
      summary: SUMMARY,
      hasReport: true,
      session: 4,
      kind: 'uppfoljning',
    });
    expect(card.href).toBe('/traffar/b/');
  });
});

describe('latestTeams', () => {
  const teams = [
    { id: 'aldrig', data: { name: 'Aldrig presenterat' } },
    { id: 'nystartat', data: { name: 'Nystartat', started: '2024-01' } },
    { id: 'gammal', data: { name: 'Gammal' } },
    { id: 'ny', data: { name: 'Ny' } },
    { id: 'bada', data: { name: 'Båda' } },
  ];
  const shown = [
    meeting('m1', '2021-01-19', { teams: ['gammal', 'bada'] }),
    meeting('m2', '2023-03', { teams: ['ny', 'bada'] }),
  ];

  it('orders teams by the latest meeting they presented at, then by start, then by name', () => {
    expect(ids(latestTeams(teams, shown, 10))).toEqual(['bada', 'ny', 'gammal', 'nystartat', 'aldrig']);
  });

  it('returns at most as many as asked', () => {
    expect(ids(latestTeams(teams, shown, 2))).toEqual(['bada', 'ny']);
  });
});
