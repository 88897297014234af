/**
 * The last wall's memory between builds: the digests of the output files it read and found
 * nothing in. A file is read again unless the very same bytes, at the same place in the output,
 * were found clean by the same wall (the project's code, src/lib/content/cache-key.ts), for the
 * same site address and the same allowlist: all of those are in the digest. A finding is never
 * remembered, so a file the wall refused is read, and refused, on every build. The memory is
 * written whole after each wall (atomically: a killed build leaves the old one), holding only
 * the files of that build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class WallMemo {
  private readonly file: string;
  private readonly rules: string;
  private readonly previous: Set<string>;
  private readonly next = new Set<string>();

  /**
   * @param file where the memory is kept (in Astro's cache folder)
   * @param rules everything the wall's verdict on a file depends on besides its bytes and place:
   *   the wall's code, the site's address, the allowlist
   */
  constructor(file: string, rules: string) {
    this.file = file;
    this.rules = rules;
    this.previous = new Set(readDigests(file));
  }

  /** The digest of an output file under these rules. */
  digest(relative: string, bytes: Buffer): string {
    return createHash('sha256')
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

  /** Notes a digest the wall found clean in this build. */
  keep(digest: string): void {
    this.next.add(digest);
  }

  /** Writes this build's clean digests, replacing the last build's. */
  save(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify([...this.next]));
    renameSync(temporary, this.file);
  }
}

function readDigests(file: string): string[] {
  if (!existsSync(file)) return [];
  try {
    const digests: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(digests) ? digests.filter((digest): digest is string => typeof digest === 'string') : [];
  } catch {
    return [];
  }
}
