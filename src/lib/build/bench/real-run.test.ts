import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WALL_MEMO_FILE, WallMemo } from '../wall-memo.ts';
import { seedEditionCache } from './real-run.ts';

const EDITION = 'src/pages/traffar/[id]/nyhetsbrev.html.ts';
const PAGE = 'src/pages/traffar/[id].astro';

/** A build cache folder as a clean build leaves it: Astro's manifest and stored pages, the wall's memory. */
function cacheOfCleanBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-seed-from-'));
  const stored = { edition: 'traffar/a/nyhetsbrev.html', page: 'traffar/a/index.html' };
  const manifest = {
    version: 1,
    routes: {
      [EDITION]: {
        dependencyHash: 'e',
        paths: { '/traffar/a/nyhetsbrev.html': { cacheKey: 'k', outputFile: stored.edition } },
      },
      [PAGE]: { dependencyHash: 'p', paths: { '/traffar/a/': { cacheKey: 'k', outputFile: stored.page } } },
    },
  };
  writeFileSync(path.join(dir, 'incremental-build.json'), JSON.stringify(manifest));
  const memo = new WallMemo(path.join(dir, WALL_MEMO_FILE), 'rules');
  for (const file of Object.values(stored)) {
    mkdirSync(path.dirname(path.join(dir, 'dist', file)), { recursive: true });
    writeFileSync(path.join(dir, 'dist', file), `<p>${file}</p>`);
    memo.keep(file, memo.digest(file, Buffer.from(`<p>${file}</p>`)));
  }
  memo.save();
  return dir;
}

describe("the benchmark's cache with only the e-mail editions", () => {
  const from = cacheOfCleanBuild();
  const to = path.join(mkdtempSync(path.join(tmpdir(), 'basta-seed-to-')), 'cache');
  seedEditionCache(from, to);

  it("keeps the editions' routes and stored files, not the report pages'", () => {
    const manifest = JSON.parse(readFileSync(path.join(to, 'incremental-build.json'), 'utf8'));
    expect(Object.keys(manifest.routes)).toEqual([EDITION]);
    expect(existsSync(path.join(to, 'dist/traffar/a/nyhetsbrev.html'))).toBe(true);
    expect(existsSync(path.join(to, 'dist/traffar/a/index.html'))).toBe(false);
  });

  it("carries the last wall's memory of the editions only", () => {
    const memo = new WallMemo(path.join(to, WALL_MEMO_FILE), 'rules');
    const cleared = (file: string) => memo.cleared(memo.digest(file, Buffer.from(`<p>${file}</p>`)));
    expect(cleared('traffar/a/nyhetsbrev.html')).toBe(true);
    expect(cleared('traffar/a/index.html')).toBe(false);
  });
});
