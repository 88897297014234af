import { describe, expect, it } from 'vitest';
import { publicBase } from './pdf.ts';

describe('publicBase', () => {
  it('reads the address the site was built for from its sitemap index', () => {
    const index = '<sitemapindex><sitemap><loc>https://example.se/sitemap-0.xml</loc></sitemap></sitemapindex>';
    expect(publicBase(index)).toBe('https://example.se/');
  });

  it('gives undefined for a sitemap index without an address', () => {
    expect(publicBase('<sitemapindex></sitemapindex>')).toBeUndefined();
  });
});
