/**
 * Lighthouse scores 100 in performance, accessibility, best practices and SEO, on a phone and on a
 * desktop, on every page type of the built shipped site. The page types are its routes
 * (src/lib/routing/page-routes.ts: every `.astro` file under src/pages/), one page each — so a new route is
 * measured without editing this file — plus the search page with results, which arrive after the
 * page is shown. Routes the shipped content has no page of (the later pages of long lists) are
 * measured on the larger site of tests/e2e/paging.test.ts. How a run disturbed by a busy CPU is told
 * from a slow page: see `measure` in ./lighthouse.ts.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pageAddress, pageRoutes, representativePages } from '../../src/lib/routing/page-routes.ts';
import { htmlPages } from '../../src/lib/build/page-weight.ts';
import { site } from './harness.ts';
import { expectPerfectScores, FORM_FACTORS, startLighthouse, type Lighthouse } from './lighthouse.ts';

const routes = pageRoutes(path.resolve(import.meta.dirname, '../../src/pages'));
const pages = representativePages(routes, htmlPages(site.outDir).map(pageAddress));
const cases = [
  ...[...pages].map(([route, address]) => ({ type: route, address })),
  { type: '/sok/ with results', address: `/sok/?q=${encodeURIComponent('hembesök')}` },
];

let lh: Lighthouse;
beforeAll(async () => {
  lh = await startLighthouse(inject('browserPath'));
});
afterAll(() => lh?.close());

describe('the page types Lighthouse measures', () => {
  it('are the routes of the site, the start page, a meeting report, a team story, a hub and 404 among them', () => {
    expect([...pages.keys()]).toEqual(
      expect.arrayContaining(['/', '/traffar/[id]/', '/exempel/[id]/', '/kommuner/[id]/', '/sok/', '/404.html']),
    );
  });
});

describe.each(cases)('the page type $type ($address)', ({ address }) => {
  it.each(FORM_FACTORS)('scores 100 in every category in Lighthouse on %s', async (formFactor) => {
    await expectPerfectScores(lh, new URL(address, site.baseUrl).href, formFactor);
  });
});
