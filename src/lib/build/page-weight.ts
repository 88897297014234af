/**
 * What a page of the built site costs a visitor: its HTML and the local stylesheets it links,
 * gzipped with node:zlib at its default level, as a CDN would serve them. Used by the page-weight
 * budget test (tests/e2e/budgets.test.ts) over the shipped site and by `npm run bench` over the
 * synthetic sites of 100 to 5,000 pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget per page, HTML and CSS together, gzipped. */
export const PAGE_BUDGET_BYTES = 15 * 1024;

export const gzipped = (data: string | Buffer): number => gzipSync(data).length;

/** Every HTML page of a built site (Pagefind's own files excluded), as its URL path of the file. */
export function htmlPages(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => `/${file.split(path.sep).join('/')}`);
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}(?:=(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(tag);
/** An attribute's value in a start tag; `''` for a bare attribute, undefined when absent. */
export const valueOf = (tag: string, name: string): string | undefined => {
  const match = attribute(tag, name);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
};
/** Whether an address stays on the site. */
export const isLocal = (href: string): boolean => !/^(?:[a-z]+:)?\/\//i.test(href);

/** The stylesheets a page links (`<link rel="stylesheet" href>`), as written. */
export function stylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /\bstylesheet\b/i.test(valueOf(tag, 'rel') ?? ''))
    .map((tag) => valueOf(tag, 'href') ?? '');
}

/**
 * Each page's weight: gzipped HTML plus its local stylesheets, each gzipped (a stylesheet is read
 * once however many pages link it).
 */
export function pageWeights(outDir: string): Array<{ page: string; bytes: number }> {
  const css = new Map<string, number>();
  const cssBytes = (href: string) => {
    let bytes = css.get(href);
    if (bytes === undefined) {
      bytes = gzipped(readFileSync(path.join(outDir, decodeURIComponent(href))));
      css.set(href, bytes);
    }
    return bytes;
  };
  return htmlPages(outDir).map((page) => {
    const html = readFileSync(path.join(outDir, decodeURIComponent(page)));
    const sheets = stylesheets(html.toString('utf8'))
      .filter(isLocal)
      .map((href) => new URL(href, `http://site${page}`).pathname);
    return { page, bytes: gzipped(html) + sheets.reduce((sum, href) => sum + cssBytes(href), 0) };
  });
}
