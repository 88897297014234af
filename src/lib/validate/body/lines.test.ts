import { describe, expect, it } from 'vitest';
import { Lines } from './lines.ts';

describe('Lines', () => {
  const lines = new Lines('ab\ncde\n\nf');

  it.each([
    [0, 1, 1],
    [3, 2, 1],
    [5, 2, 3],
    [7, 3, 1],
    [8, 4, 1],
  ])('places offset %i on line %i, column %i', (offset, line, column) => {
    expect(lines.point(offset)).toEqual({ line, column, offset });
    expect(lines.offset(line, column)).toBe(offset);
  });

  it('keeps an offset inside the text for a place beyond it', () => {
    expect(lines.offset(99, 99)).toBe(9);
    expect(lines.offset(0, 1)).toBe(0);
  });
});
