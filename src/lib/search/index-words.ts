/**
 * The word list the search page suggests from when a search finds nothing (src/lib/browser/
 * nearest-words.ts): the words of the indexed pages' text, in small letters, most widely used first,
 * at most {@link MAX_INDEX_WORDS}. Written beside Pagefind's files (routes.searchWords) and
 * downloaded only when a search finds nothing.
 */
import { wordsOf, type TextWords } from './text-words.ts';

/** How many words the list keeps at most, so it stays small as the site grows. */
export const MAX_INDEX_WORDS = 20_000;

/**
 * The words of a page's text that the list may hold: each at least 3 letters, lower-case, once, in
 * order of first appearance.
 * @param text the text, or its words already read (text-words.ts)
 * @example pageWords('Hembesök i Nässjö, hembesök') // ['hembesök', 'nässjö']
 */
export function pageWords(text: string | TextWords): string[] {
  const words = new Set<string>();
  for (const word of wordsOf(text).words) {
    // Letters are code points: a word of 6 UTF-16 units or more has at least 3.
    if (word.text.length >= 6 || [...word.text].length >= 3) words.add(word.lower);
  }
  return [...words];
}

/**
 * The word list of some pages, from each page's words ({@link pageWords}): ordered by how many pages
 * use a word (most first), then alphabetically.
 * @example indexWords([pageWords('Hembesök i Nässjö'), pageWords('hembesök')]) // ['hembesök', 'nässjö']
 */
export function indexWords(pageWordLists: readonly (readonly string[])[], limit = MAX_INDEX_WORDS): string[] {
  const pages = new Map<string, number>();
  for (const words of pageWordLists) {
    for (const word of words) pages.set(word, (pages.get(word) ?? 0) + 1);
  }
  return [...pages]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([word]) => word);
}
