import { describe, expect, it } from 'vitest';
import { indexWords, pageWords } from './index-words.ts';
import { textWords } from './text-words.ts';

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

  it('counts letters, not UTF-16 units: a letter outside the Basic Multilingual Plane is one', () => {
    // 𝒜 (U+1D49C) is a letter of two UTF-16 units: two of them are 4 units but 2 letters.
    expect(pageWords('𝒜𝒜 𝒜𝒜𝒜 öga på')).toEqual(['𝒜𝒜𝒜', 'öga']);
  });

  it('takes a text already read the same as the text', () => {
    const text = 'Barnhälsovården i Nässjö och Vetlanda';
    expect(pageWords(textWords(text))).toEqual(pageWords(text));
    expect(pageWords(text)).toEqual(['barnhälsovården', 'nässjö', 'och', 'vetlanda']);
  });
});
