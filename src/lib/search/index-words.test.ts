import { describe, expect, it } from 'vitest';
import { indexWords } from './index-words.ts';

describe('indexWords', () => {
  it('lists each word of three letters or more once, in small letters, the most widely used first', () => {
    expect(indexWords(['Hembesök i Nässjö, hembesök', 'Hembesök och barn'])).toEqual([
      'hembesök',
      'barn',
      'nässjö',
      'och',
    ]);
  });

  it('keeps at most the given number of words', () => {
    expect(indexWords(['alfa beta gamma'], 2)).toHaveLength(2);
  });
});
