import { describe, expect, it } from 'vitest';
import { textWords, wordsOf } from './text-words.ts';

describe('textWords', () => {
  it('reads each run of letters with where it starts, and every word lower-case once in order of first appearance', () => {
    const read = textWords('Hembesök i Nässjö; hembesök 2025.');
    expect(read.words).toEqual([
      { text: 'Hembesök', lower: 'hembesök', index: 0 },
      { text: 'i', lower: 'i', index: 9 },
      { text: 'Nässjö', lower: 'nässjö', index: 11 },
      { text: 'hembesök', lower: 'hembesök', index: 19 },
    ]);
    expect([...read.lower]).toEqual(['hembesök', 'i', 'nässjö']);
  });

  it('composes the text first, so a letter written with a combining mark is one letter of one word', () => {
    const read = textWords('Nässjö'.normalize('NFD'));
    expect(read.composed).toBe('Nässjö');
    expect(read.words.map((word) => word.text)).toEqual(['Nässjö']);
  });

  it('is not read again when already read', () => {
    const read = textWords('a b');
    expect(wordsOf(read)).toBe(read);
    expect(wordsOf('a b')).toEqual(read);
  });
});
