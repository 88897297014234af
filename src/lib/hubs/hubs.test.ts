import { describe, expect, it } from 'vitest';
import {
  COUNTY_WIDE_ID,
  focusAreaHub,
  focusAreaSummaries,
  municipalityHub,
  participation,
  participationSummary,
  participationText,
  splitCounty,
  type HubMeeting,
  type HubPlan,
} from './hubs.ts';
import type { TeamEntry } from '../teams/teams.ts';

const team = (id: string, municipalities: string[], focusAreas: string[], draft = false): TeamEntry => ({
  id,
  data: { name: id.toUpperCase(), summary: 'S', municipalities, focusAreas, status: 'testar', draft },
});

const teams = [
  team('a', ['norrby'], ['psykisk-halsa']),
  team('b', ['norrby', 'soderby'], ['fysisk-aktivitet']),
  team('c', [COUNTY_WIDE_ID], ['psykisk-halsa']),
  team('utkast', ['osterby'], ['fullfoljda-studier'], true),
];

const meeting = (id: string, date: string, data: Partial<HubMeeting['data']> = {}): HubMeeting => ({
  id,
  data: { title: id, date, ...data },
});

const meetings = [
  meeting('m1', '2020-09-21', { teams: ['a'] }),
  meeting('m2', '2023-03', { municipalities: ['vasterby'], focusAreas: ['fullfoljda-studier'] }),
  meeting('m3', '2021-01-19', { teams: ['utkast', 'c'], focusAreas: ['psykisk-halsa'] }),
  meeting('m4', '2022-05-01'),
];

const municipalities = [
  { id: 'norrby', name: 'Norrby' },
  { id: 'soderby', name: 'Söderby' },
  { id: 'osterby', name: 'Österby' },
  { id: 'vasterby', name: 'Västerby' },
  { id: COUNTY_WIDE_ID, name: 'Hela länet' },
];

describe('participation', () => {
  const list = participation(municipalities, teams, meetings);

  it.each([
    ['norrby', 2, 1, true],
    ['soderby', 1, 0, true],
    ['vasterby', 0, 1, true],
    ['osterby', 0, 0, false],
    [COUNTY_WIDE_ID, 1, 1, true],
  ])('counts for %s %i teams and %i meetings, so it takes part: %s', (id, teamCount, meetingCount, takesPart) => {
    const item = list.find((p) => p.id === id);
    expect(item).toMatchObject({ teams: teamCount, meetings: meetingCount, takesPart, url: `/kommuner/${id}/` });
  });

  it('does not let a draft team make its municipality take part', () => {
    expect(list.find((p) => p.id === 'osterby')?.takesPart).toBe(false);
  });

  it('keeps the order of the municipalities file', () => {
    expect(list.map((p) => p.id)).toEqual(municipalities.map((m) => m.id));
  });

  it('counts the taking part municipalities without the whole county', () => {
    expect(participationSummary(list)).toEqual({ count: 3, total: 4 });
  });

  it('separates the whole county from the municipalities', () => {
    const { municipalities: local, county } = splitCounty(list);
    expect(local.map((p) => p.id)).toEqual(['norrby', 'soderby', 'osterby', 'vasterby']);
    expect(county.map((p) => p.id)).toEqual([COUNTY_WIDE_ID]);
  });
});

describe('participationText', () => {
  it.each([
    [{ takesPart: true, teams: 2, meetings: 1 }, 'Deltar', '2 exempel, 1 träff'],
    [{ takesPart: true, teams: 1, meetings: 3 }, 'Deltar', '1 exempel, 3 träffar'],
    [{ takesPart: true, teams: 0, meetings: 2 }, 'Deltar', '2 träffar'],
    [{ takesPart: true, teams: 4, meetings: 0 }, 'Deltar', '4 exempel'],
    [{ takesPart: false, teams: 0, meetings: 0 }, 'Inget publicerat ännu', ''],
  ])('says %j in words: %s, %j', (item, label, details) => {
    expect(participationText(item)).toEqual({ label, details });
  });
});

describe('a team whose municipality no source states', () => {
  const unstated = team('okand', [], ['psykisk-halsa']);
  const withUnstated = [...teams, unstated];

  it('makes no municipality take part and is on no municipality’s hub', () => {
    expect(participation(municipalities, withUnstated, meetings)).toEqual(
      participation(municipalities, teams, meetings),
    );
    for (const { id } of municipalities) {
      expect(municipalityHub(id, withUnstated, meetings).teams.map((t) => t.id)).not.toContain('okand');
    }
  });

  it('is on the hub of its focus area', () => {
    expect(focusAreaHub('psykisk-halsa', withUnstated, meetings, []).teams.map((t) => t.id)).toContain('okand');
  });
});

describe('municipalityHub', () => {
  it('lists the municipality’s published teams by name and its meetings newest first', () => {
    const hub = municipalityHub('norrby', teams, meetings);
    expect(hub.teams.map((t) => t.id)).toEqual(['a', 'b']);
    expect(hub.meetings.map((m) => m.id)).toEqual(['m1']);
  });

  it('lists nothing for a municipality with only a draft team', () => {
    expect(municipalityHub('osterby', teams, meetings)).toEqual({ teams: [], meetings: [] });
  });
});

describe('focusAreaHub', () => {
  const plans: HubPlan[] = [
    {
      id: 'plan-a',
      data: {
        title: 'Plan A',
        rows: [
          { area: 'R1', services: ['Skola'], goal: 'G1', activity: 'A1', focusAreas: ['psykisk-halsa'] },
          { area: 'R2', services: ['Skola'], goal: 'G2', activity: 'A2' },
          {
            area: 'R3',
            services: ['Skola'],
            goal: 'G3',
            activity: 'A3',
            focusAreas: ['fysisk-aktivitet', 'psykisk-halsa'],
          },
        ],
      },
    },
    { id: 'plan-b', data: { title: 'Plan B', goals: [{ title: 'Mål B', focusAreas: ['psykisk-halsa'] }] } },
    { id: 'plan-c', data: { title: 'Plan C', goals: [{ title: 'Mål C' }] } },
  ];

  it('lists teams, meetings, and the plan rows and goals that name the area, each with its plan', () => {
    const hub = focusAreaHub('psykisk-halsa', teams, meetings, plans);
    expect(hub.teams.map((t) => t.id)).toEqual(['a', 'c']);
    expect(hub.meetings.map((m) => m.id)).toEqual(['m3', 'm1']);
    expect(hub.rows.map((r) => `${r.plan.url} ${r.row.area}`)).toEqual([
      '/handlingsplaner/plan-a/ R1',
      '/handlingsplaner/plan-a/ R3',
    ]);
    expect(hub.goals.map((g) => `${g.plan.title}: ${g.goal.title}`)).toEqual(['Plan B: Mål B']);
    expect(hub.plans.map((plan) => plan.id)).toEqual(['plan-a', 'plan-b']);
  });

  it('lists only what names the area, and nothing for a draft team', () => {
    const hub = focusAreaHub('fullfoljda-studier', teams, meetings, plans);
    expect(hub.teams).toEqual([]);
    expect(hub.meetings.map((m) => m.id)).toEqual(['m2']);
    expect(hub.rows).toEqual([]);
    expect(hub.goals).toEqual([]);
    expect(hub.plans).toEqual([]);
  });
});

describe('focusAreaSummaries', () => {
  it('sorts the areas by name and counts the published teams of each area', () => {
    const areas = [
      { id: 'psykisk-halsa', data: { name: 'Psykisk hälsa', description: 'Om psyket.' } },
      { id: 'fullfoljda-studier', data: { name: 'Fullföljda studier' } },
    ];
    expect(focusAreaSummaries(areas, teams)).toEqual([
      {
        id: 'fullfoljda-studier',
        name: 'Fullföljda studier',
        url: '/fokusomraden/fullfoljda-studier/',
        description: undefined,
        teams: 0,
      },
      {
        id: 'psykisk-halsa',
        name: 'Psykisk hälsa',
        url: '/fokusomraden/psykisk-halsa/',
        description: 'Om psyket.',
        teams: 2,
      },
    ]);
  });
});
