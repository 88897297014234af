import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter.ts';

describe('splitFrontMatter', () => {
  it('returns the YAML and a body whose lines keep their numbers', () => {
    const split = splitFrontMatter('---\ntitle: A\n---\n\nText');
    expect(split.yaml).toBe('title: A');
    expect(split.body.split('\n')[4]).toBe('Text');
    expect(split.hasBody).toBe(true);
    expect(split.problems).toEqual([]);
  });

  it('says when a file has front matter only', () => {
    expect(splitFrontMatter('---\ntitle: A\n---\n\n').hasBody).toBe(false);
  });

  it('reports a file that does not start with ---', () => {
    expect(splitFrontMatter('title: A\n').problems[0]?.rule).toBe('front-matter');
  });

  it('reports front matter that is never closed', () => {
    const split = splitFrontMatter('---\ntitle: A\n');
    expect(split.problems[0]?.message).toMatch(/avslutas aldrig/);
    expect(split.yaml).toBeUndefined();
  });
});
