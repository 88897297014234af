/**
 * A text's words, read once for everything search derives from them at build: the compounds' terms
 * (compounds.ts), the words a page already holds (search-extras.ts) and its words for the word list
 * (index-words.ts). Each of these read the whole text on its own before; a page is now read once.
 */

/** One word of a text: a run of letters. */
export interface TextWord {
  /** As written. */
  text: string;
  /** Lower-case. */
  lower: string;
  /** Where it starts in the composed text. */
  index: number;
}

/** A text's words, in order. */
export interface TextWords {
  /** The text composed (NFC), so that `ö` written as `o` + a combining diaeresis is one letter of one word. */
  composed: string;
  words: readonly TextWord[];
  /** Every word, lower-case, once, in order of first appearance. */
  lower: ReadonlySet<string>;
}

/**
 * The words of a text: each run of letters (`\p{L}`), in the composed text.
 * @example textWords('Hembesök i Nässjö').words.map((word) => word.lower) // ['hembesök', 'i', 'nässjö']
 */
export function textWords(text: string): TextWords {
  const composed = text.normalize('NFC');
  const words: TextWord[] = [];
  const lower = new Set<string>();
  for (const match of composed.matchAll(/\p{L}+/gu)) {
    const word = { text: match[0], lower: match[0].toLowerCase(), index: match.index };
    words.push(word);
    lower.add(word.lower);
  }
  return { composed, words, lower };
}

/** The text's words, read now if it is not read yet. */
export function wordsOf(text: string | TextWords): TextWords {
  return typeof text === 'string' ? textWords(text) : text;
}
