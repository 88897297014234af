/**
 * Builds the Pagefind index over the built site, as the last step of `npm run build`. Only entry
 * pages (reports, team stories, plans) are read: their `<main>` carries `data-pagefind-body`, and
 * reading the thousands of other files (filter pages, e-mail editions) would only cost time. The
 * build checks that no other page is marked for search (scanHtml in pages.ts). Swedish stemming
 * applies because the whole site is indexed as Swedish. Before indexing, each entry page gets its
 * extra search terms (compound parts, glossary words: src/lib/search/search-extras.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { routes } from '../routing/routes.ts';
import { indexWords } from '../search/index-words.ts';
import { readGlossary, type Glossary } from '../search/glossary.ts';
import { addSearchExtras } from '../search/search-extras.ts';
import { htmlFileFor, type ExpectedPage } from './pages.ts';

/** Where Pagefind writes the index, inside the output folder (the search words go there too). */
export const SEARCH_INDEX_DIR = 'pagefind';

export interface SearchIndexResult {
  /** Errors from Pagefind; the build fails on any. */
  errors: string[];
  /** How many pages were indexed, per language (only `sv` is expected). */
  pages: Record<string, number>;
}

/**
 * @param outDir the built site; the index is written to `<outDir>/pagefind/`
 * @param pages the entry pages; the folders they live in are the ones read
 * @param glossary the search glossary (content/sokord.yaml by default)
 * @param whileIndexing runs while Pagefind's own process indexes the pages and writes the index,
 *   after their search extras are written (scripts/build.ts runs the last wall over the site but
 *   the search files); it must not read `pagefind/`, which is being written
 * @returns when the index and the search words (`routes.searchWords`) are written
 */
export async function buildSearchIndex(
  outDir: string,
  pages: readonly ExpectedPage[],
  glossary: Glossary = readGlossary(),
  whileIndexing?: () => Promise<void>,
): Promise<SearchIndexResult> {
  const texts = addSearchExtras(
    pages.map((page) => htmlFileFor(outDir, page.url)),
    glossary,
  );
  try {
    const { errors, index } = await createIndex({ forceLanguage: 'sv' });
    if (!index) return { errors, pages: {} };
    const output = path.join(outDir, SEARCH_INDEX_DIR);
    // Pagefind indexes and writes in a process of its own; the pages are final now, so other work
    // that reads them (and yields now and then) runs beside it.
    const indexing = (async () => {
      const added = await index.addDirectory({ path: outDir, glob: entryPageGlob(pages) });
      return { added, written: await index.writeFiles({ outputPath: output }) };
    })();
    const [{ added, written }] = await Promise.all([indexing, whileIndexing?.()]);
    writeFileSync(path.join(outDir, routes.searchWords), JSON.stringify(indexWords(texts)));
    return { errors: [...errors, ...added.errors, ...written.errors], pages: indexedPages(output) };
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
