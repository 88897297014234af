import { describe, expect, it } from 'vitest';
import { indexWords, pageWords } from './index-words.ts';

describe('indexWords', () => {
  it('lists each word of three letters or more once, in small letters, the most widely used first', () => {
    expect(indexWords(['Hembesök i Nässjö, hembesök', 'Hembesök och barn'].map(pageWords))).toEqual([
      'hembesök',
      'barn',
      'nässjö',
      'och',
    ]);
  });

  it('keeps at most the given number of words', () => {
    expect(indexWords([pageWords('alfa beta gamma')], 2)).toHaveLength(2);
  });
});

describe('pageWords', () => {
  it('gives the words of three letters or more of a text once each, in small letters', () => {
    expect(pageWords('Hembesök i Nässjö, hembesök')).toEqual(['hembesök', 'nässjö']);
  });
});
