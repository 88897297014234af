import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { referencedCollection, VideoUrlSchema, TimeRangeSchema, DayOrMonthSchema } from './fragments.ts';
import { MeetingSchema } from './meeting.ts';
import { PersonSchema } from './person.ts';
import { PlanSchema } from './plan.ts';
import { SeriesSchema } from './series.ts';
import { SiteSchema } from './site.ts';
import { FocusAreasFileSchema, MunicipalitiesFileSchema } from './taxonomies.ts';
import { TeamSchema } from './team.ts';
import { COLLECTIONS, SITE_FILE } from './index.ts';
import { describedPlaces, readMeta } from './meta.ts';

const meeting = {
  title: 'Goda exempel',
  date: '2020-09-21',
  time: '13:30–16:00',
  summary: 'Teamen berättade om sina tester och sitt nuläge.',
  speakers: [{ person: 'ida-erixon' }, { name: 'Tyra', role: 'samordnare', organisation: 'SKR' }],
  videos: [{ title: 'Intervju', url: 'https://vimeo.com/1', captions: false }],
};
const team = {
  name: 'Team',
  summary: 'Ett team.',
  municipalities: ['nassjo'],
  organisations: ['Barnhälsovården'],
  focusAreas: ['psykisk-halsa'],
  status: 'infort',
};
const plan = {
  title: 'Handlingsplan',
  period: { start: 2016, end: 2017 },
  owner: 'Strategigrupp Barn och unga',
  rows: [{ area: 'A', services: ['Skola'], goal: 'G', activity: 'X' }],
};

const VALID: Array<[string, z.ZodType, unknown]> = [
  ['a meeting', MeetingSchema, meeting],
  ['a meeting known only by month', MeetingSchema, { ...meeting, date: '2023-03' }],
  ['a team', TeamSchema, team],
  ['a person without title', PersonSchema, { name: 'A', organisation: 'B', email: 'a@rjl.se' }],
  ['a plan with rows', PlanSchema, plan],
  [
    'a plan with goals only',
    PlanSchema,
    { ...plan, rows: undefined, goals: [{ title: 'Mål', followUps: [{ year: 2021, results: ['R'] }] }] },
  ],
  ['a series', SeriesSchema, { name: 'Omgång', start: '2020-03' }],
  ['site settings', SiteSchema, { name: 'N', description: 'D', owner: 'O' }],
  ['a team whose municipality no source states, as an empty list', TeamSchema, { ...team, municipalities: [] }],
  ['the municipalities', MunicipalitiesFileSchema, [{ id: 'nassjo', name: 'Nässjö' }]],
  ['the focus areas', FocusAreasFileSchema, [{ id: 'psykisk-halsa', name: 'Psykisk hälsa' }]],
];

const INVALID: Array<[string, z.ZodType, unknown, string]> = [
  ['a meeting without title', MeetingSchema, { ...meeting, title: undefined }, 'title'],
  ['a meeting with a summary under 30 characters', MeetingSchema, { ...meeting, summary: 'Kort.' }, 'summary'],
  ['a meeting with an unknown key', MeetingSchema, { ...meeting, plats: 'X' }, ''],
  ['a meeting with an impossible date', MeetingSchema, { ...meeting, date: '2021-02-29' }, 'date'],
  ['a meeting with a time ending before it starts', MeetingSchema, { ...meeting, time: '16:00–13:00' }, 'time'],
  ['a meeting with an unknown kind', MeetingSchema, { ...meeting, kind: 'fest' }, 'kind'],
  [
    'a speaker with both shapes mixed',
    MeetingSchema,
    { ...meeting, speakers: [{ person: 'a', role: 'b' }] },
    'speakers.0',
  ],
  [
    'a video without captions flag',
    MeetingSchema,
    { ...meeting, videos: [{ title: 'V', url: 'https://vimeo.com/1' }] },
    'videos.0.captions',
  ],
  [
    'a video from another host',
    MeetingSchema,
    { ...meeting, videos: [{ title: 'V', url: 'https://example.com/v', captions: true }] },
    'videos.0.url',
  ],
  [
    'a team that leaves out its municipalities by mistake',
    TeamSchema,
    { ...team, municipalities: undefined },
    'municipalities',
  ],
  ['a team with an unknown status', TeamSchema, { ...team, status: 'klar' }, 'status'],
  ['a team image with empty alt', TeamSchema, { ...team, image: { src: 'a.jpg', alt: ' ' } }, 'image.alt'],
  ['a person with a bad e-mail', PersonSchema, { name: 'A', organisation: 'B', email: 'a@' }, 'email'],
  ['a plan without rows or goals', PlanSchema, { ...plan, rows: [] }, ''],
  [
    'a plan whose period ends before it starts',
    PlanSchema,
    { ...plan, period: { start: 2017, end: 2016 } },
    'period.end',
  ],
  ['a municipality with a bad id', MunicipalitiesFileSchema, [{ id: 'Nässjö', name: 'Nässjö' }], '0.id'],
];

describe.each(VALID)('the schema accepts %s', (_name, schema, value) => {
  it('parses without issues', () => {
    expect(schema.safeParse(value).error?.issues).toBeUndefined();
  });
});

describe.each(INVALID)('the schema rejects %s', (_name, schema, value, field) => {
  it(`with an issue at "${field || '(root)'}" and a message`, () => {
    const issues = schema.safeParse(value).error?.issues ?? [];
    expect(issues.map((issue) => issue.path.join('.'))).toContain(field);
    expect(issues.every((issue) => issue.message.length > 0)).toBe(true);
  });
});

describe('field formats', () => {
  it.each(['13:00–16:00', '13:00-16:00', '09:30 – 12:00'])('accepts the time %s', (value) => {
    expect(TimeRangeSchema.safeParse(value).success).toBe(true);
  });
  it.each(['13-16', '13:00', '25:00–26:00', '13.00–16.00'])('rejects the time %s', (value) => {
    expect(TimeRangeSchema.safeParse(value).success).toBe(false);
  });
  it.each([
    'https://vimeo.com/461763730/8ce75e8ef9',
    'https://www.youtube.com/watch?v=UtQ8VsjdF5U',
    'https://youtu.be/UtQ8VsjdF5U',
    'https://youtube.com/shorts/UtQ8VsjdF5U',
    'https://m.youtube.com/watch?v=UtQ8VsjdF5U',
    'https://player.vimeo.com/video/461763730?h=8ce75e8ef9',
  ])('accepts the video %s', (value) => expect(VideoUrlSchema.safeParse(value).success).toBe(true));
  it.each([
    'http://vimeo.com/1',
    'https://vimeo.com.evil.example/1',
    'javascript:alert(1)',
    'min film',
    'https://youtu.be/x',
    'https://vimeo.com/showcase/10234567',
    'https://www.youtube.com/playlist?list=PLabcdefghijklmnop',
  ])('rejects the video %s', (value) => {
    expect(VideoUrlSchema.safeParse(value).success).toBe(false);
  });
  it.each(['2020-09-21', '2023-03', '2024-02-29'])('accepts the date %s', (value) => {
    expect(DayOrMonthSchema.safeParse(value).success).toBe(true);
  });
  it.each(['2020-13', '2023-02-29', '21/9 2020', '2020-9-21'])('rejects the date %s', (value) => {
    expect(DayOrMonthSchema.safeParse(value).success).toBe(false);
  });
});

describe('references', () => {
  it('marks every reference field with the collection it points at', () => {
    const shape = MeetingSchema.shape;
    expect(referencedCollection(shape.series.unwrap())).toBe('series');
    expect(referencedCollection(shape.teams.unwrap().element)).toBe('teams');
    expect(referencedCollection(shape.contacts.unwrap().element)).toBe('people');
    expect(referencedCollection(TeamSchema.shape.municipalities.element)).toBe('municipalities');
    expect(referencedCollection(TeamSchema.shape.focusAreas.element)).toBe('focusAreas');
  });

  it('only points at collections that exist', () => {
    expect(Object.keys(COLLECTIONS)).toEqual(
      expect.arrayContaining(['meetings', 'series', 'teams', 'people', 'plans', 'municipalities', 'focusAreas']),
    );
  });
});

/** Every schema of the content model: the collections and site.yaml. */
const ROOTS: Array<[string, z.ZodType]> = [
  ...Object.entries(COLLECTIONS).map(([name, spec]): [string, z.ZodType] => [name, spec.schema]),
  ['site', SITE_FILE.schema],
];

describe.each(ROOTS)('the field metadata of %s', (_name, schema) => {
  const places = [...describedPlaces(schema)];

  it.each(places.map((place) => [place.path, place.schema] as const))(
    'describes %s with a label, a one-line help and an example that the field accepts',
    (_path, field) => {
      const meta = readMeta(field);
      expect(meta.label).toEqual(expect.stringMatching(/\S/));
      expect(meta.help).toEqual(expect.stringMatching(/^[^\n]+$/));
      expect(meta.example).toBeDefined();
      expect(field.safeParse(meta.example).error?.issues).toBeUndefined();
    },
  );

  it('leaves lengths and counts to the schema instead of writing them in a help text', () => {
    for (const place of places) {
      expect(String(readMeta(place.schema).help), place.path).not.toMatch(
        /\d+\s*[–-]\s*\d+ tecken|\b(minst|högst) \d/i,
      );
    }
  });
});

describe('the phone field of a person', () => {
  const person = (phone: string) => PersonSchema.safeParse({ name: 'A', organisation: 'B', email: 'a@rjl.se', phone });

  it.each([
    '+46 (0)36-32 10 00',
    '+46 (0)36 32 10 00',
    '036-32 10 00',
    '036 - 32 10 00',
    '010-242 40 00',
    '+46 10 242 40 00',
    '+46 70-123 45 67',
    '070-123 45 67',
    '(036) 32 10 00',
    '0771-11 00 00',
    '072-2343561',
  ])('accepts %s, as Swedish organisations print it', (phone) => {
    expect(person(phone).success).toBe(true);
  });

  it.each(['ring växeln', '036--32 10 00', '12345', '+46 (0)36-32 10 00 eller 036-32 10 01', '036/32 10 00', ''])(
    'refuses %s',
    (phone) => {
      expect(person(phone).success).toBe(false);
    },
  );
});
