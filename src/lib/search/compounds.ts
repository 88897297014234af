/**
 * Splitting Swedish compounds, so that search finds a compound by its head: Pagefind matches a query
 * against the start of a word, so `stöd` alone never finds `föräldraskapsstöd`. At build, each
 * indexed page carries the extra terms of its compounds ({@link compoundTerms}) as searchable
 * metadata, and `stöd` then finds the page.
 *
 * The rule, as a specification:
 *
 * 1. **What is a compound.** A word is cut into parts the way Hunspell checks a compound, with the
 *    Swedish dictionary `dictionary-sv` (src/lib/search/hunspell.ts) and our few additions
 *    (src/lib/search/domain-words.ts): the first part is a word the dictionary lets begin a compound,
 *    in its linking form if it has one (`föräldraskap|s`, `föräldra-` for förälder, `skol-`), the
 *    middle parts are linking forms the dictionary lets stand in the middle (`hälso-`), the last part
 *    is a word that may end a compound, inflected (`vård|en`). No three equal letters across a
 *    boundary, where two may stand for three (`lättillgänglig` is `lätt` + `tillgänglig`); no part
 *    repeats the part before it; a word the dictionary forbids (a misspelling it names) stays whole.
 * 2. **Only real parts.** Every part has at least 3 letters, so no `s`, `e` or `en` is ever a part
 *    (`barnen` stays whole: `en` is a word, but not a part).
 * 3. **Particles are not modifiers.** A word beginning with a particle ({@link PARTICLES}: `fram`,
 *    `mot`, `under`, `över` …) is a derivation of a particle verb (`framgång`, `motsvarande`,
 *    `undersökning`), not a compound about its head, so it stays whole.
 * 4. **Suffixes are not heads.** A part that begins with a derivational suffix
 *    ({@link SUFFIX_HEADS}: `-dom`, `-full`) which, joined to the part before, makes a dictionary
 *    word, is read as that suffix: `ungdomar` is `ungdom` + `ar`, not `ung` + `domar`.
 * 5. **The finest reading.** Of several readings, the one with the most parts wins (then the one
 *    with the longest last part, then the one with the shortest first part); each part's dictionary
 *    entry is split again by the same rules, so `barn|hälsovården` becomes `barn|hälso|vården`.
 * 6. **Names stay whole.** A word written with a capital is split only where it starts a sentence,
 *    line, heading, list item or table cell, and not when the dictionary lists it as a name
 *    (`Bergström` would be `berg` + `ström`). Words in capitals (acronyms), mixed case (`eHälsa`)
 *    and compounds the dictionary says must be capitalised (`Sandquist`, `Storgatan`) stay whole.
 *
 * What a page carries ({@link compoundTerms}), for each compound in its text:
 *
 * - every **tail**: the word from each boundary to its end, as written (`hälsovården`, `vården`).
 *   Pagefind stems and prefix-matches these, so `vård`, `vården`, `hälsovård` and `hälsa` (stem
 *   `häls`) all find `barnhälsovården`;
 * - the word a **modifier** stands for, where its linking form is written otherwise (`förälder` for
 *   `föräldra|stöd`, `gymnasium` for `gymnasie|skolan`, `hälsa` for `hälso-`). A modifier written
 *   as itself needs nothing: the word itself (first part) or a tail (later parts) begins with it,
 *   so `föräldraskapsstöd` gives `stöd` but not `föräldraskap`;
 * - nothing that the page's text already holds as a word, and nothing twice. A word that is not a
 *   compound gives nothing.
 *
 * @example compoundParts('föräldraskapsstöd') // ['föräldraskap', 'stöd']
 * @example compoundParts('barnhälsovården') // ['barn', 'hälsa', 'vården']
 * @example compoundParts('kommunen') // []
 * @example compoundTerms('Hembesöken och föräldraskapsstöd i barnhälsovården.')
 * // ['besöken', 'stöd', 'hälsovården', 'hälsa', 'vården']
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DOMAIN_WORDS, type DomainWord } from './domain-words.ts';
import { addEntry, Lexicon, parseAff, parseDic } from './hunspell.ts';
import { wordsOf, type TextWords } from './text-words.ts';

/** The fewest letters a part may have. */
export const MIN_PART_LENGTH = 3;

/**
 * First parts that make a particle-verb derivation rather than a compound: the prepositions and
 * adverbs that dictionary-sv lets begin a compound (`fram|gång`, `mot|svarande`, `efter|frågan`,
 * `under|sökning`, `över|sikt`, `bak|grund`, `genom|gång`, `kring|resande`, `fort|sättning`).
 * `hem` (`hem|besök`), `mellan` (`mellan|stadiet`) and `åter` (`åter|träff`) make real compounds
 * and are not listed.
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'bak',
  'efter',
  'fort',
  'fram',
  'genom',
  'kring',
  'mot',
  'under',
  'över',
]);

/**
 * Derivational suffixes that are also words: `-dom` makes nouns of adjectives (`ungdom`, `sjukdom`,
 * `lärdom`) and `-full` adjectives of nouns (`betydelsefull`). Read as the words `dom` (verdict) and
 * `full`, they would make every page about `ungdomar` a hit for `dom` (rule 4).
 */
export const SUFFIX_HEADS: readonly string[] = ['dom', 'full'];

/** One part of a compound. */
export interface CompoundPart {
  /** The part as written in the (lower-case) word, with its linking letters or inflection. */
  text: string;
  /** The dictionary entry it comes from: `föräldraskap` for `föräldraskaps`, `vård` for `vården`. */
  root: string;
  /**
   * The word it stands for: the root, or for a linking form listed as an entry of its own, the word
   * it links (`hälsa` for `hälso`, `förälder` for `föräldra`).
   */
  word: string;
  /** Where the part starts in the word. */
  start: number;
}

/** Splits compounds with one dictionary, caching each word's analysis. */
export class CompoundSplitter {
  readonly #lexicon: Lexicon;
  readonly #cache = new Map<string, readonly CompoundPart[]>();

  constructor(lexicon: Lexicon) {
    this.#lexicon = lexicon;
  }

  /**
   * The parts of a lower-case word: its finest reading, each part split again where its dictionary
   * entry is a compound (rule 5); empty when the word is not a compound.
   * @example splitter.split('föräldrastöd')
   * // [{ text: 'föräldra', root: 'föräldra', word: 'förälder', start: 0 },
   * //  { text: 'stöd', root: 'stöd', word: 'stöd', start: 8 }]
   */
  split(word: string): readonly CompoundPart[] {
    let parts = this.#cache.get(word);
    if (!parts) {
      // Marked before splitting, so a part whose dictionary word is this word ends the recursion.
      this.#cache.set(word, []);
      parts = this.#split(word);
      this.#cache.set(word, parts);
    }
    return parts;
  }

  /**
   * The meaningful parts of a word: each modifier in its dictionary form, the head as written; empty
   * for a word that is not a compound, and for a name (rule 6).
   * @example splitter.parts('elevhälsocentralerna') // ['elev', 'hälsa', 'centralerna']
   */
  parts(word: string): string[] {
    // Inside a sentence, only a lower-case word is analysed (rule 6): its key is the word itself.
    const lower = termsKey(word.normalize('NFC'), false);
    if (!lower) return [];
    const parts = this.split(lower);
    return parts.map((part, i) => (i === parts.length - 1 ? part.text : part.word));
  }

  /**
   * The extra terms of a text's compounds, deduplicated, in order of first appearance; none that the
   * text already holds as a word.
   * @param text the text, or its words already read (text-words.ts)
   * @example splitter.terms('Hembesök i barnhälsovården.') // ['besök', 'hälsovården', 'hälsa', 'vården']
   */
  terms(text: string | TextWords): string[] {
    return termsOfWords(wordsOf(text), (key) => this.termsOf(key));
  }

  /**
   * The terms a word adds, by its key ({@link termsKey}): its compound's tails and hidden modifiers;
   * none for a capitalised word at a sentence's start that the dictionary lists as a name
   * (`Bergström`, rule 6).
   * @example splitter.termsOf('barnhälsovården') // ['hälsovården', 'hälsa', 'vården']
   */
  termsOf(key: string): readonly string[] {
    const lower = key.toLowerCase();
    if (key !== lower && this.#lexicon.has(key)) return [];
    return this.#termsOfWord(lower);
  }

  /** The terms one lower-case word adds: its tails and its hidden modifiers. */
  #termsOfWord(word: string): string[] {
    const parts = this.split(word);
    const terms: string[] = [];
    parts.forEach((part, i) => {
      if (i > 0) terms.push(word.slice(part.start));
      const isModifier = i < parts.length - 1;
      if (isModifier && !word.startsWith(part.word, part.start) && this.#lexicon.isWord(part.word)) {
        terms.push(part.word);
      }
    });
    return terms;
  }

  #split(word: string): readonly CompoundPart[] {
    // A misspelling the dictionary names is not read as a compound.
    if (this.#lexicon.isForbidden(word)) return [];
    const readings = this.#readings(word, 0, new Map());
    if (readings.length === 0) return [];
    const best = readings.reduce((a, b) => (better(b, a) ? b : a));
    return best.flatMap((part) => this.#refine(part)).map((part) => ({ ...part, word: this.#wordOf(part.root) }));
  }

  /** The word a root stands for (see CompoundPart.word). */
  #wordOf(root: string): string {
    return this.#lexicon.isWord(root) ? root : (this.#lexicon.linkedWords(root)[0] ?? root);
  }

  /** A part, or the finer parts of its dictionary word where that word is itself a compound. */
  #refine(part: CompoundPart): CompoundPart[] {
    // Only boundaries within what the part shares with its word carry over (`hälsovård|en`).
    const shared = commonPrefixLength(part.root, part.text);
    const inner = this.split(part.root).filter((sub) => sub.start < shared);
    if (inner.length < 2) return [part];
    return inner.map((sub, i) => ({
      ...sub,
      text: part.text.slice(sub.start, inner[i + 1]?.start ?? part.text.length),
      start: part.start + sub.start,
    }));
  }

  /** Whether `next` begins with a derivational suffix that belongs to `part` (rule 4). */
  #isSuffix(part: CompoundPart, next: CompoundPart): boolean {
    return SUFFIX_HEADS.some((suffix) => next.text.startsWith(suffix) && this.#lexicon.isWord(part.text + suffix));
  }

  /**
   * Every reading of `word` from `start` on as parts of a compound (the first part when start is 0),
   * each at least MIN_PART_LENGTH letters, memoised per start.
   */
  #readings(word: string, start: number, memo: Map<number, CompoundPart[][]>): CompoundPart[][] {
    const known = memo.get(start);
    if (known) return known;
    const { checkCompoundTriple, simplifiedTriple, checkCompoundDup } = this.#lexicon.settings;
    const readings: CompoundPart[][] = [];

    const first = start === 0;
    const lastStart = word.length - MIN_PART_LENGTH;
    if (!first && start <= lastStart) {
      const head = this.#lexicon.part(word.slice(start), 'end');
      if (head) readings.push([{ text: word.slice(start), root: head.root, word: head.root, start }]);
    }
    for (let end = start + MIN_PART_LENGTH; end <= lastStart; end++) {
      const text = word.slice(start, end);
      const reading = this.#lexicon.part(text, first ? 'begin' : 'middle');
      if (!reading || (first && PARTICLES.has(text))) continue;
      const part: CompoundPart = { text, root: reading.root, word: reading.root, start };
      // The next part starts here, or one letter earlier where three equal letters were written as two.
      const nexts: number[] = [];
      const tripled = word[end - 1] === word[end] && (word[end - 2] === word[end - 1] || word[end + 1] === word[end]);
      if (!checkCompoundTriple || !tripled) nexts.push(end);
      if (simplifiedTriple && end >= 2 && word[end - 1] === word[end - 2]) nexts.push(end - 1);
      for (const next of nexts) {
        for (const rest of this.#readings(word, next, memo)) {
          if (checkCompoundDup && rest[0]!.root === part.root) continue;
          if (this.#isSuffix(part, rest[0]!)) continue;
          readings.push([part, ...rest]);
        }
      }
    }
    memo.set(start, readings);
    return readings;
  }
}

/** Whether reading `a` is preferred to `b`: more parts, then a longer last part (rule 5). */
function better(a: CompoundPart[], b: CompoundPart[]): boolean {
  if (a.length !== b.length) return a.length > b.length;
  return a.at(-1)!.text.length > b.at(-1)!.text.length;
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether the word at `index` starts a sentence, a line, a heading, a list item or a table cell:
 * only markup and spaces stand between it and the text's start, a line break, `.`, `!`, `?`, `:`
 * or `|`.
 */
function startsSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s"'“”‘’«»([*_#>•–—-]/u.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || '.!?:|'.includes(text[i]!);
}

/**
 * What decides the terms a word adds ({@link CompoundSplitter.termsOf}): the word as written where
 * the dictionary must be asked — a lower-case word, or a capitalised one where it starts a sentence,
 * which may be a name the dictionary lists — and undefined for a word that adds none whatever the
 * dictionary says: an acronym, a mixed-case word, a capitalised word inside a sentence (rule 6).
 * @example termsKey('Barnhälsovården', true) // 'Barnhälsovården'
 * @example termsKey('Barnhälsovården', false) // undefined
 */
export function termsKey(written: string, sentenceStart: boolean): string | undefined {
  const lower = written.toLowerCase();
  if (written === lower) return lower;
  const capitalised = written[0]!.toUpperCase() + written.slice(1).toLowerCase();
  return written === capitalised && sentenceStart ? written : undefined;
}

/**
 * The terms of a text's compounds (see {@link compoundTerms}), each word's from `termsOf` by its key.
 * @param termsOf a word's terms by its key ({@link termsKey})
 */
function termsOfWords(text: TextWords, termsOf: (key: string) => readonly string[]): string[] {
  const found = new Set<string>();
  for (const word of text.words) {
    const key = termsKey(word.text, startsSentence(text.composed, word.index));
    if (key === undefined) continue;
    for (const term of termsOf(key)) found.add(term);
  }
  return [...found].filter((term) => !text.lower.has(term));
}

/**
 * A splitter on a Hunspell dictionary given as text, with extra `.dic` entries.
 * @param aff the `.aff` file's text
 * @param dic the `.dic` file's text
 * @param extra extra entries, such as {@link DOMAIN_WORDS}
 */
export function createSplitter(
  aff: string,
  dic: string,
  extra: readonly Pick<DomainWord, 'entry'>[] = [],
): CompoundSplitter {
  const words = parseDic(dic);
  for (const { entry } of extra) {
    const [word = '', flags = ''] = entry.split('/');
    addEntry(words, word, flags);
  }
  return new CompoundSplitter(new Lexicon(parseAff(aff), words));
}

/** The text of dictionary-sv's `.aff` and `.dic` files, read from the installed package. */
export function swedishDictionary(): { aff: string; dic: string } {
  const folder = dirname(createRequire(import.meta.url).resolve('dictionary-sv'));
  const read = (name: string) => readFileSync(join(folder, name), 'utf8');
  return { aff: read('index.aff'), dic: read('index.dic') };
}

let swedish: CompoundSplitter | undefined;

/**
 * The splitter on dictionary-sv and our domain words, loaded on first use (about a second) and
 * shared.
 */
export function swedishSplitter(): CompoundSplitter {
  if (!swedish) {
    const { aff, dic } = swedishDictionary();
    swedish = createSplitter(aff, dic, DOMAIN_WORDS);
  }
  return swedish;
}

/**
 * The meaningful parts of a Swedish compound, lower-case: the modifiers in their dictionary form and
 * the head as written; empty for a word that is not a compound.
 * @example compoundParts('föräldraskapsstöd') // ['föräldraskap', 'stöd']
 * @example compoundParts('Värnamo') // []
 */
export function compoundParts(word: string): string[] {
  return swedishSplitter().parts(word);
}

/**
 * Each word's compound terms by key ({@link termsKey}), kept between builds (src/lib/search/
 * search-extras.ts keeps them in the cache folder under the project's code digest, which covers the
 * dictionary's version and our domain words): a word the last build split is not split again, and
 * the dictionary is loaded only when some word is new.
 */
export interface KeptTerms {
  /** The last build's, asked first. */
  kept: ReadonlyMap<string, readonly string[]>;
  /** Every key this build asked for, with its terms: filled by {@link compoundTerms}. */
  used: Map<string, readonly string[]>;
}

/**
 * The extra search terms of a page's text: the tails of its compounds and their hidden modifiers,
 * deduplicated, none that the text already holds as a word.
 * @param text the text, or its words already read (text-words.ts)
 * @param keep words' terms kept from the last build, asked before the dictionary
 * @example compoundTerms('Föräldraskapsstöd och hembesök.') // ['stöd', 'besök']
 */
export function compoundTerms(text: string | TextWords, keep?: KeptTerms): string[] {
  if (!keep) return swedishSplitter().terms(text);
  return termsOfWords(wordsOf(text), (key) => {
    const terms = keep.used.get(key) ?? keep.kept.get(key) ?? swedishSplitter().termsOf(key);
    keep.used.set(key, terms);
    return terms;
  });
}
