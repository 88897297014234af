import { describe, expect, it } from 'vitest';
import { seriesIntro } from './home.ts';

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
