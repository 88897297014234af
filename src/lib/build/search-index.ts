/**
 * Builds the Pagefind index over the built site, as the last step of `npm run build`. Only entry
 * pages (reports, team stories, plans) are read: their `<main>` carries `data-pagefind-body`, and
 * reading the thousands of other files (filter pages, e-mail editions) would only cost time. The
 * build checks that no other page is marked for search (scanHtml in pages.ts). Swedish stemming
 * applies because the whole site is indexed as Swedish. Before indexing, each entry page gets its
 * extra search terms (compound parts, glossary words: src/lib/search/search-extras.ts), kept between
 * builds in the cache folder for the pages that did not change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { routes } from '../routing/routes.ts';
import { indexWords } from '../search/index-words.ts';
import { readGlossary, type Glossary } from '../search/glossary.ts';
import { addSearchExtras, type ExtrasCache } from '../search/search-extras.ts';
import { htmlFileFor, type ExpectedPage } from './pages.ts';

/** Where Pagefind writes the index, inside the output folder (the search words go there too). */
export const SEARCH_INDEX_DIR = 'pagefind';

export interface SearchIndexResult {
  /** Errors from Pagefind; the build fails on any. */
  errors: string[];
  /** How many pages were indexed, per language (only `sv` is expected). */
  pages: Record<string, number>;
  /**
   * The time of our own search preparation (the pages' search extras and the word list), in ms of
   * wall and of the process's CPU time; Pagefind's indexing is not in it.
   */
  extras: { ms: number; cpuMs: number };
}

/** What else the index is built with. */
export interface SearchIndexOptions {
  /** The search glossary; content/sokord.yaml by default. */
  glossary?: Glossary;
  /**
   * Runs while Pagefind's own process indexes the pages and writes the index, after their search
   * extras are written (scripts/build.ts runs the last wall over the site but the search files); it
   * must not read `pagefind/`, which is being written.
   */
  whileIndexing?: () => Promise<void>;
  /** Where the pages' search extras are kept between builds (addSearchExtras). */
  cache?: ExtrasCache;
}

/**
 * @param outDir the built site; the index is written to `<outDir>/pagefind/`
 * @param pages the entry pages; the folders they live in are the ones read
 * @returns when the index and the search words (`routes.searchWords`) are written
 */
export async function buildSearchIndex(
  outDir: string,
  pages: readonly ExpectedPage[],
  { glossary = readGlossary(), whileIndexing, cache }: SearchIndexOptions = {},
): Promise<SearchIndexResult> {
  const extras = { ms: 0, cpuMs: 0 };
  const measured = <T>(work: () => T): T => {
    const [wall, cpu] = [performance.now(), process.cpuUsage()];
    const result = work();
    const used = process.cpuUsage(cpu);
    extras.ms += performance.now() - wall;
    extras.cpuMs += (used.user + used.system) / 1000;
    return result;
  };
  const words = measured(() =>
    addSearchExtras(
      pages.map((page) => htmlFileFor(outDir, page.url)),
      glossary,
      cache,
    ),
  );
  try {
    const { errors, index } = await createIndex({ forceLanguage: 'sv' });
    if (!index) return { errors, pages: {}, extras };
    const output = path.join(outDir, SEARCH_INDEX_DIR);
    // Pagefind indexes and writes in a process of its own; the pages are final now, so other work
    // that reads them (and yields now and then) runs beside it.
    const indexing = (async () => {
      const added = await index.addDirectory({ path: outDir, glob: entryPageGlob(pages) });
      return { added, written: await index.writeFiles({ outputPath: output }) };
    })();
    const [{ added, written }] = await Promise.all([indexing, whileIndexing?.()]);
    const list = measured(() => JSON.stringify(indexWords(words)));
    writeFileSync(path.join(outDir, routes.searchWords), list);
    return { errors: [...errors, ...added.errors, ...written.errors], pages: indexedPages(output), extras };
  } finally {
    await close();
  }
}

/**
 * A Pagefind glob for the entry pages' HTML files: one pattern per collection folder.
 * @example entryPageGlob([{ url: '/traffar/a/', file: '', title: '' }]) // '{traffar/*}/index.html'
 */
export function entryPageGlob(pages: readonly ExpectedPage[]): string {
  const folders = new Set(pages.map((page) => page.url.split('/').filter(Boolean).slice(0, -1).concat('*').join('/')));
  return `{${[...folders].sort().join(',')}}/index.html`;
}

/** Pages per language, as Pagefind's entry file records them (the pages that carry data-pagefind-body). */
function indexedPages(output: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(path.join(output, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([language, info]) => [language, info.page_count]));
}
