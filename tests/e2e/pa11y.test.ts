/**
 * Accessibility beyond axe: every sitemap URL checked by pa11y with HTML_CodeSniffer against WCAG 2
 * AA, no error allowed. HTML_CodeSniffer has rules axe has not (a form must have a submit button;
 * duplicate ids on a page), so the two together catch more than either alone.
 *
 * pa11y drives the browser through Puppeteer, which never downloads one here (.puppeteerrc.cjs): it
 * gets the Chromium every e2e test uses (src/lib/build/chromium.ts), launched once, and one page that each
 * test loads its URL into before pa11y runs on it.
 */
import { createRequire } from 'node:module';
import pa11y from 'pa11y';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/lib/build/chromium.ts';
import { site, sitemapPaths } from './harness.ts';

// pa11y's own Puppeteer, so that its browser and page objects are the ones pa11y expects.
const puppeteer = createRequire(createRequire(import.meta.url).resolve('pa11y'))(
  'puppeteer',
) as typeof import('puppeteer').default;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await puppeteer.launch({ executablePath: inject('browserPath'), args: [...CHROMIUM_ARGS] });
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(sitemapPaths())('the page %s', (pathname) => {
  it('has no WCAG 2 AA error by pa11y with HTML_CodeSniffer', async () => {
    const url = new URL(pathname, site.baseUrl).href;
    await page.goto(url, { waitUntil: 'load' });
    const result = await pa11y(url, { browser, page, ignoreUrl: true, runners: ['htmlcs'], standard: 'WCAG2AA' });
    expect(result.issues.map((issue) => `${issue.code}: ${issue.message} (${issue.selector})`)).toEqual([]);
  });
});
