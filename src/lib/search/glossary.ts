/**
 * The search glossary (`content/sokord.yaml`): groups of words that mean the same to someone
 * searching, acronyms with what they stand for and synonyms. A page that mentions any word of a
 * group also carries the group's other words as extra search terms (search-extras.ts), so a search
 * for any of them finds it: `BVC` finds a page about `barnhälsovården`, `skolhälsovård` a page about
 * `elevhälsa`, and the other way round.
 *
 * How a word of a group is found in a page's text:
 * - an **acronym** (written in capitals, `BHV`) as a whole word in capitals, so `HAL` is not `hal`;
 * - any other word or phrase case-insensitively at the start of a word, with up to
 *   {@link MAX_ENDING} more letters after it (an inflection: `barnhälsovården` for `barnhälsovård`);
 *   a final `a`, `e` or `o` may differ (`elevhälsor` for `elevhälsa`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SEARCH_WORDS_FILE, SearchWordsSchema } from '../../schemas/index.ts';
import { contentFile } from '../content/content-dir.ts';

/** One group of words that mean the same. */
export interface GlossaryGroup {
  terms: readonly string[];
}

export type Glossary = readonly GlossaryGroup[];

/** How many letters an inflection may add after a glossary word. */
export const MAX_ENDING = 4;

/** Whether a glossary word is an acronym: two or more letters, all capitals. */
export function isAcronym(term: string): boolean {
  return /^\p{Lu}{2,}$/u.test(term);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern that finds a glossary word in a text. */
export function termPattern(term: string): RegExp {
  if (isAcronym(term)) return new RegExp(`(?<!\\p{L})${escape(term)}(?!\\p{L})`, 'u');
  const stem = term.toLowerCase().replace(/[aeo]$/u, '');
  const words = stem.split(/\s+/u).map(escape).join('\\s+');
  return new RegExp(`(?<!\\p{L})${words}\\p{L}{0,${MAX_ENDING}}(?!\\p{L})`, 'iu');
}

/**
 * The words a text gains from the glossary: for each group with a word in the text, the group's
 * words that are not in it, in the glossary's order.
 * @example glossaryTerms('Hembesök av BHV.', [{ terms: ['BHV', 'barnhälsovård'] }]) // ['barnhälsovård']
 */
export function glossaryTerms(text: string, glossary: Glossary): string[] {
  const terms: string[] = [];
  for (const group of glossary) {
    const found = group.terms.map((term) => termPattern(term).test(text));
    if (found.some(Boolean)) terms.push(...group.terms.filter((_, i) => !found[i]));
  }
  return terms;
}

/**
 * The glossary of `content/sokord.yaml` (or BASTA_CONTENT_DIR's), checked against its schema; none
 * when the file is missing. The validator reports an invalid file with its line before the build
 * gets here.
 */
export function readGlossary(file = contentFile(SEARCH_WORDS_FILE.file)): Glossary {
  if (!existsSync(file)) return [];
  return SearchWordsSchema.parse(parse(readFileSync(file, 'utf8'))).groups;
}
