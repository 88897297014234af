import { describe, expect, it } from 'vitest';
import { datesToText } from './yaml-dates.ts';

describe('datesToText', () => {
  it('turns a top-level Date into YYYY-MM-DD text', () => {
    expect(datesToText({ date: new Date(Date.UTC(2020, 8, 21)) })).toEqual({ date: '2020-09-21' });
  });

  it('turns dates nested in lists and objects into text', () => {
    expect(datesToText({ goals: [{ at: new Date(Date.UTC(2016, 9, 21)) }] })).toEqual({
      goals: [{ at: '2016-10-21' }],
    });
  });

  it('leaves text, numbers, booleans and null as they are', () => {
    const value = { date: '2023-03', session: 2, draft: false, place: null };
    expect(datesToText(value)).toEqual(value);
  });
});
