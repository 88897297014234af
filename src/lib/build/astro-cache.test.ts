import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroEnded, astroStarting, UNFINISHED_PARTS } from './astro-cache.ts';

/** A cache folder as Astro leaves it: images, kept pages, their manifest and the content store. */
function cache(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-astro-cache-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'assets', 'bild.webp'), 'x');
  mkdirSync(path.join(dir, 'dist', 'traffar', 'a'), { recursive: true });
  writeFileSync(path.join(dir, 'dist', 'traffar', 'a', 'index.html'), '<p>');
  writeFileSync(path.join(dir, 'incremental-build.json'), '{}');
  writeFileSync(path.join(dir, 'data-store.json'), '{}');
  return dir;
}
const left = (dir: string) => UNFINISHED_PARTS.filter((part) => existsSync(path.join(dir, part)));

describe('the Astro cache between builds', () => {
  it('keeps the kept pages, images and content store of an Astro that finished', () => {
    const dir = cache();
    expect(astroStarting(dir)).toBe(false);
    astroEnded(dir, true);
    expect(left(dir)).toEqual([...UNFINISHED_PARTS]);
    expect(astroStarting(dir)).toBe(false);
  });

  it('discards the kept pages, their keys and the images when Astro failed or was stopped, and keeps the content store', () => {
    const dir = cache();
    astroStarting(dir);
    astroEnded(dir, false);
    expect(left(dir)).toEqual([]);
    expect(existsSync(path.join(dir, 'data-store.json'))).toBe(true);
  });

  it('discards them at the next start when the build was killed before it could clean up', () => {
    const dir = cache();
    astroStarting(dir);
    // Killed: astroEnded never runs. Astro's next run writes its files again.
    expect(astroStarting(dir)).toBe(true);
    expect(left(dir)).toEqual([]);
  });

  it('starts in a cache folder that does not exist yet', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'basta-astro-cache-')), 'ny');
    expect(astroStarting(dir)).toBe(false);
    astroEnded(dir, true);
    expect(existsSync(dir)).toBe(true);
  });
});
