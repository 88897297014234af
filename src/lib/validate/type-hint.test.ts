import { describe, expect, it } from 'vitest';
import { MeetingSchema } from '../../schemas/meeting.ts';
import { PlanSchema } from '../../schemas/plan.ts';
import { TeamSchema } from '../../schemas/team.ts';
import { typeHint } from './type-hint.ts';

describe('typeHint', () => {
  it.each([
    [
      MeetingSchema,
      { contacts: 'ida-erixon' },
      ['contacts'],
      'ska vara en lista, inte en text. Skriv en rad per sak, med ett bindestreck först:\n  contacts:\n    - ida-erixon',
    ],
    [
      MeetingSchema,
      { teams: 'team-a; team-b och team-c' },
      ['teams'],
      '\n  teams:\n    - team-a\n    - team-b\n    - team-c',
    ],
    [MeetingSchema, { speakers: ['Kim Karlsson'] }, ['speakers', 0], '\n  - name: Kim Karlsson'],
    [MeetingSchema, { speakers: ['ida-erixon'] }, ['speakers', 0], '\n  - person: ida-erixon'],
    [
      MeetingSchema,
      { series: ['runda'] },
      ['series'],
      'ska vara ett enda värde på samma rad som fältnamnet, inte en lista. Skriv till exempel:\n  series: runda',
    ],
    [TeamSchema, { image: '../images/a.jpg' }, ['image'], '\n  image:\n    src: ../images/a.jpg\n    alt: '],
    [
      PlanSchema,
      { period: '2016-2017' },
      ['period'],
      'ska skrivas med fält på egna rader, inte som en text. Skriv till exempel:\n  period:\n    start: ',
    ],
  ])('writes out what to write (%#)', (schema, data, path, expected) => {
    expect(typeHint(schema, data, path)).toContain(expected);
  });

  it('puts an address only where addresses go', () => {
    expect(typeHint(MeetingSchema, { links: ['https://www.rjl.se'] }, ['links', 0])).toMatch(
      /^varje sak i listan .*\n {2}- title: .+\n {4}url: https:\/\/www\.rjl\.se$/,
    );
  });

  it('leaves a text, a number or true/false written as such to their own schema', () => {
    expect(typeHint(MeetingSchema, { title: 12 }, ['title'])).toBeUndefined();
    expect(typeHint(MeetingSchema, { draft: 'ja' }, ['draft'])).toBeUndefined();
  });
});
