/**
 * What a page adds to its text for search, and where. At build, before Pagefind indexes the site,
 * each entry page gets one empty, hidden element inside its `<main data-pagefind-body>`, marked with
 * {@link SEARCH_EXTRAS_ATTRIBUTE}, whose Pagefind metadata field {@link SEARCH_EXTRAS_FIELD} holds
 * the page's extra terms: the tails and hidden modifiers of its Swedish compounds (compounds.ts) and
 * the other words of the glossary groups it mentions (glossary.ts). Pagefind searches metadata
 * (weighted by `metaWeights` on the search page, src/lib/browser/search-settings.ts) but never shows
 * it in an excerpt, so `stöd` finds `föräldraskapsstöd` and `BVC` finds `barnhälsovården` while the
 * excerpt stays the page's own text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { compoundTerms } from './compounds.ts';
import { glossaryTerms, type Glossary } from './glossary.ts';
import { indexedText } from './page-text.ts';

/** The attribute that marks the element carrying a page's extra search terms. */
export const SEARCH_EXTRAS_ATTRIBUTE = 'data-search-extras';

/** The Pagefind metadata field of the extra terms. */
export const SEARCH_EXTRAS_FIELD = 'sokord';

/**
 * The extra terms of a page's indexed text: its compounds' terms, then its glossary terms, none twice
 * and none the text already holds as a word.
 * @example searchExtras('Hembesök av barnhälsovården.', glossary) // ['besök', 'hälsovården', 'hälsa', 'vården', 'BVC', …]
 */
export function searchExtras(text: string, glossary: Glossary): string[] {
  const words = new Set([...text.normalize('NFC').matchAll(/\p{L}+/gu)].map((m) => m[0].toLowerCase()));
  const terms = [...compoundTerms(text), ...glossaryTerms(text, glossary)];
  return [...new Set(terms)].filter((term) => !words.has(term.toLowerCase()));
}

/** The element that carries the terms, as HTML. */
export function searchExtrasElement(terms: readonly string[]): string {
  const value = `${SEARCH_EXTRAS_FIELD}:${terms.join(' ')}`.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return `<span hidden ${SEARCH_EXTRAS_ATTRIBUTE} data-pagefind-meta="${value}"></span>`;
}

/**
 * Where one element ends and the next begins with nothing between them (`</dt><dd>`, `</a><span>`),
 * a line break, so that Pagefind, which joins the text of inline and of some block elements as it
 * stands, never glues two words into one (`PlatsRosensalen`) in what it indexes and shows.
 * @example separateElements('<dt>Plats</dt><dd>Ryhov</dd>') // '<dt>Plats</dt>\n<dd>Ryhov</dd>'
 */
export function separateElements(html: string): string {
  return html.replace(/(<\/[a-z][a-z0-9]*>)(?=<[a-z])/gi, '$1\n');
}

/**
 * A built page as it is indexed: inside the `data-pagefind-body` element, elements are separated
 * ({@link separateElements}) and the extra terms' element is put first; a page without that
 * element is returned as it is.
 */
export function withSearchExtras(html: string, glossary: Glossary): string {
  const body = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body(?=[\s=>])[^>]*>/i.exec(html);
  if (!body) return html;
  const start = body.index + body[0].length;
  const close = html.lastIndexOf(`</${body[1]!.toLowerCase()}>`);
  const end = close < start ? html.length : close;
  const inner = separateElements(html.slice(start, end));
  const terms = searchExtras(indexedText(html), glossary);
  const extras = terms.length === 0 ? '' : searchExtrasElement(terms);
  return html.slice(0, start) + extras + inner + html.slice(end);
}

/**
 * Prepares built pages' files for the index (withSearchExtras), in place.
 * @returns each page's indexed text, for the word list (index-words.ts)
 */
export function addSearchExtras(files: readonly string[], glossary: Glossary): string[] {
  return files.map((file) => {
    const html = readFileSync(file, 'utf8');
    const extended = withSearchExtras(html, glossary);
    if (extended !== html) writeFileSync(file, extended);
    return indexedText(html);
  });
}

/**
 * A built page's HTML without its extra search terms, as plain Pagefind would see it (the gold
 * set's baseline).
 * @example withoutSearchExtras('<p>a</p><span hidden data-search-extras data-pagefind-meta="sokord:b"></span>') // '<p>a</p>'
 */
export function withoutSearchExtras(html: string): string {
  return html.replace(new RegExp(`<span\\b[^>]*\\s${SEARCH_EXTRAS_ATTRIBUTE}(?=[\\s>])[^>]*></span>`, 'g'), '');
}
