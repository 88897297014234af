import { describe, expect, it } from 'vitest';
import { didYouMean, suggest } from './suggest.ts';

describe('suggest', () => {
  it.each([
    ['tittle', ['title', 'date', 'time'], 'title'],
    ['ida-eriksson', ['ida-erixon', 'ida-hoglund'], 'ida-erixon'],
    ['Faktruta', ['Faktaruta', 'Citat', 'Video'], 'Faktaruta'],
  ])('suggests the closest name for "%s"', (value, candidates, expected) => {
    expect(suggest(value, candidates)).toBe(expected);
  });

  it('suggests nothing when no name is close', () => {
    expect(suggest('municipalities', ['title', 'date'])).toBeUndefined();
  });
});

describe('didYouMean', () => {
  it('writes the suggestion as a Swedish question', () => {
    expect(didYouMean('tittle', ['title'])).toBe(' – menade du "title"?');
  });

  it('is empty when there is nothing to suggest', () => {
    expect(didYouMean('xyz', ['title'])).toBe('');
  });
});
