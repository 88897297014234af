import { describe, expect, it } from 'vitest';
import { absoluteUrl, LOCAL_SITE, siteUrl } from './site-url.ts';

describe('siteUrl', () => {
  it('uses the configured public address', () => {
    expect(siteUrl(new URL('https://bastaplatsen.example/')).href).toBe('https://bastaplatsen.example/');
  });

  it('falls back to the local preview server when no address is configured', () => {
    expect(siteUrl(undefined).href).toBe(LOCAL_SITE);
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['/traffar/a/', new URL('https://bastaplatsen.example/'), 'https://bastaplatsen.example/traffar/a/'],
    ['/kalender.ics', undefined, 'http://localhost:4321/kalender.ics'],
    ['/rss.xml', new URL('https://bastaplatsen.example'), 'https://bastaplatsen.example/rss.xml'],
  ])('makes %s absolute', (path, site, expected) => {
    expect(absoluteUrl(path, site)).toBe(expected);
  });
});
