import { describe, expect, it } from 'vitest';
import { absoluteIn, scheduleWhen } from './model.ts';

describe('absoluteIn', () => {
  it.each([
    ['/om/', 'https://example.se/om/', 'a page of the site'],
    ['https://extern.example/a', 'https://extern.example/a', 'an address elsewhere, as it is'],
  ])('makes %s %s (%s)', (address, expected) => {
    expect(absoluteIn({ siteUrl: 'https://example.se/' }, address)).toBe(expected);
  });
});

describe('scheduleWhen', () => {
  it.each([
    [{ session: 'Träff 1', dateText: '3 mars 2020', time: '13:00–16:00' }, 'Träff 1, 3 mars 2020, 13:00–16:00'],
    [{ dateText: '3 mars 2020' }, '3 mars 2020'],
    [{ session: 'Träff 2', dateText: 'mars 2023' }, 'Träff 2, mars 2023'],
  ])('writes %j as %j', (item, expected) => {
    expect(scheduleWhen(item)).toBe(expected);
  });
});
