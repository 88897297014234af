import { describe, expect, it } from 'vitest';
import { formatDate, yearOf } from './dates.ts';

describe('formatDate', () => {
  it.each([
    ['2020-09-21', '21 september 2020'],
    ['2021-01-19', '19 januari 2021'],
    ['2023-03', 'mars 2023'],
    ['2020-03-03', '3 mars 2020'],
  ])('formats %s as "%s"', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });
});

describe('yearOf', () => {
  it('reads the year of a full date and of a month', () => {
    expect(yearOf('2020-09-21')).toBe(2020);
    expect(yearOf('2023-03')).toBe(2023);
  });
});
