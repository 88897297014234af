import { describe, expect, it } from 'vitest';
import { meetingsOfTeam } from './relations.ts';

const meetings = [
  { id: 'b', data: { date: '2023-03', teams: ['attarp', 'kaa'] } },
  { id: 'a', data: { date: '2021-01-19', teams: ['attarp'] } },
  { id: 'c', data: { date: '2020-09-21' } },
];

describe('meetingsOfTeam', () => {
  it('lists the meetings whose teams include the team, oldest first', () => {
    expect(meetingsOfTeam('attarp', meetings).map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('returns nothing for a team that never presented', () => {
    expect(meetingsOfTeam('okand', meetings)).toEqual([]);
  });
});
