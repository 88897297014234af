import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium, publicBase } from './pdf.ts';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH when that file exists', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('falls back to Debian’s paths when CHROMIUM_PATH names no file', () => {
    const found = findChromium({ CHROMIUM_PATH: '/finns/inte' });
    expect(found === undefined || found.startsWith('/usr/bin/')).toBe(true);
  });
});

describe('CHROMIUM_ARGS', () => {
  it('starts Chromium without a sandbox and without contacting Google', () => {
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining(['--no-sandbox', '--disable-background-networking', '--disable-component-update']),
    );
  });
});

describe('publicBase', () => {
  it('reads the address the site was built for from its sitemap index', () => {
    const index = '<sitemapindex><sitemap><loc>https://example.se/sitemap-0.xml</loc></sitemap></sitemapindex>';
    expect(publicBase(index)).toBe('https://example.se/');
  });

  it('gives undefined for a sitemap index without an address', () => {
    expect(publicBase('<sitemapindex></sitemapindex>')).toBeUndefined();
  });
});
