import { describe, expect, it } from 'vitest';
import { stockholmToUtc, todayInStockholm } from './stockholm-time.ts';

describe('todayInStockholm', () => {
  it.each([
    ['2023-05-22T21:59:00Z', '2023-05-22', 'late evening in summer time'],
    ['2023-05-22T22:00:00Z', '2023-05-23', 'midnight in summer time (UTC+2)'],
    ['2023-01-09T22:59:00Z', '2023-01-09', 'just before midnight in winter time'],
    ['2023-01-09T23:00:00Z', '2023-01-10', 'midnight in winter time (UTC+1)'],
    ['2023-12-31T23:30:00Z', '2024-01-01', 'the new year, which starts an hour earlier in Stockholm'],
  ])('reads %s as %s (%s)', (instant, expected) => {
    expect(todayInStockholm(new Date(instant))).toBe(expected);
  });
});

describe('stockholmToUtc', () => {
  it.each([
    ['2020-09-21', '13:30', '2020-09-21T11:30:00.000Z', 'summer time, two hours ahead of UTC'],
    ['2020-11-17', '13:30', '2020-11-17T12:30:00.000Z', 'winter time, one hour ahead of UTC'],
    ['2020-03-03', '13:00', '2020-03-03T12:00:00.000Z', 'early March, still winter time'],
    ['2024-03-31', '03:00', '2024-03-31T01:00:00.000Z', 'the first hour after the spring change'],
    ['2024-03-31', '01:59', '2024-03-31T00:59:00.000Z', 'the last minute before the spring change'],
    ['2024-10-27', '04:00', '2024-10-27T03:00:00.000Z', 'after the autumn change'],
    ['2024-10-26', '23:00', '2024-10-26T21:00:00.000Z', 'the evening before the autumn change'],
    ['2023-01-01', '00:00', '2022-12-31T23:00:00.000Z', 'midnight, which is the day before in UTC'],
  ])('turns %s %s into %s (%s)', (date, time, expected) => {
    expect(stockholmToUtc(date, time).toISOString()).toBe(expected);
  });

  it('gives back the same wall-clock time when read in Stockholm again', () => {
    const instant = stockholmToUtc('2021-06-30', '09:15');
    const shown = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(instant);
    expect(shown).toBe('2021-06-30 09:15');
  });
});
