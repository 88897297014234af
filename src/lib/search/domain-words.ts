/**
 * Words our content uses that the Swedish Hunspell dictionary (dictionary-sv) lacks or flags too
 * narrowly for splitting compounds. Each entry is a `.dic` line in the dictionary's own flag
 * language, added beside its entries (a word already there keeps its entries and gains these flags).
 * The flags used: A genitive `-s`, D definite `-en`, G plural `-or`/`-ar`, X may begin a compound,
 * Y may end one.
 *
 * Keep this list short: add a word only when a compound in `content/` stays unsplit without it, and
 * say which. The service names the network uses (barnhälsovård, elevhälsocentral, familjecentral,
 * socialtjänst, ungdomsmottagning) need no entry: the dictionary splits them already.
 */

/** A dictionary entry for our content, and the compound in `content/` that needs it. */
export interface DomainWord {
  /** A `.dic` line: `word/flags`. */
  entry: string;
  /** The compound in our content that stays whole without this entry. */
  compound: string;
  /** Where it appears, and what the dictionary lacks. */
  why: string;
}

export const DOMAIN_WORDS: readonly DomainWord[] = [
  {
    entry: 'coaching/ADXY',
    compound: 'coachinggrupp',
    why: 'content/series/vaxa-upp-leva-och-bo-pa.md: the loanword is missing',
  },
  {
    entry: 'norm/X',
    compound: 'normmedvetet',
    why: 'content/plans/uppfoljning-2021.mdx: norm is listed, but not as a first part',
  },
  {
    entry: 'hälsa/GY',
    compound: 'elevhälsor',
    why: 'content/plans/uppfoljning-2021.mdx: hälsa is listed without a plural',
  },
];
