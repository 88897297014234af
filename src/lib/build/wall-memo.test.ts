import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutput } from './output-check.ts';
import { isString, readKeptMap } from './kept-map.ts';
import { copyWallMemo, WALL_MEMO_FILE, WallMemo } from './wall-memo.ts';

const CLEAN =
  '<!doctype html><html lang="sv"><head><title>A</title></head><body><p>Ring 036-32 10 00.</p></body></html>';
const NUMBER =
  '<!doctype html><html lang="sv"><head><title>A</title></head><body><p>Ring 121212-1212.</p></body></html>';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-wall-memo-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** One wall as scripts/build.ts runs it: with the memory kept in `memoFile`, saved afterwards. */
function wall(dir: string, memoFile: string, rules = 'code site allowlist') {
  const memo = new WallMemo(memoFile, rules);
  const problems = checkOutput(dir, { site: 'https://example.se/', pages: [], allowlist: [], root: dir, memo });
  memo.save();
  return problems.map((problem) => `${problem.file} ${problem.rule}`);
}

/** The output files a saved memory holds. */
const keptFiles = (memo: string) => [...readKeptMap(memo, isString).keys()];

describe('the last wall with its memory of clean files', () => {
  const memoFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'basta-memo-')), 'basta-wall.json');

  it('reads a file again when its bytes changed since it was found clean', () => {
    const memo = memoFile();
    const dir = site({ 'traffar/a/index.html': CLEAN });
    expect(wall(dir, memo)).toEqual([]);
    writeFileSync(path.join(dir, 'traffar/a/index.html'), NUMBER);
    expect(wall(dir, memo)).toEqual(['traffar/a/index.html personnummer']);
  });

  it('refuses a file on every build, never remembering a finding', () => {
    const memo = memoFile();
    const dir = site({ 'traffar/a/index.html': NUMBER });
    expect(wall(dir, memo)).toEqual(['traffar/a/index.html personnummer']);
    expect(wall(dir, memo)).toEqual(['traffar/a/index.html personnummer']);
  });

  it('remembers a file by its bytes and its place in the output, under the rules it was checked by', () => {
    const memo = memoFile();
    const dir = site({ 'a/index.html': CLEAN });
    wall(dir, memo);
    const clean = new WallMemo(memo, 'code site allowlist');
    const bytes = readFileSync(path.join(dir, 'a/index.html'));
    expect(clean.cleared(clean.digest('a/index.html', bytes))).toBe(true);
    expect(clean.cleared(clean.digest('b/index.html', bytes))).toBe(false);
    expect(clean.cleared(clean.digest('a/index.html', Buffer.from(NUMBER)))).toBe(false);
    // A part is checked by fewer rules than a file: the same bytes as a part are not a clean file.
    expect(clean.cleared(clean.digest('a/index.html', bytes, 'part'))).toBe(false);
    const otherRules = new WallMemo(memo, 'changed code site allowlist');
    expect(otherRules.cleared(otherRules.digest('a/index.html', bytes))).toBe(false);
  });

  it('skips a file it remembers as clean, and keeps only the files of the last build', () => {
    const memo = memoFile();
    const dir = site({ 'a/index.html': NUMBER, 'b/index.html': CLEAN });
    // A memory that says these very bytes were clean under these rules: the wall trusts it.
    const planted = new WallMemo(memo, 'rules');
    planted.keep('a/index.html', planted.digest('a/index.html', Buffer.from(NUMBER)));
    planted.keep('gone/index.html', planted.digest('gone/index.html', Buffer.from(CLEAN)));
    planted.save();
    expect(wall(dir, memo, 'rules')).toEqual([]);
    expect(keptFiles(memo).sort()).toEqual(['a/index.html', 'b/index.html']);
    // Under any other rules the same bytes are read again.
    expect(wall(dir, memo, 'other rules')).toEqual(['a/index.html personnummer']);
    expect(keptFiles(memo)).toEqual(['b/index.html']);
  });

  it('remembers the clean HTML of each feed item, reads again only the items that changed, and finds a hostile one', () => {
    const memo = memoFile();
    const item = (id: string, html: string) =>
      `<item>\n<link>https://example.se/traffar/${id}/</link>\n<content:encoded>${html}</content:encoded>\n</item>\n`;
    const feed = (...items: string[]) => `<?xml version="1.0"?>\n<rss><channel>\n${items.join('')}</channel></rss>\n`;
    const a = item('a', '&lt;p&gt;A&lt;/p&gt;');
    const dir = site({ 'rss.xml': feed(a, item('b', '&lt;p&gt;B&lt;/p&gt;')) });
    expect(wall(dir, memo)).toEqual([]);
    expect(keptFiles(memo).sort()).toEqual(['rss.xml', 'rss.xml#0', 'rss.xml#1']);
    // A new item first (the feed is newest first), one changed to hold a frame: both are read.
    writeFileSync(
      path.join(dir, 'rss.xml'),
      feed(item('c', '&lt;object&gt;&lt;/object&gt;'), a, item('b', '&lt;iframe&gt;&lt;/iframe&gt;')),
    );
    expect(wall(dir, memo)).toEqual(['rss.xml embedded-element', 'rss.xml embedded-element']);
    // The unchanged item, now second, is still remembered; the file and the hostile items are not.
    expect(keptFiles(memo)).toEqual(['rss.xml#1']);
    // An item's HTML remembered as clean under these rules is trusted wherever it stands; under
    // other rules it is read again.
    const planted = new WallMemo(memo, 'rules');
    planted.keep('rss.xml#0', planted.digest('rss.xml', Buffer.from('<iframe></iframe>'), 'part'));
    planted.save();
    writeFileSync(path.join(dir, 'rss.xml'), feed(a, item('b', '&lt;iframe&gt;&lt;/iframe&gt;')));
    expect(wall(dir, memo, 'rules')).toEqual([]);
    expect(wall(dir, memo, 'other rules')).toEqual(['rss.xml embedded-element']);
  });

  it.each([
    ['cut short', '{ avbruten'],
    ['of the older shape (a list of digests)', 'LIST'],
  ])('starts afresh from a memory that is %s', (_, text) => {
    const memo = memoFile();
    const dir = site({ 'a/index.html': NUMBER });
    const old = new WallMemo(memo, 'code site allowlist');
    writeFileSync(memo, text === 'LIST' ? JSON.stringify([old.digest('a/index.html', Buffer.from(NUMBER))]) : text);
    expect(wall(dir, memo)).toEqual(['a/index.html personnummer']);
  });

  it('carries the memory of chosen output files into another cache folder, and only theirs', () => {
    const from = path.dirname(memoFile());
    const to = mkdtempSync(path.join(tmpdir(), 'basta-memo-to-'));
    const dir = site({ 'a/nyhetsbrev.html': CLEAN, 'a/index.html': CLEAN });
    wall(dir, path.join(from, WALL_MEMO_FILE));
    copyWallMemo(from, to, (relative) => relative.endsWith('nyhetsbrev.html'));
    const carried = new WallMemo(path.join(to, WALL_MEMO_FILE), 'code site allowlist');
    const bytes = Buffer.from(CLEAN);
    expect(carried.cleared(carried.digest('a/nyhetsbrev.html', bytes))).toBe(true);
    expect(carried.cleared(carried.digest('a/index.html', bytes))).toBe(false);
  });
});
