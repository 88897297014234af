/**
 * The part of Hunspell's compounding that splitting a Swedish compound needs, read from a Hunspell
 * dictionary (`.aff` + `.dic`, as `dictionary-sv` ships them).
 *
 * Hunspell checks a compound by cutting it into parts that the dictionary marks: the first part needs
 * the COMPOUNDBEGIN flag, a middle part COMPOUNDMIDDLE, the last part COMPOUNDEND. A part may be a
 * dictionary word or a word with a suffix: the last part takes any of its word's suffixes
 * (`vård` + `en` = `vården`); a first or middle part only a suffix that carries COMPOUNDPERMITFLAG,
 * and such suffixes are how the Swedish dictionary writes its linking forms (`föräldraskap` +
 * `s` = `föräldraskaps-`, `förälder` → `föräldra-`, `skol` + `e` = `skole-`). A flag may sit on the
 * word or on the suffix ("continuation class"). ONLYINCOMPOUND marks words and suffixes that never
 * stand alone (`hälso-`, the linking `s`). FORBIDDENWORD and NEEDAFFIX entries are not words.
 *
 * Implemented here: flags of one character each (the default `FLAG` type, which dictionary-sv uses),
 * SFX rules with strip, add, condition and continuation flags, the flags named above, and
 * FORCEUCASE (a compound ending in such a word is a name: `Sand|quist`). The rules about the whole
 * compound (CHECKCOMPOUNDDUP, CHECKCOMPOUNDTRIPLE, SIMPLIFIEDTRIPLE, a forbidden word is no
 * compound) are read here and applied by src/lib/search/compounds.ts.
 *
 * Not implemented, because splitting the words of our pages does not need them: prefixes
 * (dictionary-sv has none), twofold suffixes (none of its suffixes carries another suffix's flag),
 * COMPOUNDRULE (it uses them for numbers written in letters and a few adjective and verb prefixes),
 * CHECKCOMPOUNDREP and CHECKCOMPOUNDPATTERN (spelling checks that refuse a compound resembling
 * another word), morphological fields.
 *
 * Checked against Hunspell itself (the WebAssembly build in the npm package hunspell-asm, run
 * outside this project): the same verdict on all 1,775 lower-case words of content/ and the source
 * documents, and on 11,989 of 12,000 random joins of dictionary words. Of the other 11, Hunspell
 * accepts 7 numbers written in letters (COMPOUNDRULE) and refuses 4 compounds holding a misspelling
 * it names (`skadespel`) or a part a REP rule would respell (`stads|chef` ≈ `statschef`).
 */

/** One suffix rule: `SFX flag strip add[/continuation] condition`. */
export interface SuffixRule {
  /** The flag a word carries to take this suffix. */
  flag: string;
  /** What is removed from the word's end before `add` is appended. */
  strip: string;
  /** What is appended. */
  add: string;
  /** Flags the suffixed form carries in addition to the word's (e.g. `WXZ` for a linking form). */
  continuation: string;
  /** What the word must end with (before stripping). */
  condition: RegExp;
}

/** The compounding settings of an `.aff` file; a flag is undefined where the file does not set it. */
export interface AffixSettings {
  compoundBegin?: string | undefined;
  compoundMiddle?: string | undefined;
  compoundEnd?: string | undefined;
  compoundPermit?: string | undefined;
  onlyInCompound?: string | undefined;
  forbiddenWord?: string | undefined;
  needAffix?: string | undefined;
  /** FORCEUCASE: a compound ending in a word with this flag is a name (`Sand|quist`, `Stor|gatan`). */
  forceUpperCase?: string | undefined;
  /** CHECKCOMPOUNDDUP: no part may repeat the part before it (`bil` + `bil`). */
  checkCompoundDup: boolean;
  /** CHECKCOMPOUNDTRIPLE: no three equal letters across a boundary (`fall` + `lucka` ≠ `falllucka`). */
  checkCompoundTriple: boolean;
  /** SIMPLIFIEDTRIPLE: three equal letters are written as two (`fall` + `lucka` = `fallucka`). */
  simplifiedTriple: boolean;
  /** Suffix rules keyed by what they append, for looking a form up from its end. */
  suffixesByAdd: Map<string, SuffixRule[]>;
  /** The longest `add` of any suffix rule. */
  maxAddLength: number;
}

/** Where a part stands in a compound. */
export type CompoundRole = 'begin' | 'middle' | 'end';

/** How a string can be read as a compound part: the dictionary word, and the suffix if one was used. */
export interface PartReading {
  /** The dictionary word the part comes from (`föräldraskap` for `föräldraskaps-`). */
  root: string;
  /** The suffix rule applied to `root`, or undefined when the part is the word itself. */
  suffix?: SuffixRule | undefined;
}

const FLAG_SETTINGS = {
  COMPOUNDBEGIN: 'compoundBegin',
  COMPOUNDMIDDLE: 'compoundMiddle',
  COMPOUNDEND: 'compoundEnd',
  COMPOUNDPERMITFLAG: 'compoundPermit',
  ONLYINCOMPOUND: 'onlyInCompound',
  FORBIDDENWORD: 'forbiddenWord',
  NEEDAFFIX: 'needAffix',
  FORCEUCASE: 'forceUpperCase',
} as const;

/**
 * Reads an `.aff` file's compounding settings and suffix rules.
 * @example parseAff('COMPOUNDBEGIN X\nSFX v N 1\nSFX v 0 s/WXZ .').compoundBegin // 'X'
 */
export function parseAff(text: string): AffixSettings {
  const settings: AffixSettings = {
    checkCompoundDup: false,
    checkCompoundTriple: false,
    simplifiedTriple: false,
    suffixesByAdd: new Map(),
    maxAddLength: 0,
  };
  const headers = new Set<string>();
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    const [keyword = '', first, second, third, fourth] = fields;
    if (keyword in FLAG_SETTINGS && first) {
      settings[FLAG_SETTINGS[keyword as keyof typeof FLAG_SETTINGS]] = first;
    } else if (keyword === 'CHECKCOMPOUNDDUP') settings.checkCompoundDup = true;
    else if (keyword === 'CHECKCOMPOUNDTRIPLE') settings.checkCompoundTriple = true;
    else if (keyword === 'SIMPLIFIEDTRIPLE') settings.simplifiedTriple = true;
    else if (keyword === 'SFX' && first && second && third) {
      // The first line of a class is its header: `SFX flag cross_product count`.
      if (!headers.has(first)) {
        headers.add(first);
        continue;
      }
      const [addPart = '', continuation = ''] = third.split('/');
      const rule: SuffixRule = {
        flag: first,
        strip: second === '0' ? '' : second,
        add: addPart === '0' ? '' : addPart,
        continuation,
        condition: new RegExp(`${fourth && fourth !== '.' ? fourth : ''}$`, 'u'),
      };
      const rules = settings.suffixesByAdd.get(rule.add) ?? [];
      rules.push(rule);
      settings.suffixesByAdd.set(rule.add, rules);
      settings.maxAddLength = Math.max(settings.maxAddLength, rule.add.length);
    }
  }
  return settings;
}

/**
 * A parsed `.dic` file: each word's flags, or the flags of each of its entries for a word listed
 * more than once (`skola` the noun and `skola` the verb).
 */
export type Dictionary = Map<string, string | string[]>;

/**
 * Reads a `.dic` file. Multi-word entries (`ad hoc`) are left out.
 * @example parseDic('2\nbarn/ABDXY\nvård/ADGXY').get('vård') // 'ADGXY'
 */
export function parseDic(text: string, into: Dictionary = new Map()): Dictionary {
  const lines = text.split('\n');
  // The first line is the number of entries.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.includes(' ')) continue;
    const slash = line.indexOf('/');
    if (slash === -1) addEntry(into, line, '');
    else addEntry(into, line.slice(0, slash), line.slice(slash + 1));
  }
  return into;
}

/** Adds one entry (a word and its flags) to a parsed dictionary. */
export function addEntry(dictionary: Dictionary, word: string, flags: string): void {
  const entries = dictionary.get(word);
  if (entries === undefined) dictionary.set(word, flags);
  else if (typeof entries === 'string') dictionary.set(word, [entries, flags]);
  else entries.push(flags);
}

/** A parsed dictionary with the look-ups compound splitting needs. */
export class Lexicon {
  readonly #settings: AffixSettings;
  readonly #words: Dictionary;

  constructor(settings: AffixSettings, words: Dictionary) {
    this.#settings = settings;
    this.#words = words;
  }

  get settings(): AffixSettings {
    return this.#settings;
  }

  /** Whether the dictionary lists `word` itself (not forbidden), whatever its flags. */
  has(word: string): boolean {
    return this.#some(word, () => true);
  }

  /**
   * Whether `text` is a forbidden word (a misspelling the dictionary names, `skadespel` for
   * `skådespel`) or a suffixed form of one: Hunspell never reads such a word as a compound.
   */
  isForbidden(text: string): boolean {
    const forbidden = this.#settings.forbiddenWord;
    if (!forbidden) return false;
    const marked = (flags: string) => flags.includes(forbidden);
    const entries = (word: string) => [this.#words.get(word) ?? []].flat();
    if (entries(text).some(marked)) return true;
    const { suffixesByAdd, maxAddLength } = this.#settings;
    for (let length = 1; length <= Math.min(maxAddLength, text.length); length++) {
      const base = text.slice(0, text.length - length);
      for (const rule of suffixesByAdd.get(text.slice(text.length - length)) ?? []) {
        const root = base + rule.strip;
        if (entries(root).some((flags) => marked(flags) && flags.includes(rule.flag)) && rule.condition.test(root)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether one of the entries of `word` that are words (not forbidden) passes `test`. */
  #some(word: string, test: (flags: string) => boolean): boolean {
    const entries = this.#words.get(word);
    if (entries === undefined) return false;
    const forbidden = this.#settings.forbiddenWord;
    const passes = (flags: string) => (!forbidden || !flags.includes(forbidden)) && test(flags);
    return typeof entries === 'string' ? passes(entries) : entries.some(passes);
  }

  /**
   * Whether `text` is a word on its own: a dictionary word or one of its suffixed forms, neither
   * marked ONLYINCOMPOUND (`barnen` is, `hälso` and `föräldraskaps` are not).
   */
  isWord(text: string): boolean {
    const { onlyInCompound, needAffix } = this.#settings;
    const standalone = (flags: string) => !onlyInCompound || !flags.includes(onlyInCompound);
    if (this.#some(text, (flags) => standalone(flags) && (!needAffix || !flags.includes(needAffix)))) return true;
    return this.#suffixed(text, (rule, flags) => standalone(rule.continuation) && standalone(flags)) !== undefined;
  }

  /**
   * How `text` can stand at `role` in a compound, or undefined if it cannot.
   * @example lexicon.part('föräldraskaps', 'begin') // { root: 'föräldraskap', suffix: { add: 's', … } }
   */
  part(text: string, role: CompoundRole): PartReading | undefined {
    const s = this.#settings;
    const needed = role === 'begin' ? s.compoundBegin : role === 'middle' ? s.compoundMiddle : s.compoundEnd;
    if (!needed) return undefined;
    // The words are written in lower case here, so a part that forces upper case cannot end one.
    const name = (flags: string) => role === 'end' && !!s.forceUpperCase && flags.includes(s.forceUpperCase);
    const plain = this.#some(
      text,
      (flags) => flags.includes(needed) && (!s.needAffix || !flags.includes(s.needAffix)) && !name(flags),
    );
    if (plain) return { root: text };
    return this.#suffixed(text, (rule, flags) => {
      if (!flags.includes(needed) && !rule.continuation.includes(needed)) return false;
      if (name(flags)) return false;
      // A linking form (ONLYINCOMPOUND suffix) never ends a compound.
      if (role === 'end') return !s.onlyInCompound || !rule.continuation.includes(s.onlyInCompound);
      // Before the last part, only suffixes that permit it (Hunspell: COMPOUNDPERMITFLAG).
      return s.compoundPermit !== undefined && rule.continuation.includes(s.compoundPermit);
    });
  }

  /**
   * The words a linking form stands for, found by reading the dictionary's linking suffixes (those
   * that carry COMPOUNDPERMITFLAG) backwards. The dictionary lists many linking forms as entries of
   * their own (`hälso`, `föräldra`, `gymnasie`), which do not say which word they link.
   * @example lexicon.linkedWords('hälso') // ['hälsa']
   * @example lexicon.linkedWords('gymnasie') // ['gymnasium']
   */
  linkedWords(form: string): string[] {
    const { suffixesByAdd, maxAddLength, compoundPermit } = this.#settings;
    if (!compoundPermit) return [];
    const words = new Set<string>();
    for (let length = 0; length <= Math.min(maxAddLength, form.length); length++) {
      const base = form.slice(0, form.length - length);
      for (const rule of suffixesByAdd.get(form.slice(form.length - length)) ?? []) {
        const word = base + rule.strip;
        if (rule.continuation.includes(compoundPermit) && word !== form && rule.condition.test(word)) {
          if (this.isWord(word)) words.add(word);
        }
      }
    }
    return [...words];
  }

  /** The first reading of `text` as a dictionary word plus one suffix that `accept` accepts. */
  #suffixed(text: string, accept: (rule: SuffixRule, flags: string) => boolean): PartReading | undefined {
    const { suffixesByAdd, maxAddLength } = this.#settings;
    for (let length = 0; length <= Math.min(maxAddLength, text.length); length++) {
      const rules = suffixesByAdd.get(text.slice(text.length - length));
      if (!rules) continue;
      const base = text.slice(0, text.length - length);
      for (const rule of rules) {
        const root = base + rule.strip;
        const fits = (flags: string) => flags.includes(rule.flag) && accept(rule, flags);
        if (root && this.#some(root, fits) && rule.condition.test(root)) return { root, suffix: rule };
      }
    }
    return undefined;
  }
}
