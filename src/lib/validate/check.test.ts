import { describe, expect, it } from 'vitest';
import { wholeFile } from './check.ts';

describe('wholeFile', () => {
  it('places a problem about the whole file at its first line, in the field file', () => {
    expect(wholeFile('file-empty', 'filen är tom')).toEqual({
      line: 1,
      column: 1,
      severity: 'error',
      field: 'file',
      message: 'filen är tom',
      rule: 'file-empty',
    });
  });

  it('names another field when asked', () => {
    expect(wholeFile('type', 'fälten saknas', 'front matter').field).toBe('front matter');
  });
});
