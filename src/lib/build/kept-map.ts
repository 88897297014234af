/**
 * What a build keeps for the next one in the cache folder (`node_modules/.astro/` or
 * `BASTA_CACHE_DIR`), as one JSON file of key–value pairs: the RSS feed's report texts
 * (src/lib/meetings/newsletter/load.ts, `basta-feed.json`), the entry pages' search extras and
 * each word's compound terms (`addSearchExtras` in src/lib/search/search-extras.ts,
 * `basta-search.json` and `basta-compounds.json`). Each value is kept
 * under a key of what it is made of (a hash, src/lib/content/cache-key.ts), so a kept value is
 * never stale: when anything it is made of changes, its key does too. The file holds only the last
 * build's values and is replaced whole (a temporary file, then a rename: a killed build leaves the
 * old one); one that is missing, cut short or not as written gives nothing, and everything is made
 * again.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The kept values, by key; empty when there are none or the file cannot be read, and without any
 * pair whose value `isValue` refuses.
 */
export function readKeptMap<T>(file: string, isValue: (value: unknown) => value is T): Map<string, T> {
  if (!existsSync(file)) return new Map();
  try {
    const pairs: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(pairs)) return new Map();
    return new Map(
      pairs.filter(
        (pair): pair is [string, T] =>
          Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && isValue(pair[1]),
      ),
    );
  } catch {
    return new Map();
  }
}

/** Replaces the kept values with this build's. */
export function writeKeptMap(file: string, values: ReadonlyMap<string, unknown>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify([...values]));
  renameSync(temporary, file);
}

/** Whether a kept value is a string. */
export function isString(value: unknown): value is string {
  return typeof value === 'string';
}
