import { describe, expect, it } from 'vitest';
import { fill } from './sv.ts';

describe('fill', () => {
  it('replaces every placeholder with its value', () => {
    expect(fill('{host} och {host}: {n}', { host: 'Vimeo', n: 2 })).toBe('Vimeo och Vimeo: 2');
  });

  it('leaves an unknown placeholder visible, so a missing value is noticed', () => {
    expect(fill('Hej {namn}', {})).toBe('Hej {namn}');
  });
});
