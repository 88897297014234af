import { describe, expect, it } from 'vitest';
import { seriesIntro, startPageMeetings } from './home.ts';

describe('seriesIntro', () => {
  it('says the round goes on since its start, when it has no end', () => {
    expect(seriesIntro({ data: { name: 'Omgången', start: '2023-03' } })).toBe(
      'Just nu pågår omgången Omgången (sedan mars 2023).',
    );
  });

  it('says when the last round ran, when it has ended', () => {
    expect(seriesIntro({ data: { name: 'Omgången', start: '2020-03', end: '2021-01' } })).toBe(
      'Den senaste omgången, Omgången, pågick från mars 2020 till januari 2021.',
    );
  });

  it('says nothing without a round', () => {
    expect(seriesIntro(undefined)).toBeUndefined();
  });
});

describe('startPageMeetings', () => {
  const reports = ['d', 'c', 'b', 'a'];

  it('puts a planned meeting in the box and lists the latest reports but the extra one', () => {
    expect(startPageMeetings('next', reports, 3)).toEqual({
      next: 'next',
      featuredReport: undefined,
      latest: ['d', 'c', 'b'],
    });
  });

  it('puts the latest report in the box when no meeting is planned, and lists the ones after it', () => {
    expect(startPageMeetings(undefined, reports, 3)).toEqual({
      next: undefined,
      featuredReport: 'd',
      latest: ['c', 'b', 'a'],
    });
  });

  it('lists every report when there are fewer than the list holds', () => {
    expect(startPageMeetings('next', ['b', 'a'], 3).latest).toEqual(['b', 'a']);
  });

  it('leaves the box without a report when there is none', () => {
    expect(startPageMeetings(undefined, [], 3)).toEqual({ next: undefined, featuredReport: undefined, latest: [] });
  });
});
