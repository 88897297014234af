/**
 * Lighthouse (the npm package, through its Node API) over pages of a served site, in the browser the
 * e2e tests drive (src/lib/build/chromium.ts; started by chrome-launcher, never downloaded), with
 * Lighthouse's own configurations: the default (a phone, simulated slow 4G and a 4× slower CPU) and
 * its desktop configuration. Performance is computed by Lighthouse's simulated throttling from what
 * the page did, so it still depends on how busy this machine's CPU was during the run; the other
 * categories do not. See `measure` for how a disturbed run is told from a slow page, and
 * `calibratedMultiplier` for how a repeated mobile run keeps emulating the same phone.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { expect } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/lib/build/chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export const FORM_FACTORS = ['mobile', 'desktop'] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];

/** The metrics behind the performance score, as Lighthouse names them. */
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const;

/** One Lighthouse run of one page in one form factor. */
export interface LighthouseRun {
  /** 0–100 per category, rounded as Lighthouse's report shows it. */
  scores: Record<Category, number>;
  /** FCP, LCP, TBT and SI in ms, CLS unitless. */
  metrics: Record<keyof typeof METRICS, number>;
  /** Scored audits of the four categories that did not pass, as `id (score)`. */
  failing: string[];
  /**
   * Lighthouse's measure of the CPU at the start of the run (higher is faster): 2,000–2,800 on the
   * project's 2-core machine when quiet, 170–900 while other test runs shared its cores.
   */
  benchmarkIndex: number;
  /** What Lighthouse warned about (e.g. a page that did not finish loading). */
  warnings: string[];
}

/** A Lighthouse bound to one started browser. */
export interface Lighthouse {
  /** One run; `cpuSlowdownMultiplier` replaces the form factor's own CPU slowdown. */
  run(url: string, formFactor: FormFactor, cpuSlowdownMultiplier?: number): Promise<LighthouseRun>;
  close(): void;
}

/**
 * Starts the browser for Lighthouse. The flags are the e2e tests' own plus `--headless` (which the
 * Chromium carried by `@sparticuz/chromium`, a headless build, does not need and ignores).
 * @param browserPath the browser's executable (in e2e tests: `inject('browserPath')`)
 */
export async function startLighthouse(browserPath: string): Promise<Lighthouse> {
  const chrome = await chromeLauncher.launch({
    chromePath: browserPath,
    chromeFlags: [...CHROMIUM_ARGS, '--headless'],
  });
  return {
    async run(url, formFactor, cpuSlowdownMultiplier) {
      const result = await lighthouse(
        url,
        {
          port: chrome.port,
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          // Neither changes a score: the full-page screenshot only illustrates the HTML report, and
          // the back/forward cache audit has weight 0 (it navigates away and back: ~1 s a run).
          disableFullPageScreenshot: true,
          skipAudits: ['bf-cache'],
          ...(cpuSlowdownMultiplier === undefined ? {} : { throttling: { cpuSlowdownMultiplier } }),
        },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      return summarize(result.lhr);
    },
    close: () => chrome.kill(),
  };
}

function summarize(lhr: Result): LighthouseRun {
  if (lhr.runtimeError) throw new Error(`Lighthouse could not test ${lhr.requestedUrl}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? Number.NaN]),
  ) as Record<keyof typeof METRICS, number>;
  const scored = new Set(
    CATEGORIES.flatMap((id) => (lhr.categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((r) => r.id)),
  );
  const failing = [...scored]
    .map((id) => lhr.audits[id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .map((audit) => `${audit?.id} (${audit?.score})`);
  return {
    scores,
    metrics,
    failing,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    warnings: lhr.runWarnings,
  };
}

/** Whether every category scores 100. */
export const perfect = (run: LighthouseRun): boolean => CATEGORIES.every((id) => run.scores[id] === 100);

/**
 * A run in one line: scores, metrics, failing audits, CPU benchmark.
 * @example describeRun(run) // 'performance 92, … | FCP 1029 ms, …, CLS 0.178 | below 1: cumulative-layout-shift (0.68) | CPU benchmark 1980'
 */
export function describeRun(run: LighthouseRun): string {
  const scores = CATEGORIES.map((id) => `${id} ${run.scores[id]}`).join(', ');
  const metrics = Object.entries(run.metrics)
    .map(([name, value]) => (name === 'CLS' ? `CLS ${value.toFixed(3)}` : `${name} ${Math.round(value)} ms`))
    .join(', ');
  const failing = run.failing.length > 0 ? ` | below 1: ${run.failing.join(', ')}` : '';
  const warnings = run.warnings.length > 0 ? ` | warnings: ${run.warnings.join(' ')}` : '';
  return `${scores} | ${metrics}${failing} | CPU benchmark ${Math.round(run.benchmarkIndex)}${warnings}`;
}

/** Lighthouse's CPU slowdown for its default (mobile) configuration. */
export const MOBILE_CPU_SLOWDOWN = 4;

/**
 * The CPU slowdown that makes this machine, at the speed Lighthouse just measured, emulate the phone
 * Lighthouse's mobile configuration stands for — by the formula of Lighthouse's CPU throttling
 * calculator (Lighthouse's docs/throttling.md, "calibrating"): 3× at a benchmark index of 1,300, 2× at
 * 800, 1× at 150, one more per 233 above 1,300. Never more than the default 4×, so a calibrated run
 * is never stricter than an uncalibrated one, and never less than 1×.
 * @param benchmarkIndex `lhr.environment.benchmarkIndex` of a run on this machine
 * @example calibratedMultiplier(2400) // 4
 * @example calibratedMultiplier(1300) // 3
 * @example calibratedMultiplier(687) // ≈ 1.83
 */
export function calibratedMultiplier(benchmarkIndex: number): number {
  const multiplier =
    benchmarkIndex >= 1300
      ? 3 + (benchmarkIndex - 1300) / 233
      : benchmarkIndex >= 800
        ? 2 + (benchmarkIndex - 800) / 500
        : 1 + (benchmarkIndex - 150) / 650;
  return Math.min(MOBILE_CPU_SLOWDOWN, Math.max(1, multiplier));
}

/** How many runs a page gets at most when only its performance falls short. */
export const MAX_RUNS = 3;

/**
 * Measures a page, up to MAX_RUNS times. Accessibility, best practices and SEO do not depend on
 * timing: a first run below 100 there is final. Performance does, through the CPU time the page's
 * tasks took on this machine, so a run whose only shortfall is performance is taken as possibly
 * disturbed by other work on the machine and repeated; on mobile, the repeat's CPU slowdown is
 * calibrated to the speed Lighthouse measured in the run before (`calibratedMultiplier`), so it
 * emulates the same phone on a busy machine as the default does on a quiet one. The last run decides.
 * A page that is really slow, or shifts, fails every run.
 * @returns the runs made, the deciding one last
 */
export async function measure(lh: Lighthouse, url: string, formFactor: FormFactor): Promise<LighthouseRun[]> {
  const runs = [await lh.run(url, formFactor)];
  const onlyPerformance = CATEGORIES.every((id) => id === 'performance' || runs[0]!.scores[id] === 100);
  while (!perfect(runs.at(-1)!) && onlyPerformance && runs.length < MAX_RUNS) {
    const multiplier = formFactor === 'mobile' ? calibratedMultiplier(runs.at(-1)!.benchmarkIndex) : undefined;
    runs.push(await lh.run(url, formFactor, multiplier));
  }
  return runs;
}

/**
 * Asserts that a page scores 100 in every category in one form factor (see `measure`); the failure
 * message shows every run's scores, metrics and CPU benchmark. A repeated run is logged either way.
 */
export async function expectPerfectScores(lh: Lighthouse, url: string, formFactor: FormFactor): Promise<void> {
  const runs = await measure(lh, url, formFactor);
  const report = runs.map((run, i) => `run ${i + 1}: ${describeRun(run)}`).join('\n');
  if (runs.length > 1)
    console.info(`Lighthouse ${new URL(url).pathname}${new URL(url).search} ${formFactor}, repeated:\n${report}`);
  expect(perfect(runs.at(-1) as LighthouseRun), report).toBe(true);
}
