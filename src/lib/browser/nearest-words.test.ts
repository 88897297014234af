import { describe, expect, it } from 'vitest';
import { correctedQuery, editDistance, fold, lookedUp, MAX_LOOKED_UP, nearestWords } from './nearest-words.ts';

const WORDS = ['hembesök', 'warfvinge', 'attarpsskolan', 'värnamo', 'barn', 'barnen', 'vinge'];

describe('nearestWords', () => {
  it.each([
    ['Warfwinge', ['warfvinge']],
    ['Attarpskolan', ['attarpsskolan']],
    ['hembseök', ['hembesök']],
    ['Varnamu', ['värnamo']],
  ])('suggests the indexed word a small typo stands for: %s', (typed, expected) => {
    expect(nearestWords(typed, WORDS)).toEqual(expected);
  });

  it('suggests nothing for a word the index has or begins a word with, nor for a word far from all', () => {
    expect(nearestWords('barn', WORDS)).toEqual([]);
    expect(nearestWords('hembe', WORDS)).toEqual([]);
    expect(nearestWords('skottland', WORDS)).toEqual([]);
  });

  it('puts the nearest first', () => {
    expect(nearestWords('barna', ['barnen', 'barns'])).toEqual(['barns']);
  });
});

describe('the measures', () => {
  it('counts a swap of two letters as one edit, and folds case and diacritics', () => {
    expect(editDistance('hembseök', 'hembesök')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
    expect(fold('Nässjö')).toBe('nassjo');
  });

  it('corrects each word of a query that no indexed word begins with', () => {
    expect(correctedQuery('Attarpskolan barn', WORDS)).toBe('attarpsskolan barn');
    expect(correctedQuery('barn', WORDS)).toBeUndefined();
  });

  it('looks up only the first words of a long query, so an address with hundreds of words cannot freeze the page', () => {
    const typo = 'Warfwinge';
    const query = [...Array.from({ length: MAX_LOOKED_UP }, () => 'barn'), typo].join(' ');
    expect(lookedUp(query)).toHaveLength(MAX_LOOKED_UP);
    expect(correctedQuery(query, WORDS)).toBeUndefined();
    expect(correctedQuery(`${typo} ${query}`, WORDS)?.startsWith('warfvinge ')).toBe(true);
  });
});
