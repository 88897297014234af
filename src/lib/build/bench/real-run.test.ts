import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WALL_MEMO_FILE, WallMemo } from '../wall-memo.ts';
import {
  median,
  realFigures,
  realSummary,
  realTable,
  seedEditionCache,
  spreadText,
  type RealKind,
  type RealRun,
} from './real-run.ts';

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

/** The five builds of a round, in the order the benchmark runs them. */
const KINDS: RealKind[] = ['clean-0', 'clean', 'incremental', 'warm-editions', 'no-editions'];

/**
 * One round of the five builds (in the order of KINDS), each as wall and CPU time in seconds,
 * with the round's peak memory in MB.
 */
function round(n: number, times: Array<[number, number]>, peakMb = 700): RealRun[] {
  return times.map(([wall, cpu], index) => ({
    kind: KINDS[index]!,
    round: n,
    clones: index === 0 ? 0 : 600,
    code: 0,
    wallMs: wall * 1000,
    cpuMs: cpu * 1000,
    peakBytes: peakMb * 1024 * 1024,
  }));
}

const ROUND_1 = round(1, [
  [9, 12],
  [27, 36],
  [18, 21],
  [21, 27],
  [20, 25],
]);

describe("the real-reports run's figures", () => {
  it('gives the cost per report over the base build, and the incremental build against the clean one', () => {
    expect(realFigures(ROUND_1)).toEqual({
      clones: 600,
      marginalMs: { cold: 30, warmEditions: 20, noEditions: 18.3 },
      marginalCpuMs: { cold: 40, warmEditions: 25, noEditions: 21.7 },
      incrementalShare: 0.667,
      baseShare: 0.333,
      peakMb: 700,
    });
  });

  it('leaves out a failed build rather than count it', () => {
    const failed = ROUND_1.map((run) => (run.kind === 'incremental' ? { ...run, code: 1 } : run));
    expect(realFigures(failed).incrementalShare).toBeUndefined();
    expect(realFigures(failed).marginalMs.cold).toBe(30);
    const noBase = ROUND_1.map((run) => (run.kind === 'clean-0' ? { ...run, code: 1 } : run));
    expect(realFigures(noBase).baseShare).toBeUndefined();
  });

  it('gives each figure over several rounds as its median, lowest and highest', () => {
    const runs = [
      ...ROUND_1,
      ...round(
        2,
        [
          [9, 12],
          [21, 30],
          [14, 17],
          [18, 23],
          [17, 22],
        ],
        800,
      ),
      ...round(
        3,
        [
          [8, 11],
          [26, 35],
          [17, 20],
          [20, 26],
          [19, 24],
        ],
        750,
      ),
    ];
    const summary = realSummary(runs);
    expect(summary.rounds).toHaveLength(3);
    expect(summary.marginalMs.cold).toEqual({ median: 30, min: 20, max: 30 });
    expect(summary.peakMb).toEqual({ median: 750, min: 700, max: 800 });
    const table = realTable(runs);
    expect(table).toContain('Median (lägst–högst) av 3 omgångar:');
    expect(table).toContain('ms per rapport (tid, kall / varma utskick / utan utskick): 30 (20–30)');
    expect(table).toContain('inkrementellt bygge / rent bygge: 67 % (65 %–67 %)');
    expect(summary.baseShare).toEqual({ median: 0.333, min: 0.308, max: 0.429 });
    expect(table).toContain('rent bygge av det publicerade innehållet / rent bygge: 33 % (31 %–43 %)');
  });

  it('takes the mean of the middle two as the median of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
    expect(spreadText({ median: 5, min: 5, max: 5 })).toBe('5');
  });
});
