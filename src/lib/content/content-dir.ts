import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Where the content lives. `content/` unless `BASTA_CONTENT_DIR` names another folder, so tests and
 * the benchmark can build fixture content with the same code.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.BASTA_CONTENT_DIR ?? 'content';
}

/**
 * A file of the content folder as editors and the build name it, e.g. `content/site.yaml`.
 * @param file the file's path inside the content folder
 */
export function contentFile(file: string, env: Record<string, string | undefined> = process.env): string {
  return `${contentDir(env)}/${file}`;
}

/**
 * Astro's cache folder for the content in use: `BASTA_CACHE_DIR` when set (parallel builds), else
 * Astro's default for the shipped content; any other content folder gets its own, so entries from one content folder never leak into another's build.
 * @returns a folder path, or undefined for Astro's default
 */
export function cacheDirFor(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.BASTA_CACHE_DIR) return env.BASTA_CACHE_DIR;
  const dir = contentDir(env);
  if (dir === 'content') return undefined;
  const key = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 12);
  return path.join(tmpdir(), `basta-astro-cache-${key}`);
}

/**
 * Astro's cache folder as a path: `cacheDirFor`, or Astro's default `node_modules/.astro/`. The
 * build's own caches (the last wall's memory, the feed's report texts) live there too, so the
 * workflows restore and save them with Astro's.
 * @param root the project
 */
export function astroCacheDir(env: Record<string, string | undefined> = process.env, root = process.cwd()): string {
  return cacheDirFor(env) ?? path.join(root, 'node_modules', '.astro');
}
