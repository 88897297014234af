/**
 * Builds the Pagefind index over the built site, as the last step of `npm run build`. Only pages
 * whose `<main>` carries `data-pagefind-body` are indexed (reports, team stories, plans); Swedish
 * stemming applies because the whole site is indexed as Swedish.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';

export interface SearchIndexResult {
  /** Errors from Pagefind; the build fails on any. */
  errors: string[];
  /** How many pages were indexed, per language (only `sv` is expected). */
  pages: Record<string, number>;
}

/**
 * @param outDir the built site; the index is written to `<outDir>/pagefind/`
 */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexResult> {
  try {
    const { errors, index } = await createIndex({ forceLanguage: 'sv' });
    if (!index) return { errors, pages: {} };
    const added = await index.addDirectory({ path: outDir });
    const output = path.join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: output });
    return { errors: [...errors, ...added.errors, ...written.errors], pages: indexedPages(output) };
  } finally {
    await close();
  }
}

/** Pages per language, as Pagefind's entry file records them (the pages that carry data-pagefind-body). */
function indexedPages(output: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(path.join(output, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([language, info]) => [language, info.page_count]));
}
