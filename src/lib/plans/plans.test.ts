import { describe, expect, it } from 'vitest';
import type { PlanRow } from '../../schemas/plan.ts';
import {
  CSV_HEADER,
  filterLabel,
  filterPageServices,
  followUpSections,
  formatPeriod,
  matrixCount,
  matrixFilters,
  matrixRecords,
  planSearchData,
  planView,
  servicesOf,
  serviceTitle,
  shownRowCount,
  signatoryLines,
  sortFollowUps,
  sortPlans,
  withServiceSlugs,
} from './plans.ts';

const row = (services: string[], extra: Partial<PlanRow> = {}): PlanRow => ({
  area: 'Område',
  services,
  goal: 'Mål',
  activity: 'Aktivitet',
  ...extra,
});

describe('servicesOf', () => {
  it('lists each service once, in Swedish alphabetical order, with its number of rows', () => {
    const services = servicesOf([
      row(['Socialtjänst', 'Skola']),
      row(['Skola', 'Övrigt', 'Förskola']),
      row(['Ämneslag']),
    ]);
    expect(services).toEqual([
      { name: 'Förskola', slug: 'forskola', count: 1 },
      { name: 'Skola', slug: 'skola', count: 2 },
      { name: 'Socialtjänst', slug: 'socialtjanst', count: 1 },
      { name: 'Ämneslag', slug: 'amneslag', count: 1 },
      { name: 'Övrigt', slug: 'ovrigt', count: 1 },
    ]);
  });

  it('counts a row once even when it names a service twice', () => {
    expect(servicesOf([row(['Skola', 'Skola'])])).toEqual([{ name: 'Skola', slug: 'skola', count: 1 }]);
  });

  it('gives names that make the same slug their own numbered slugs, so no filter page is lost', () => {
    const slugs = servicesOf([row(['Skola/elevhälsa', 'Skola elevhälsa', 'Skola-elevhälsa'])]).map((s) => s.slug);
    expect(slugs).toEqual(['skola-elevhalsa', 'skola-elevhalsa-2', 'skola-elevhalsa-3']);
  });

  it('gives a name without letters or digits a slug of its own', () => {
    expect(servicesOf([row(['–'])])[0]?.slug).toBe('verksamhet');
  });

  it('has no services for an empty matrix', () => {
    expect(servicesOf([])).toEqual([]);
  });
});

describe('withServiceSlugs', () => {
  const rows = [row(['Skola', 'Socialtjänst']), row(['Förskola'])];
  const slugged = withServiceSlugs(rows, servicesOf(rows));

  it('adds the slugs of each row’s services and keeps the row as it was', () => {
    expect(slugged.map((r) => r.serviceSlugs)).toEqual([['skola', 'socialtjanst'], ['forskola']]);
    expect(slugged[0]).toMatchObject(rows[0]!);
  });
});

describe('matrixCount and filterLabel', () => {
  it('says how many rows are shown of how many, and for which service', () => {
    expect(matrixCount(3, 7, 'Skola')).toBe('Visar 3 av 7 rader: verksamheten Skola.');
  });

  it('says that all rows are shown when no service is chosen', () => {
    expect(matrixCount(7, 7)).toBe('Visar alla 7 rader.');
  });

  it.each([
    [1, 'Skola: 1 rad'],
    [4, 'Skola: 4 rader'],
  ])('labels a service with %i rows as %j', (count, label) => {
    expect(filterLabel({ name: 'Skola', slug: 'skola', count })).toBe(label);
  });
});

describe('filterPageServices', () => {
  it('gives every service a filter page when the matrix names two or more', () => {
    expect(filterPageServices([row(['Skola']), row(['BHV'])]).map((s) => s.slug)).toEqual(['bhv', 'skola']);
  });

  it('gives none when there is nothing to filter', () => {
    expect(filterPageServices([row(['Skola']), row(['Skola'])])).toEqual([]);
    expect(filterPageServices([])).toEqual([]);
  });
});

describe('matrixFilters and shownRowCount', () => {
  const rows = [row(['Skola', 'BHV']), row(['Skola']), row(['Socialtjänst'])];
  const services = servicesOf(rows);
  const skola = services.find((s) => s.slug === 'skola');
  const plan = { id: 'plan', title: 'Planen' };

  it('links all rows first, then each service, at the matrix, with what the script announces and titles the tab', () => {
    expect(matrixFilters(plan, services, rows.length, 'Sajten')).toEqual([
      {
        slug: '',
        href: '/handlingsplaner/plan/#matris',
        label: 'Alla verksamheter: 3 rader',
        count: matrixCount(3, 3),
        title: 'Planen – Sajten',
        current: true,
      },
      {
        slug: 'bhv',
        href: '/handlingsplaner/plan/verksamhet/bhv/#matris',
        label: 'BHV: 1 rad',
        count: matrixCount(1, 3, 'BHV'),
        title: 'Planen, verksamheten BHV – Sajten',
        current: false,
      },
      {
        slug: 'skola',
        href: '/handlingsplaner/plan/verksamhet/skola/#matris',
        label: 'Skola: 2 rader',
        count: matrixCount(2, 3, 'Skola'),
        title: 'Planen, verksamheten Skola – Sajten',
        current: false,
      },
      {
        slug: 'socialtjanst',
        href: '/handlingsplaner/plan/verksamhet/socialtjanst/#matris',
        label: 'Socialtjänst: 1 rad',
        count: matrixCount(1, 3, 'Socialtjänst'),
        title: 'Planen, verksamheten Socialtjänst – Sajten',
        current: false,
      },
    ]);
  });

  it('marks the filter page’s service, and counts its rows', () => {
    const filters = matrixFilters(plan, services, rows.length, 'Sajten', skola);
    expect(filters.filter((f) => f.current).map((f) => f.slug)).toEqual(['skola']);
    const slugged = withServiceSlugs(rows, services);
    expect(shownRowCount(slugged, skola)).toBe(2);
    expect(shownRowCount(slugged)).toBe(3);
  });
});

describe('serviceTitle', () => {
  it('names the plan and the service', () => {
    expect(serviceTitle('Handlingsplan 2016–2017', 'Skola')).toBe('Handlingsplan 2016–2017, verksamheten Skola');
  });
});

describe('signatoryLines', () => {
  it('writes each signatory on one line with what is given', () => {
    expect(
      signatoryLines([
        { name: 'Anna', title: 'direktör', organisation: 'Regionen' },
        { name: 'Bo', organisation: 'Kommunen' },
      ]),
    ).toEqual(['Anna, direktör, Regionen', 'Bo, Kommunen']);
    expect(signatoryLines(undefined)).toEqual([]);
  });
});

describe('formatPeriod', () => {
  it.each([
    [{ start: 2016, end: 2017 }, '2016–2017'],
    [{ start: 2021, end: 2021 }, '2021'],
  ])('writes %j as %j', (period, text) => {
    expect(formatPeriod(period)).toBe(text);
  });
});

describe('sortPlans', () => {
  it('puts the plan whose period ends last first, then the one that starts last, then sorts by title', () => {
    const plan = (id: string, start: number, end: number, title = id) => ({
      id,
      data: { title, period: { start, end } },
    });
    const sorted = sortPlans([plan('a', 2016, 2017), plan('c', 2021, 2021, 'Öppen'), plan('b', 2020, 2021, 'Ärende')]);
    expect(sorted.map((p) => p.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('matrixRecords', () => {
  it('gives one record per row in the header’s columns, services joined with "; " and empty cells empty', () => {
    const records = matrixRecords([
      row(['Skola', 'Hälso- och sjukvård (BHV)'], { measure: 'Frånvaro', done: '2017', status: 'klar' }),
      row(['Förskola']),
    ]);
    expect(records).toEqual([
      ['Område', 'Skola; Hälso- och sjukvård (BHV)', 'Mål', 'Frånvaro', 'Aktivitet', '2017', 'Klar'],
      ['Område', 'Förskola', 'Mål', '', 'Aktivitet', '', ''],
    ]);
    for (const record of records) expect(record).toHaveLength(CSV_HEADER.length);
  });

  it('has a Swedish header in the order of the table', () => {
    expect(CSV_HEADER).toEqual(['Område', 'Verksamheter', 'Mål', 'Mått', 'Aktivitet', 'Genomfört', 'Status']);
  });
});

describe('followUpSections and sortFollowUps', () => {
  it('gives the parts that have points, in the poster’s order, with Swedish headings', () => {
    const sections = followUpSections({ year: 2021, milestones: ['M'], changes: ['C'], hard: [], results: ['R'] });
    expect(sections).toEqual([
      { key: 'changes', heading: 'Genomförda förändringar', points: ['C'] },
      { key: 'results', heading: 'Resultat', points: ['R'] },
      { key: 'milestones', heading: 'Viktiga milstolpar', points: ['M'] },
    ]);
  });

  it('gives nothing for a follow-up without points', () => {
    expect(followUpSections({ year: 2021 })).toEqual([]);
  });

  it('orders follow-ups from the oldest year, and takes a missing list as empty', () => {
    expect(sortFollowUps([{ year: 2022 }, { year: 2020 }, { year: 2021 }]).map((f) => f.year)).toEqual([
      2020, 2021, 2022,
    ]);
    expect(sortFollowUps(undefined)).toEqual([]);
  });
});

describe('planView', () => {
  const people = new Map([
    ['anna', { id: 'anna', data: { name: 'Anna', organisation: 'Regionen', email: 'anna@example.se' } }],
  ]);
  const focusAreas = new Map([['psykisk-halsa', { data: { name: 'Psykisk hälsa' } }]]);

  it('gives the rows with slugs, the services, the focus area names and the contacts in the plan’s order', () => {
    const view = planView({ rows: [row(['Skola'])], contacts: ['anna', 'okand'] }, people, focusAreas);
    expect(view.rows[0]?.serviceSlugs).toEqual(['skola']);
    expect(view.services).toEqual([{ name: 'Skola', slug: 'skola', count: 1 }]);
    expect(view.focusAreaNames.get('psykisk-halsa')).toBe('Psykisk hälsa');
    expect(view.contacts.map((c) => c.id)).toEqual(['anna']);
  });

  it('gives an empty matrix and no contacts to a plan with only goals', () => {
    const view = planView({}, people, focusAreas);
    expect(view).toMatchObject({ rows: [], services: [], contacts: [] });
  });
});

describe('planSearchData', () => {
  it('indexes a plan by every year of its period and the focus areas of its rows and goals, once each', () => {
    const data = planSearchData({
      period: { start: 2016, end: 2018 },
      revised: '2016-10-21',
      rows: [row(['Skola'], { focusAreas: ['psykisk-halsa'] }), row(['Skola'], { focusAreas: ['fullfoljda-studier'] })],
      goals: [{ title: 'Mål', focusAreas: ['psykisk-halsa'] }],
    });
    expect(data).toEqual({
      type: 'handlingsplan',
      date: '2016-10-21',
      years: [2016, 2017, 2018],
      municipalities: [],
      focusAreas: ['fullfoljda-studier', 'psykisk-halsa'],
    });
  });
});
