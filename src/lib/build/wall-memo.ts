/**
 * The last wall's memory between builds: the digests of the output files it read and found
 * nothing in, and of the parts of a file it checks one by one (an RSS item's HTML, found clean
 * wherever it stands in the feed). A file is read again unless the very same bytes, at the same
 * place in the output, were found clean by the same wall (the project's code,
 * src/lib/content/cache-key.ts), for the same site address and the same allowlist: all of those are
 * in the digest, and a part's digest is kept apart from any file's. A finding is never remembered,
 * so a file the wall refused is read, and refused, on every build. The memory is written whole after
 * each wall (src/lib/build/kept-map.ts: a killed build leaves the old one), holding only what that
 * build found clean, each under its place in the output (`rss.xml`, `rss.xml#3` for a part), so a
 * part of it can be carried into another cache ({@link copyWallMemo}).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { isString, readKeptMap, writeKeptMap } from './kept-map.ts';

/** The memory's file in the build cache folder. */
export const WALL_MEMO_FILE = 'basta-wall.json';

export class WallMemo {
  private readonly file: string;
  private readonly rules: string;
  private readonly previous: Set<string>;
  /** This build's clean files: each one's digest under its place in the output. */
  private readonly next = new Map<string, string>();

  /**
   * @param file where the memory is kept (in Astro's cache folder)
   * @param rules everything the wall's verdict on a file depends on besides its bytes and place:
   *   the wall's code, the site's address, the allowlist
   */
  constructor(file: string, rules: string) {
    this.file = file;
    this.rules = rules;
    this.previous = new Set(readKeptMap(file, isString).values());
  }

  /**
   * The digest of an output file under these rules, or of a part of one (`part`: checked by fewer
   * rules than a whole file, so its digest never equals a file's).
   */
  digest(relative: string, bytes: Buffer, kind: 'file' | 'part' = 'file'): string {
    return createHash('sha256')
      .update(kind)
      .update('\0')
      .update(this.rules)
      .update('\0')
      .update(relative)
      .update('\0')
      .update(bytes)
      .digest('base64url');
  }

  /** Whether the wall found this digest clean last time. */
  cleared(digest: string): boolean {
    return this.previous.has(digest);
  }

  /** Notes the digest of an output file (or of a part, under `file#n`) the wall found clean in this build. */
  keep(relative: string, digest: string): void {
    this.next.set(relative, digest);
  }

  /** Writes this build's clean digests, replacing the last build's. */
  save(): void {
    writeKeptMap(this.file, this.next);
  }
}

/**
 * Carries the memory of some output files from one build cache folder into another (the
 * benchmark's cache that holds only the e-mail editions of an earlier build).
 * @param only which output files (by place in the output) to carry
 */
export function copyWallMemo(fromDir: string, toDir: string, only: (relative: string) => boolean): void {
  const kept = readKeptMap(path.join(fromDir, WALL_MEMO_FILE), isString);
  writeKeptMap(path.join(toDir, WALL_MEMO_FILE), new Map([...kept].filter(([relative]) => only(relative))));
}
