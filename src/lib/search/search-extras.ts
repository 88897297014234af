/**
 * What a page adds to its text for search, and where: the extra terms (compound parts, glossary
 * words, forms without å/ä/ö) travel in one element marked with {@link SEARCH_EXTRAS_ATTRIBUTE} as a
 * Pagefind metadata field, {@link SEARCH_EXTRAS_FIELD}, so they are searchable but never shown in an
 * excerpt.
 */

/** The attribute that marks the element carrying a page's extra search terms. */
export const SEARCH_EXTRAS_ATTRIBUTE = 'data-search-extras';

/** The Pagefind metadata field of the extra terms. */
export const SEARCH_EXTRAS_FIELD = 'sokord';

/**
 * A built page's HTML without its extra search terms, as plain Pagefind would see it (the gold
 * set's baseline).
 * @example withoutSearchExtras('<p>a</p><span data-search-extras data-pagefind-meta="sokord:b"></span>') // '<p>a</p>'
 */
export function withoutSearchExtras(html: string): string {
  return html.replace(new RegExp(`<(\\w+)[^>]*\\s${SEARCH_EXTRAS_ATTRIBUTE}[\\s>=][^>]*>(?:</\\1>)?`, 'g'), '');
}
