import { describe, expect, it } from 'vitest';
import { row, slopes, summary, table, targets, type BuildRun } from './report.ts';

const MB = 1024 * 1024;
function run(
  n: number,
  format: 'md' | 'mdx',
  kind: 'ours' | 'bare',
  wallMs: number,
  extra: Partial<BuildRun> = {},
): BuildRun {
  return {
    n,
    format,
    kind,
    code: 0,
    wallMs,
    peakBytes: 500 * MB,
    htmlPages: n + 30,
    ...(kind === 'ours'
      ? {
          timings: {
            validateMs: n,
            astroMs: wallMs - 100,
            checksMs: 10,
            pagefindMs: n / 2,
            files: n + 40,
            indexedPages: n + 10,
          },
          indexBytes: (n + 10) * 2048,
        }
      : {}),
    ...extra,
  };
}

const runs: BuildRun[] = [
  run(100, 'md', 'ours', 3000),
  run(100, 'md', 'bare', 2500),
  run(1000, 'md', 'ours', 4800),
  run(1000, 'md', 'bare', 4000),
  run(100, 'mdx', 'ours', 3000),
  run(100, 'mdx', 'bare', 2500),
  run(1000, 'mdx', 'ours', 9300, { peakBytes: 1500 * MB }),
  run(1000, 'mdx', 'bare', 5000),
];

describe('slopes', () => {
  it('is the wall time added per page between consecutive sizes', () => {
    expect(slopes(runs, 'md', 'ours').get(1000)).toBeCloseTo(2);
    expect(slopes(runs, 'mdx', 'ours').get(1000)).toBeCloseTo(7);
    expect(slopes(runs, 'mdx', 'bare').get(100)).toBeUndefined();
  });

  it('skips failed builds', () => {
    const failed = runs.map((r) => (r.n === 1000 && r.format === 'md' && r.kind === 'ours' ? { ...r, code: 1 } : r));
    expect(slopes(failed, 'md', 'ours').size).toBe(0);
  });
});

describe('row', () => {
  it('gives per-page figures and the ratio ours / bare', () => {
    const r = row(runs, 1000, 'md');
    expect(r.ratio).toBe(1.2);
    expect(r.oursMsPerPage).toBe(4.8);
    expect(r.validateMsPerFile).toBe(0.962);
    expect(r.indexKbPerPage).toBe(2);
  });

  it('compares our Astro phase alone with the bare build', () => {
    expect(row(runs, 1000, 'mdx').astroRatio).toBe(1.84);
    expect(
      row(
        runs.filter((r) => r.kind === 'ours'),
        1000,
        'mdx',
      ).astroRatio,
    ).toBeUndefined();
  });

  it('compares CPU time when both builds measured it', () => {
    const timed = runs.map((r) => ({ ...r, cpuMs: r.kind === 'ours' ? 9000 : 6000 }));
    expect(row(timed, 1000, 'md').cpuRatio).toBe(1.5);
    expect(row(runs, 1000, 'md').cpuRatio).toBeUndefined();
  });
});

describe('targets', () => {
  it('marks each target met or not at the largest size, and memory at 2,000 pages or below', () => {
    const list = targets(runs);
    const by = (name: string) => list.find((t) => t.name === name);
    expect(by('ours / bare per page (.md)')?.met).toBe(true);
    expect(by('ours / bare per page (.mdx)')?.met).toBe(false);
    expect(by('marginal per .md page')).toMatchObject({ value: 2, met: true });
    expect(by('marginal per .mdx page')).toMatchObject({ value: 7, met: false });
    expect(by('peak memory (build tree, .md)')).toMatchObject({ value: 500, met: true, where: 'N = 1000' });
    expect(by('peak memory (build tree, .mdx)')).toMatchObject({ value: 1500, met: false, where: 'N = 1000' });
    expect(by('no OOM at 5000 pages (default heap)')?.met).toBeUndefined();
    expect(by('Pagefind time per page')?.met).toBe(true);
  });

  it('checks the heaviest page of either format against the 15 KB page budget', () => {
    const heavy = (bytes: number) => ({ heaviestPage: { page: '/exempel/', bytes }, pagesOverBudget: 0 });
    const weighed = runs.map((r) =>
      r.kind === 'ours' && r.n === 1000 ? { ...r, ...heavy(r.format === 'md' ? 10 * 1024 : 16 * 1024) } : r,
    );
    const target = targets(weighed).find((t) => t.name.startsWith('heaviest page'));
    expect(target).toMatchObject({ value: 16, limit: 15, unit: 'KB', met: false, where: 'N = 1000' });
    expect(row(weighed, 1000, 'md')).toMatchObject({ heaviestPageKb: 10, heaviestPage: '/exempel/' });
    expect(targets(runs).find((t) => t.name.startsWith('heaviest page'))?.met).toBeUndefined();
  });

  it('fails the OOM target when a 5,000-page build fails', () => {
    const list = targets([...runs, run(5000, 'mdx', 'ours', 50_000, { code: 134 })]);
    expect(list.find((t) => t.name.startsWith('no OOM'))?.met).toBe(false);
  });
});

describe('table and summary', () => {
  it('pads columns and shows missing values as –', () => {
    expect(table(['a', 'bb'], [[1, undefined]])).toBe('a  bb\n1   –');
  });

  it('prints every size and format and every target', () => {
    const text = summary(runs);
    expect(text).toMatch(/1000 +\.mdx/);
    expect(text).toContain('NOT MET');
    expect(text).toContain('marginal per .md page');
  });
});
