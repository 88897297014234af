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
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readKeptMap, writeKeptMap } from '../build/kept-map.ts';
import { compoundTerms, type KeptTerms } from './compounds.ts';
import { glossaryTerms, type Glossary } from './glossary.ts';
import { pageWords } from './index-words.ts';
import { indexedText } from './page-text.ts';
import { textWords, wordsOf, type TextWords } from './text-words.ts';

/** The attribute that marks the element carrying a page's extra search terms. */
export const SEARCH_EXTRAS_ATTRIBUTE = 'data-search-extras';

/** The Pagefind metadata field of the extra terms. */
export const SEARCH_EXTRAS_FIELD = 'sokord';

/**
 * The extra terms of a page's indexed text: its compounds' terms, then its glossary terms, none twice
 * and none the text already holds as a word.
 * @param text the text, or its words already read (text-words.ts)
 * @param keep words' compound terms kept from the last build (see `compoundTerms`)
 * @example searchExtras('Hembesök av barnhälsovården.', glossary) // ['besök', 'hälsovården', 'hälsa', 'vården', 'BVC', …]
 */
export function searchExtras(text: string | TextWords, glossary: Glossary, keep?: KeptTerms): string[] {
  const words = wordsOf(text);
  const terms = [...compoundTerms(words, keep), ...glossaryTerms(words.composed, glossary)];
  return [...new Set(terms)].filter((term) => !words.lower.has(term.toLowerCase()));
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
  return withTerms(html, searchExtras(indexedText(html), glossary));
}

/** {@link withSearchExtras} with the page's terms already found. */
function withTerms(html: string, terms: readonly string[]): string {
  const body = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body(?=[\s=>])[^>]*>/i.exec(html);
  if (!body) return html;
  const start = body.index + body[0].length;
  const close = html.lastIndexOf(`</${body[1]!.toLowerCase()}>`);
  const end = close < start ? html.length : close;
  const inner = separateElements(html.slice(start, end));
  const extras = terms.length === 0 ? '' : searchExtrasElement(terms);
  return html.slice(0, start) + extras + inner + html.slice(end);
}

/** What indexing takes from a built page: its extra terms, and its words for the word list. */
export interface PageExtras {
  terms: string[];
  /** The words of its indexed text, as the word list counts them (index-words.ts). */
  words: string[];
}

/** A built page's extra terms and words, from its HTML as Astro wrote it. */
export function pageExtras(html: string, glossary: Glossary, keep?: KeptTerms): PageExtras {
  // The text's words are read once for both.
  const words = textWords(indexedText(html));
  return { terms: searchExtras(words, glossary, keep), words: pageWords(words) };
}

/** Where the entry pages' extras are kept between builds, and the code they are made by. */
export interface ExtrasCache {
  /** The file, in the build's cache folder (`basta-search.json`). */
  file: string;
  /** A hash of the project's code and packages (`codeDigest`, src/lib/content/cache-key.ts). */
  code: string;
}

/** The name of the kept extras' file in the build's cache folder. */
export const SEARCH_EXTRAS_CACHE = 'basta-search.json';

/** The name of the kept words' compound terms' file, beside it (see `KeptTerms`). */
export const COMPOUND_TERMS_CACHE = 'basta-compounds.json';

/**
 * Prepares built pages' files for the index (withSearchExtras), in place.
 *
 * With a cache, a page's extras ({@link pageExtras}) are kept between builds under a hash of the
 * page's HTML as Astro wrote it, the glossary and the code: a page Astro copied from its last build
 * (or one that came out the same) takes them from there. A key is made of everything the extras come
 * from, so a kept entry cannot be stale, and one left by a build that stopped half-way is as good as
 * any. The cache keeps only these pages; a missing or unreadable one computes everything. Each word's
 * compound terms are kept too, under the code (`KeptTerms`, {@link COMPOUND_TERMS_CACHE}), so a new or
 * changed page whose words the site already had is split without loading the Swedish dictionary
 * (about 0.4 s of CPU). They are the words of every page computed since the last build that computed
 * every page, which writes only its own.
 * @returns each page's words, for the word list (index-words.ts)
 */
export function addSearchExtras(files: readonly string[], glossary: Glossary, cache?: ExtrasCache): string[][] {
  const kept = cache ? readKeptMap(cache.file, isPageExtras) : new Map<string, PageExtras>();
  const context = cache ? `${cache.code}\0${JSON.stringify(glossary)}\0` : '';
  const keep = cache ? readKeptTerms(cache) : undefined;
  const next = new Map<string, PageExtras>();
  // Whether some page's extras came from the last build: then its words' terms are kept on too.
  let tookKept = false;
  const words = files.map((file) => {
    const html = readFileSync(file, 'utf8');
    const key = cache && createHash('sha256').update(context).update(html).digest('base64url');
    const fromLast = key && !next.has(key) ? kept.get(key) : undefined;
    if (fromLast) tookKept = true;
    const extras = (key && next.get(key)) || fromLast || pageExtras(html, glossary, keep);
    if (key) next.set(key, extras);
    const extended = withTerms(html, extras.terms);
    if (extended !== html) writeFileSync(file, extended);
    return extras.words;
  });
  if (cache && keep) {
    writeKeptMap(cache.file, next);
    writeKeptTerms(cache, tookKept ? new Map([...keep.kept, ...keep.used]) : keep.used);
  }
  return words;
}

/** The file of the kept words' terms, beside the kept extras. */
function termsFile(cache: ExtrasCache): string {
  return path.join(path.dirname(cache.file), COMPOUND_TERMS_CACHE);
}

/** The words' terms the last build kept under this code, and none used yet. */
function readKeptTerms(cache: ExtrasCache): KeptTerms {
  const prefix = `${cache.code}\0`;
  const kept = new Map<string, readonly string[]>();
  for (const [key, terms] of readKeptMap(termsFile(cache), isStringList)) {
    if (key.startsWith(prefix)) kept.set(key.slice(prefix.length), terms);
  }
  return { kept, used: new Map() };
}

function writeKeptTerms(cache: ExtrasCache, terms: ReadonlyMap<string, readonly string[]>): void {
  writeKeptMap(termsFile(cache), new Map([...terms].map(([key, value]) => [`${cache.code}\0${key}`, value])));
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isPageExtras(value: unknown): value is PageExtras {
  return (
    typeof value === 'object' &&
    value !== null &&
    isStringList((value as PageExtras).terms) &&
    isStringList((value as PageExtras).words)
  );
}

/**
 * A built page's HTML without its extra search terms, as plain Pagefind would see it (the gold
 * set's baseline).
 * @example withoutSearchExtras('<p>a</p><span hidden data-search-extras data-pagefind-meta="sokord:b"></span>') // '<p>a</p>'
 */
export function withoutSearchExtras(html: string): string {
  return html.replace(new RegExp(`<span\\b[^>]*\\s${SEARCH_EXTRAS_ATTRIBUTE}(?=[\\s>])[^>]*></span>`, 'g'), '');
}
