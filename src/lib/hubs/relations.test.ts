import { describe, expect, it } from 'vitest';
import { meetingsByTeam, meetingsOfFocusArea, meetingsOfMunicipality } from './relations.ts';

const meetings = [
  { id: 'b', data: { date: '2023-03', teams: ['attarp', 'kaa'] } },
  { id: 'a', data: { date: '2021-01-19', teams: ['attarp'] } },
  { id: 'c', data: { date: '2020-09-21' } },
];

describe('meetingsByTeam', () => {
  const byTeam = meetingsByTeam(meetings);

  it('lists, for each team, the meetings whose teams include it, oldest first', () => {
    expect(byTeam.get('attarp')?.map((m) => m.id)).toEqual(['a', 'b']);
    expect(byTeam.get('kaa')?.map((m) => m.id)).toEqual(['b']);
  });

  it('has nothing for a team that never presented', () => {
    expect(byTeam.get('okand')).toBeUndefined();
    expect([...byTeam.keys()].sort()).toEqual(['attarp', 'kaa']);
  });

  it('lists a meeting once even when it names the team twice', () => {
    expect(meetingsByTeam([{ id: 'x', data: { date: '2024-01-01', teams: ['t', 't'] } }]).get('t')).toHaveLength(1);
  });
});

describe('meetingsOfMunicipality and meetingsOfFocusArea', () => {
  const teams = [
    { id: 'attarp', data: { municipalities: ['norrby'], focusAreas: ['fysisk-aktivitet'] } },
    { id: 'kaa', data: { municipalities: ['soderby'], focusAreas: ['psykisk-halsa'] } },
    { id: 'utkast', data: { municipalities: ['osterby'], focusAreas: ['fullfoljda-studier'], draft: true } },
  ];
  const topical = [
    { id: 'a', data: { date: '2021-01-19', teams: ['attarp'] } },
    { id: 'b', data: { date: '2023-03', municipalities: ['soderby'], focusAreas: ['fullfoljda-studier'] } },
    { id: 'c', data: { date: '2020-09-21', teams: ['utkast', 'kaa'] } },
    { id: 'd', data: { date: '2022-01-01' } },
  ];

  it.each([
    ['norrby', ['a']],
    ['soderby', ['b', 'c']],
    ['osterby', []],
    ['vasterby', []],
  ])('finds for the municipality %s the meetings %j, newest first', (id, expected) => {
    expect(meetingsOfMunicipality(id, topical, teams).map((m) => m.id)).toEqual(expected);
  });

  it.each([
    ['fysisk-aktivitet', ['a']],
    ['psykisk-halsa', ['c']],
    ['fullfoljda-studier', ['b']],
  ])('finds for the focus area %s the meetings %j, newest first', (id, expected) => {
    expect(meetingsOfFocusArea(id, topical, teams).map((m) => m.id)).toEqual(expected);
  });
});
