/**
 * "Menade du …?": the closest known name to a misspelt one.
 */
import { distance } from 'fastest-levenshtein';

/**
 * Finds the candidate closest to `value`, if it is close enough to be a likely typo.
 * @param value what the editor wrote
 * @param candidates the names that exist
 * @returns the best candidate, or undefined when none is close
 * @example suggest('tittle', ['title', 'date']) // 'title'
 */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  const needle = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor(needle.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/**
 * The Swedish suffix for a message: ` – menade du "x"?`, or an empty string.
 */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const best = suggest(value, candidates);
  return best === undefined ? '' : ` – menade du "${best}"?`;
}
