/**
 * What of Astro's cache folder a build that did not finish must not leave behind. Astro writes its
 * optimized images (`assets/`) and the pages its incremental build keeps (`dist/`, with their keys
 * in `incremental-build.json`, src/lib/content/cache-key.ts) in place while it runs: a build that
 * was stopped, crashed or killed may have left a file cut short, or a stored page newer than the
 * key the manifest holds for it (the manifest is written last), which a later build would copy
 * into the site. So these go whenever Astro did not finish; a marker file, written when Astro
 * starts and removed when it has finished, tells the next build that the last one was killed
 * before it could clean up. The content data store stays: Astro checks it itself.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The parts of the cache folder a build that did not finish leaves untrustworthy. */
export const UNFINISHED_PARTS = ['assets', 'dist', 'incremental-build.json'] as const;
const MARKER = 'basta-astro-running';

/** Removes what an unfinished Astro may have left cut short or out of step. */
export function discardUnfinished(cacheDir: string): void {
  for (const part of UNFINISHED_PARTS) rmSync(path.join(cacheDir, part), { recursive: true, force: true });
  rmSync(path.join(cacheDir, MARKER), { force: true });
}

/**
 * Before Astro starts: if the last Astro never finished (its marker is still there), discards what
 * it left; then marks this one as running.
 * @returns whether a killed build's leftovers were discarded
 */
export function astroStarting(cacheDir: string): boolean {
  const killed = existsSync(path.join(cacheDir, MARKER));
  if (killed) discardUnfinished(cacheDir);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path.join(cacheDir, MARKER), `${process.pid}\n`);
  return killed;
}

/** After Astro has ended: keeps its cache when it finished, discards the unfinished parts otherwise. */
export function astroEnded(cacheDir: string, finished: boolean): void {
  if (finished) rmSync(path.join(cacheDir, MARKER), { force: true });
  else discardUnfinished(cacheDir);
}
