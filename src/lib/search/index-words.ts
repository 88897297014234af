/**
 * The word list the search page suggests from when a search finds nothing (src/lib/browser/
 * nearest-words.ts): the words of the indexed pages' text, in small letters, most widely used first,
 * at most {@link MAX_INDEX_WORDS}. Written beside Pagefind's files (routes.searchWords) and
 * downloaded only when a search finds nothing.
 */

/** How many words the list keeps at most, so it stays small as the site grows. */
export const MAX_INDEX_WORDS = 20_000;

/**
 * The words of some pages' texts: each at least 3 letters, lower-case, ordered by how many pages use
 * it (most first), then alphabetically.
 * @example indexWords(['Hembesök i Nässjö', 'hembesök']) // ['hembesök', 'nässjö']
 */
export function indexWords(texts: readonly string[], limit = MAX_INDEX_WORDS): string[] {
  const pages = new Map<string, number>();
  for (const text of texts) {
    const words = new Set([...text.normalize('NFC').matchAll(/\p{L}{3,}/gu)].map((m) => m[0].toLowerCase()));
    for (const word of words) pages.set(word, (pages.get(word) ?? 0) + 1);
  }
  return [...pages]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([word]) => word);
}
