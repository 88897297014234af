/**
 * The benchmark's arithmetic: per-page figures and slopes from the measured builds, the targets
 * (met or not), and the printed tables. Pure, so it is unit-tested with made-up runs.
 */

export type Format = 'mdx' | 'md';
export type Kind = 'ours' | 'bare';

/** One measured build. */
export interface BuildRun {
  /** Generated meetings + team stories (each one page). */
  n: number;
  format: Format;
  kind: Kind;
  code: number;
  wallMs: number;
  peakBytes: number;
  /** CPU time of the build's process tree (absent in reports written before it was measured). */
  cpuMs?: number;
  /** Our build's phases (scripts/build.ts with BASTA_TIMINGS); absent for the bare project. */
  timings?: {
    validateMs: number;
    astroMs: number;
    checksMs: number;
    pagefindMs: number;
    files: number;
    indexedPages: number;
  };
  /** Bytes of `pagefind/` in the output (ours only). */
  indexBytes?: number;
  /** The heaviest page of the output, gzipped HTML + CSS (ours only; src/lib/build/page-weight.ts). */
  heaviestPage?: { page: string; bytes: number };
  /** Pages over the page-weight budget (ours only). */
  pagesOverBudget?: number;
  /** HTML pages written. */
  htmlPages: number;
}

export interface Target {
  name: string;
  /** The measured value, in `unit`; undefined when the run did not measure it (e.g. `--quick`). */
  value: number | undefined;
  limit: number;
  unit: string;
  /** Where it was measured, e.g. "N = 2000". */
  where: string;
  met: boolean | undefined;
}

const MB = 1024 * 1024;

export function find(runs: readonly BuildRun[], n: number, format: Format, kind: Kind): BuildRun | undefined {
  return runs.find((run) => run.n === n && run.format === format && run.kind === kind && run.code === 0);
}

/** Sizes measured, ascending. */
export function sizes(runs: readonly BuildRun[]): number[] {
  return [...new Set(runs.map((run) => run.n))].sort((a, b) => a - b);
}

/**
 * Marginal wall time per page between consecutive sizes: (t₂ − t₁) / (n₂ − n₁).
 * @returns one slope per interval, keyed by its upper size
 */
export function slopes(runs: readonly BuildRun[], format: Format, kind: Kind): Map<number, number> {
  const points = sizes(runs)
    .map((n) => find(runs, n, format, kind))
    .filter((run): run is BuildRun => run !== undefined);
  const result = new Map<number, number>();
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1] as BuildRun, points[i] as BuildRun];
    result.set(b.n, (b.wallMs - a.wallMs) / (b.n - a.n));
  }
  return result;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** The figures of one size and format: ours, bare, their ratio, phases per page. */
export function row(runs: readonly BuildRun[], n: number, format: Format) {
  const ours = find(runs, n, format, 'ours');
  const bare = find(runs, n, format, 'bare');
  const t = ours?.timings;
  return {
    n,
    format,
    oursMs: ours?.wallMs,
    bareMs: bare?.wallMs,
    oursMsPerPage: ours ? round(ours.wallMs / n) : undefined,
    bareMsPerPage: bare ? round(bare.wallMs / n) : undefined,
    ratio: ours && bare ? round(ours.wallMs / bare.wallMs) : undefined,
    // Our `astro build` alone (no validation, checks or search) against the bare project: how much
    // of the ratio is the site itself rather than the steps around it.
    astroRatio: t && bare ? round(t.astroMs / bare.wallMs) : undefined,
    // The same comparison in CPU time, which other work on the machine hardly changes.
    cpuRatio: ours?.cpuMs && bare?.cpuMs ? round(ours.cpuMs / bare.cpuMs) : undefined,
    marginalMs: slopes(runs, format, 'ours').get(n),
    bareMarginalMs: slopes(runs, format, 'bare').get(n),
    oursPeakMb: ours ? Math.round(ours.peakBytes / MB) : undefined,
    barePeakMb: bare ? Math.round(bare.peakBytes / MB) : undefined,
    validateMsPerFile: t ? round(t.validateMs / t.files, 3) : undefined,
    astroMs: t?.astroMs,
    pagefindMs: t?.pagefindMs,
    pagefindMsPerPage: t ? round(t.pagefindMs / t.indexedPages, 3) : undefined,
    indexKbPerPage: ours?.indexBytes !== undefined && t ? round(ours.indexBytes / 1024 / t.indexedPages) : undefined,
    htmlPages: ours?.htmlPages,
    heaviestPageKb: ours?.heaviestPage ? round(ours.heaviestPage.bytes / 1024, 1) : undefined,
    heaviestPage: ours?.heaviestPage?.page,
    pagesOverBudget: ours?.pagesOverBudget,
    failed: runs.filter((run) => run.n === n && run.format === format && run.code !== 0).map((run) => run.kind),
  };
}

function target(name: string, value: number | undefined, limit: number, unit: string, where: string): Target {
  return { name, value, limit, unit, where, met: value === undefined ? undefined : value <= limit };
}

/** The issue's targets, each met / not met / not measured, from the largest sizes run. */
export function targets(runs: readonly BuildRun[]): Target[] {
  const all = sizes(runs);
  const largest = all.at(-1) ?? 0;
  const list: Target[] = [];
  for (const format of ['md', 'mdx'] as const) {
    const ours = find(runs, largest, format, 'ours');
    const bare = find(runs, largest, format, 'bare');
    list.push(
      target(
        `ours / bare per page (.${format})`,
        ours && bare ? round(ours.wallMs / bare.wallMs) : undefined,
        1.3,
        '×',
        `N = ${largest}`,
      ),
    );
  }
  for (const [format, limit] of [
    ['md', 2],
    ['mdx', 6],
  ] as const) {
    const slope = slopes(runs, format, 'ours').get(largest);
    const lower = all.at(-2);
    list.push(
      target(
        `marginal per .${format} page`,
        slope === undefined ? undefined : round(slope),
        limit,
        'ms',
        `N = ${lower}→${largest}`,
      ),
    );
  }
  const memoryAt = all.includes(2000) ? 2000 : all.filter((n) => n <= 2000).at(-1);
  // One row per format: a site of Markdown and a site of MDX are different builds.
  for (const format of ['md', 'mdx'] as const) {
    const peak = find(runs, memoryAt ?? -1, format, 'ours')?.peakBytes;
    list.push(
      target(
        `peak memory (build tree, .${format})`,
        peak ? Math.round(peak / MB) : undefined,
        1024,
        'MB',
        `N = ${memoryAt}`,
      ),
    );
  }
  const at5000 = runs.filter((run) => run.n === 5000 && run.kind === 'ours');
  list.push({
    name: 'no OOM at 5000 pages (default heap)',
    value: at5000.length ? at5000.filter((run) => run.code !== 0).length : undefined,
    limit: 0,
    unit: 'failed builds',
    where: 'N = 5000',
    met: at5000.length ? at5000.every((run) => run.code === 0) : undefined,
  });
  const big = find(runs, largest, 'mdx', 'ours');
  const t = big?.timings;
  list.push(
    target('validation per file', t ? round(t.validateMs / t.files, 3) : undefined, 2.5, 'ms', `N = ${largest}`),
  );
  list.push(
    target(
      'Pagefind time per page',
      t ? round(t.pagefindMs / t.indexedPages, 3) : undefined,
      1,
      'ms',
      `N = ${largest}`,
    ),
  );
  list.push(
    target(
      'Pagefind index per page',
      t && big?.indexBytes !== undefined ? round(big.indexBytes / 1024 / t.indexedPages) : undefined,
      4,
      'KB',
      `N = ${largest}`,
    ),
  );
  // Page weight as the site grows: the budget test checks the shipped site; this, every size.
  const heaviest = Math.max(
    ...(['md', 'mdx'] as const).map((format) => find(runs, largest, format, 'ours')?.heaviestPage?.bytes ?? -1),
  );
  list.push(
    target(
      'heaviest page (HTML + CSS, gzipped)',
      heaviest < 0 ? undefined : round(heaviest / 1024, 1),
      15,
      'KB',
      `N = ${largest}`,
    ),
  );
  return list;
}

/** A plain-text table: a header row, then rows; columns padded to their widest cell. */
export function table(
  header: readonly string[],
  rows: ReadonlyArray<readonly (string | number | undefined)[]>,
): string {
  const cells = [header, ...rows].map((cellsOfRow) =>
    cellsOfRow.map((cell) => (cell === undefined ? '–' : String(cell))),
  );
  const widths = header.map((_, column) => Math.max(...cells.map((r) => (r[column] ?? '').length)));
  return cells.map((r) => r.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  ')).join('\n');
}

/** The summary tables printed at the end of a run (and pasted into the README). */
export function summary(runs: readonly BuildRun[]): string {
  const header = [
    'N',
    'format',
    'ours ms',
    'bare ms',
    'ours/bare',
    'astro/bare',
    'cpu ours/bare',
    'marginal ms/page',
    'bare marginal',
    'peak MB',
    'bare peak MB',
    'validate ms/file',
    'pagefind ms/page',
    'index KB/page',
    'heaviest page KB',
  ];
  const rows = sizes(runs).flatMap((n) =>
    (['md', 'mdx'] as const).map((format) => {
      const r = row(runs, n, format);
      return [
        n,
        `.${format}${r.failed.length ? ` (FAILED: ${r.failed.join(', ')})` : ''}`,
        r.oursMs,
        r.bareMs,
        r.ratio,
        r.astroRatio,
        r.cpuRatio,
        r.marginalMs === undefined ? undefined : round(r.marginalMs),
        r.bareMarginalMs === undefined ? undefined : round(r.bareMarginalMs),
        r.oursPeakMb,
        r.barePeakMb,
        r.validateMsPerFile,
        r.pagefindMsPerPage,
        r.indexKbPerPage,
        r.heaviestPageKb,
      ];
    }),
  );
  const goals = targets(runs).map((t) => [
    t.met === undefined ? 'not measured' : t.met ? 'met' : 'NOT MET',
    t.name,
    t.value === undefined ? undefined : `${t.value} ${t.unit}`,
    `≤ ${t.limit} ${t.unit}`,
    t.where,
  ]);
  return `${table(header, rows)}\n\n${table(['target', 'what', 'measured', 'limit', 'where'], goals)}`;
}
