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
 */
export async function buildSearchIndex(
  outDir: string,
  pages: readonly ExpectedPage[],
  glossary: Glossary = readGlossary(),
): Promise<SearchIndexResult> {
  const texts = addSearchExtras(
    pages.map((page) => htmlFileFor(outDir, page.url)),
    glossary,
  );
  try {
    const { errors, index } = await createIndex({ forceLanguage: 'sv' });
    if (!index) return { errors, pages: {} };
    const added = await index.addDirectory({ path: outDir, glob: entryPageGlob(pages) });
    const output = path.join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: output });
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
