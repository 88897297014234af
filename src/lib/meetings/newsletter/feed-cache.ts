/**
 * The RSS feed's report texts kept between builds. The feed carries every report in full
 * (feed-content.ts), so without this every build would render every report's body again for it,
 * even when the report pages and e-mail editions are copied from the last build. Each text is kept
 * under the key of what it is made of (src/lib/content/cache-key.ts: the meeting's entry, its
 * videos and links, its page's address, the project's code and the content's images); the file
 * holds only the last build's texts and is replaced whole (a killed build leaves the old one).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The kept texts, by key; empty when there are none or the file cannot be read. */
export function readFeedCache(file: string): Map<string, string> {
  if (!existsSync(file)) return new Map();
  try {
    const pairs: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(pairs)) return new Map();
    return new Map(
      pairs.filter(
        (pair): pair is [string, string] =>
          Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string',
      ),
    );
  } catch {
    return new Map();
  }
}

/** Replaces the kept texts with this build's. */
export function writeFeedCache(file: string, texts: ReadonlyMap<string, string>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify([...texts]));
  renameSync(temporary, file);
}
