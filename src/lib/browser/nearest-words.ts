/**
 * Suggestions for a search that found nothing: the indexed words nearest to what was typed, by edit
 * distance (a letter added, dropped, changed, or two swapped) on words folded to small letters
 * without diacritics, so `Warfwinge` gives `warfvinge`. The words come from the index's word list
 * (src/lib/search/index-words.ts), downloaded only when a search finds nothing.
 */

/**
 * A word in small letters without diacritics.
 * @example fold('Värnamo') // 'varnamo'
 */
export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The edit distance between two words, counting a swap of two neighbours as one edit; stops above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many edits a word of this length may be away from a suggestion: 1 up to 5 letters, then 2. */
export function allowedEdits(length: number): number {
  return length <= 5 ? 1 : 2;
}

/**
 * The indexed words nearest to `word`, nearest first (then in the list's order, which is by how
 * often they occur), at most `limit`; none when the word is an indexed word or the start of one.
 * @example nearestWords('Warfwinge', ['warfvinge', 'vinge']) // ['warfvinge']
 */
export function nearestWords(word: string, words: readonly string[], limit = 3): string[] {
  const typed = fold(word);
  if (typed.length < 3) return [];
  const folded = foldedList(words);
  if (folded.some((candidate) => candidate.startsWith(typed))) return [];
  const max = allowedEdits(typed.length);
  return words
    .map((candidate, i) => ({ candidate, distance: editDistance(typed, folded[i]!, max) }))
    .filter((entry) => entry.distance <= max)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

/** The word list folded once, however many words are looked up in it. */
const foldedLists = new WeakMap<readonly string[], string[]>();

function foldedList(words: readonly string[]): string[] {
  let folded = foldedLists.get(words);
  if (!folded) {
    folded = words.map(fold);
    foldedLists.set(words, folded);
  }
  return folded;
}

/**
 * How many words of a query are looked up: each costs a pass over the word list (up to 20,000
 * words), and an address with a query of hundreds of words would freeze the page.
 */
export const MAX_LOOKED_UP = 10;

/**
 * The words of a query that are looked up: the first {@link MAX_LOOKED_UP}.
 * @example lookedUp('a b') // ['a', 'b']
 */
export function lookedUp(query: string): string[] {
  return query.split(/\s+/u).filter(Boolean).slice(0, MAX_LOOKED_UP);
}

/**
 * A query with each word that no indexed word begins with replaced by its nearest indexed word
 * (only the first {@link MAX_LOOKED_UP} words are looked up; the rest stay as typed);
 * undefined when no word could be replaced.
 * @example correctedQuery('Tyra Warfwinge', ['tyra', 'warfvinge']) // 'Tyra warfvinge'
 */
export function correctedQuery(query: string, words: readonly string[]): string | undefined {
  let changed = false;
  const corrected = query
    .split(/\s+/u)
    .filter(Boolean)
    .map((word, i) => {
      if (i >= MAX_LOOKED_UP) return word;
      const nearest = nearestWords(word, words, 1)[0];
      if (!nearest) return word;
      changed = true;
      return nearest;
    });
  return changed ? corrected.join(' ') : undefined;
}
