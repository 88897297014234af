import { describe, expect, it } from 'vitest';
import { cacheDirFor, contentDir, contentFile } from './content-dir.ts';

describe('contentDir', () => {
  it('is content/ unless BASTA_CONTENT_DIR says otherwise', () => {
    expect(contentDir({})).toBe('content');
    expect(contentDir({ BASTA_CONTENT_DIR: '/tmp/x' })).toBe('/tmp/x');
  });
});

describe('contentFile', () => {
  it('names a file inside the content folder in use', () => {
    expect(contentFile('site.yaml', {})).toBe('content/site.yaml');
    expect(contentFile('site.yaml', { BASTA_CONTENT_DIR: 'tests/fixtures/x' })).toBe('tests/fixtures/x/site.yaml');
  });
});

describe('cacheDirFor', () => {
  it("keeps Astro's default cache for the shipped content", () => {
    expect(cacheDirFor({})).toBeUndefined();
  });

  it('uses BASTA_CACHE_DIR when it is set', () => {
    expect(cacheDirFor({ BASTA_CACHE_DIR: '/tmp/cache' })).toBe('/tmp/cache');
  });

  it('gives two other content folders two different caches', () => {
    const a = cacheDirFor({ BASTA_CONTENT_DIR: '/tmp/a' });
    const b = cacheDirFor({ BASTA_CONTENT_DIR: '/tmp/b' });
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
  });
});
