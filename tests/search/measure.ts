/**
 * Measuring search on the gold set: recall@5 and mean reciprocal rank, overall and per category,
 * and the plain Pagefind index the measure compares against.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { withoutSearchExtras } from '../../src/lib/search/search-extras.ts';
import type { GoldQuery } from './gold.ts';

/** How many results count as found. */
export const TOP = 5;

/** The measure of one query: its recall among the first TOP results and its reciprocal rank. */
export interface QueryScore {
  recall: number;
  reciprocalRank: number;
  count: number;
}

/**
 * Scores one query's results (URLs, best first) against the pages it must find.
 * @example score(['/a/', '/b/'], ['/b/']) // { recall: 1, reciprocalRank: 0.5, count: 2 }
 */
export function score(results: readonly string[], expected: readonly string[]): QueryScore {
  const top = results.slice(0, TOP);
  const recall = expected.filter((page) => top.includes(page)).length / expected.length;
  const first = results.findIndex((url) => expected.includes(url));
  return { recall, reciprocalRank: first < 0 ? 0 : 1 / (first + 1), count: results.length };
}

export interface Summary {
  recall: number;
  mrr: number;
  empty: number;
}

export function summarise(scores: readonly QueryScore[]): Summary {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    recall: mean(scores.map((s) => s.recall)),
    mrr: mean(scores.map((s) => s.reciprocalRank)),
    empty: scores.filter((s) => s.count === 0).length,
  };
}

/** A table of both columns, overall and per category, for the test's output. */
export function report(gold: readonly GoldQuery[], plain: readonly QueryScore[], ours: readonly QueryScore[]): string {
  const row = (label: string, indexes: number[]) => {
    const a = summarise(indexes.map((i) => plain[i]!));
    const b = summarise(indexes.map((i) => ours[i]!));
    const f = (n: number) => n.toFixed(2);
    return `${label.padEnd(22)} ${String(indexes.length).padStart(3)}  ${f(a.recall)}  ${f(a.mrr)}  ${String(a.empty).padStart(5)}   ${f(b.recall)}  ${f(b.mrr)}  ${String(b.empty).padStart(5)}`;
  };
  const categories = [...new Set(gold.map((q) => q.category))];
  const lines = [
    `${''.padEnd(22)}   n  plain Pagefind          ours`,
    `${''.padEnd(22)}      R@5   MRR   empty   R@5   MRR   empty`,
    ...categories.map((c) =>
      row(
        c,
        gold.flatMap((q, i) => (q.category === c ? [i] : [])),
      ),
    ),
    row(
      'all',
      gold.map((_, i) => i),
    ),
    '',
    ...gold.flatMap((q, i) =>
      plain[i]!.recall < 1 || ours[i]!.recall < 1
        ? [
            `${q.query.padEnd(28)} plain ${plain[i]!.recall.toFixed(2)} (${plain[i]!.count})  ours ${ours[i]!.recall.toFixed(2)} (${ours[i]!.count})`,
          ]
        : [],
    ),
  ];
  return lines.join('\n');
}

/** The entry pages of a built site that Pagefind indexed: `traffar/x/index.html` and so on. */
function entryPages(outDir: string): string[] {
  return ['traffar', 'exempel', 'handlingsplaner'].flatMap((folder) =>
    readdirSync(path.join(outDir, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(folder, entry.name, 'index.html'))
      .filter((file) => existsSync(path.join(outDir, file)))
      .filter((file) => readFileSync(path.join(outDir, file), 'utf8').includes('data-pagefind-body')),
  );
}

/**
 * Builds plain Pagefind's index of a built site into `<outDir>/pagefind-plain/`: the same pages and
 * language, without what this project adds to them for search.
 */
export async function buildPlainIndex(outDir: string): Promise<number> {
  try {
    const { index } = await createIndex({ forceLanguage: 'sv' });
    if (!index) throw new Error('Pagefind did not start');
    const pages = entryPages(outDir);
    for (const file of pages) {
      const content = withoutSearchExtras(readFileSync(path.join(outDir, file), 'utf8'));
      const added = await index.addHTMLFile({ url: `/${path.dirname(file)}/`, content });
      if (added.errors.length) throw new Error(added.errors.join('\n'));
    }
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind-plain') });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
    return pages.length;
  } finally {
    await close();
  }
}
