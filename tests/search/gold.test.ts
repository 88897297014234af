/**
 * The gold set against the built site in Chromium: each query is run on the search page as a visitor
 * runs it (ours), and against plain Pagefind's index of the same pages without this project's
 * additions (built here into pagefind-plain/). Prints recall@5 and MRR of both, per category.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, searchResults, site } from '../e2e/harness.ts';
import { GOLD } from './gold.ts';
import { buildPlainIndex, report, score, summarise, type QueryScore } from './measure.ts';

let plain: QueryScore[] = [];

/**
 * A script that runs queries against the plain index in the page, returning each query's result URLs.
 * Given as text: the test runner would rewrite a dynamic import in a function.
 */
function plainSearch(queries: readonly string[]): string {
  return `(async () => {
    const pagefind = await import(location.origin + "/pagefind-plain/pagefind.js");
    const out = [];
    for (const query of ${JSON.stringify(queries)}) {
      const found = await pagefind.search(query);
      out.push(await Promise.all(found.results.map(async (r) => (await r.data()).url)));
    }
    return out;
  })()`;
}
const ours: QueryScore[] = [];

beforeAll(async () => {
  await buildPlainIndex(site.outDir);
  const opened = await openPage('/sok/');
  try {
    const plainResults = (await opened.page.evaluate(plainSearch(GOLD.map((q) => q.query)))) as string[][];
    plain = GOLD.map((q, i) => score(plainResults[i]!, q.pages));
    for (const q of GOLD) {
      await opened.page.goto(new URL(`/sok/?q=${encodeURIComponent(q.query)}`, site.baseUrl).href);
      ours.push(score(await searchResults(opened.page), q.pages));
    }
  } finally {
    await opened.close();
  }
  console.log(`Gold set, ${GOLD.length} queries:\n${report(GOLD, plain, ours)}`);
});

// The plain index is the test's, not the site's: the e2e files after this one (the last wall among
// them) read the built site as the build published it.
afterAll(() => rmSync(path.join(site.outDir, 'pagefind-plain'), { recursive: true, force: true }));

describe('the gold set of queries over the shipped content', () => {
  it('holds at least 40 queries, each expecting at least one page', () => {
    expect(GOLD.length).toBeGreaterThanOrEqual(40);
    expect(GOLD.every((q) => q.pages.length > 0)).toBe(true);
  });

  it('finds the expected pages among the first five results for at least 90 % of them (recall@5)', () => {
    expect(summarise(ours).recall).toBeGreaterThanOrEqual(0.9);
  });

  it('ranks the first expected page high: a mean reciprocal rank of at least 0.7', () => {
    expect(summarise(ours).mrr).toBeGreaterThanOrEqual(0.7);
  });

  it('leaves no query without a result', () => {
    expect(GOLD.filter((_, i) => ours[i]!.count === 0).map((q) => q.query)).toEqual([]);
  });
});
