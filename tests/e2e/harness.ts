/**
 * What e2e tests use: the served site, its built files, and pages in Chromium (found by src/lib/build/chromium.ts) driven by
 * Playwright, recording console errors (CSP violations included) and requests to other origins.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/lib/build/chromium.ts';
import { builtSitemapPaths } from '../../src/lib/build/pages.ts';

/** The served site: its base URL and the folder it was built into. */
export const site = inject('site');

let browser: Promise<Browser> | undefined;
function getBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: inject('browserPath'), args: [...CHROMIUM_ARGS] });
  return browser;
}
afterAll(async () => {
  if (browser) await (await browser).close();
  browser = undefined;
});

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations, in order. */
  consoleErrors: string[];
  /** Every request to an origin other than the site's (data: and blob: URLs excluded). */
  foreignRequests: string[];
  close(): Promise<void>;
}

/**
 * Opens a page of the served site.
 * @param pathname e.g. `/exempel/`
 * @param options `javaScript: false` to test what works without scripts; `width` and `height` for a phone;
 *   `baseUrl` for another served site than the shipped one
 */
export async function openPage(
  pathname: string,
  options: { javaScript?: boolean; width?: number; height?: number; baseUrl?: string } = {},
): Promise<OpenedPage> {
  const baseUrl = options.baseUrl ?? site.baseUrl;
  const context = await (
    await getBrowser()
  ).newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
      foreignRequests.push(url);
  });
  await page.goto(new URL(pathname, baseUrl).href, { waitUntil: 'load' });
  return { page, consoleErrors, foreignRequests, close: () => context.close() };
}

/** The text of a file of the built site, e.g. `kalender.ics`. */
export function builtFile(relative: string): string {
  return readFileSync(path.join(site.outDir, relative), 'utf8');
}

/** Every page path of the built site, from its sitemap. */
export function sitemapPaths(): string[] {
  return builtSitemapPaths(builtFile);
}

/** The result links on the search page (their paths, in order), once the status says the search is done. */
export async function searchResults(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const text = document.querySelector('#sokstatus')?.textContent ?? '';
    return text !== '' && text !== 'Söker …';
  });
  return page
    .locator('#sokresultat a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * The lines of `after` that differ from `before`'s, as `line number: text`; both must have as many
 * lines. How the web editor's tests show that a save changed only what the editor changed.
 */
export function changedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const now = after.split('\n');
  expect(now.length).toBe(old.length);
  return now.flatMap((line, i) => (line === old[i] ? [] : [`${i + 1}: ${line}`]));
}
