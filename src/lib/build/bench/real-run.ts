/**
 * `npm run bench -- --real N`: our build over the shipped content with N cloned real reports
 * (real.ts), measured five ways in one run:
 *
 * - **clean, 0**: the shipped content alone, fresh caches (the base of the per-report figures);
 * - **clean**: N clones, fresh caches (every page and e-mail edition rendered);
 * - **incremental**: the same project and caches again after one report changed, as a second
 *   `npm run build` (or a pull request's check with the caches restored) runs;
 * - **warm editions**: N clones, a fresh cache holding only the e-mail editions of the clean build
 *   (Astro's incremental-build entries of the two edition routes, their stored files and the last
 *   wall's memory of them);
 * - **no editions**: N clones, fresh caches, a copy of the project without the edition endpoints,
 *   so the editions' own cost is the difference.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyWallMemo } from '../wall-memo.ts';
import { copyProject } from './bare.ts';
import { inProcessOrder, summarizeProfile, type CpuProfile, type ProfileSummary } from './cpu-profile.ts';
import { runMeasured } from './measure.ts';
import { editedReport, writeRealCorpus } from './real.ts';

export type RealKind = 'clean-0' | 'clean' | 'incremental' | 'warm-editions' | 'no-editions';

export interface RealRun {
  kind: RealKind;
  /** Which round of the five builds (`--repeat`), from 1. */
  round: number;
  clones: number;
  code: number;
  wallMs: number;
  cpuMs: number;
  peakBytes: number;
  timings?: Record<string, number>;
}

/** The route files of the e-mail editions, inside the project. */
const EDITION_ROUTES = ['src/pages/traffar/[id]/nyhetsbrev.html.ts', 'src/pages/traffar/[id]/nyhetsbrev.txt.ts'];

/** Astro's incremental-build manifest and stored output, inside a cache folder. */
const MANIFEST = 'incremental-build.json';

/**
 * A cache folder holding only the e-mail editions of another: the manifest's edition routes, their
 * stored files, and the last wall's memory of those files (the wall reads an edition again only
 * when its bytes change, src/lib/build/wall-memo.ts). Empty (no manifest) when the source has none.
 */
export function seedEditionCache(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  const manifestFile = path.join(from, MANIFEST);
  if (!existsSync(manifestFile)) return;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
  };
  const routes = Object.fromEntries(
    Object.entries(manifest.routes).filter(([component]) => EDITION_ROUTES.includes(component)),
  );
  const editions = new Set<string>();
  for (const route of Object.values(routes)) {
    for (const entry of Object.values(route.paths)) {
      const source = path.join(from, 'dist', entry.outputFile);
      if (existsSync(source)) cpSync(source, path.join(to, 'dist', entry.outputFile));
      editions.add(entry.outputFile);
    }
  }
  writeFileSync(path.join(to, MANIFEST), JSON.stringify({ ...manifest, routes }));
  copyWallMemo(from, to, (relative) => editions.has(relative));
}

/** `scripts/build.ts` of a project into `outDir`, measured, with the environment's additions. */
function buildProject(node: string, project: string, outDir: string, env: Record<string, string>) {
  return runMeasured(node, ['scripts/build.ts', '--outDir', outDir], { cwd: project, env: { ...process.env, ...env } });
}

/** What a real-reports run builds from (`npm run bench -- --real N [--markdown]`). */
export interface RealSetup {
  /** the project */
  root: string;
  /** an empty working folder */
  work: string;
  /** the Node to build with */
  node: string;
  /** N */
  clones: number;
  /** progress lines */
  log: (line: string) => void;
  /** `.md`: the clones as Markdown (`--markdown`, see `writeRealCorpus`) */
  extension?: '.md' | undefined;
  /** How many rounds of the five builds (`--repeat`, default 1); each round with fresh caches and corpus. */
  rounds?: number | undefined;
}

/** A copy of the project, `work/project`. */
function projectCopy({ root, work }: RealSetup): string {
  const project = path.join(work, 'project');
  copyProject(root, project);
  return project;
}

/**
 * The shipped content with `clones` copies of its reports, in `folder`.
 * @returns the clones' files, relative to `folder`
 */
function corpus({ root, extension }: RealSetup, folder: string, clones: number): string[] {
  return writeRealCorpus(path.join(root, 'content'), folder, clones, extension);
}

/** Runs the five builds, `rounds` times over (each round with fresh caches and a fresh corpus). */
export async function runRealBench(setup: RealSetup): Promise<RealRun[]> {
  const { root, work, node, clones, log } = setup;
  const project = projectCopy(setup);
  const bare = path.join(work, 'project-no-editions');
  copyProject(root, bare);
  for (const route of EDITION_ROUTES) rmSync(path.join(bare, route));

  // The shipped content alone, the same in every round (only the clones' corpus is edited).
  const base = path.join(work, 'content-0');
  corpus(setup, base, 0);

  const runs: RealRun[] = [];
  const outDirOf = (cwd: string) => path.join(work, `out-${path.basename(cwd)}`);
  for (let round = 1; round <= (setup.rounds ?? 1); round++) {
    const folder = (name: string) => path.join(work, `${name}-${round}`);
    const content = folder('content');
    const files = corpus(setup, content, clones);
    const build = async (kind: RealKind, cwd: string, contentDir: string, cache: string, n: number) => {
      const timingsFile = path.join(work, `${kind}-${round}.json`);
      // Every build of a project into the same output folder, as `npm run build` always writes dist/:
      // Astro's `astro:assets` module names the output folder (here its staging folder), so in another
      // folder every route that imports it (the e-mail editions) counts as changed code and is rendered
      // again, which made the incremental and warm-editions builds look slower than they are.
      const measured = await buildProject(node, cwd, outDirOf(cwd), {
        BASTA_CONTENT_DIR: contentDir,
        BASTA_CACHE_DIR: cache,
        BASTA_TIMINGS: timingsFile,
      });
      const run: RealRun = {
        kind,
        round,
        clones: n,
        code: measured.code,
        wallMs: measured.wallMs,
        cpuMs: measured.cpuMs,
        peakBytes: measured.peakBytes,
        ...(existsSync(timingsFile) ? { timings: JSON.parse(readFileSync(timingsFile, 'utf8')) } : {}),
      };
      runs.push(run);
      const status = run.code === 0 ? '' : `  MISSLYCKADES (kod ${run.code})`;
      log(
        `${(setup.rounds ?? 1) > 1 ? `omgång ${round}: ` : ''}${kind}, ${n} kopior: ${(run.wallMs / 1000).toFixed(1)} s, CPU ${(run.cpuMs / 1000).toFixed(1)} s, ${Math.round(run.peakBytes / 1024 / 1024)} MB${status}`,
      );
      if (run.code !== 0) writeFileSync(path.join(work, `${kind}-${round}.log`), measured.log);
    };

    await build('clean-0', project, base, folder('cache-0'), 0);
    await build('clean', project, content, folder('cache'), clones);
    const changed = path.join(content, files[Math.floor(files.length / 2)] ?? files[0] ?? '');
    if (files.length > 0) writeFileSync(changed, editedReport(readFileSync(changed, 'utf8')));
    await build('incremental', project, content, folder('cache'), clones);
    seedEditionCache(folder('cache'), folder('cache-warm'));
    await build('warm-editions', project, content, folder('cache-warm'), clones);
    await build('no-editions', bare, content, folder('cache-no-editions'), clones);
  }
  return runs;
}

/**
 * The figures of one round of a real-reports run: per-report cost, the incremental build's share of
 * the clean one and the base build's (its floor), peak memory.
 */
export function realFigures(runs: readonly RealRun[]) {
  const get = (kind: RealKind) => runs.find((run) => run.kind === kind && run.code === 0);
  const base = get('clean-0');
  const perReport = (kind: RealKind, field: 'wallMs' | 'cpuMs') => {
    const run = get(kind);
    if (!run || !base || run.clones === base.clones) return undefined;
    return Number(((run[field] - base[field]) / (run.clones - base.clones)).toFixed(1));
  };
  const clean = get('clean');
  const incremental = get('incremental');
  return {
    clones: clean?.clones,
    marginalMs: {
      cold: perReport('clean', 'wallMs'),
      warmEditions: perReport('warm-editions', 'wallMs'),
      noEditions: perReport('no-editions', 'wallMs'),
    },
    marginalCpuMs: {
      cold: perReport('clean', 'cpuMs'),
      warmEditions: perReport('warm-editions', 'cpuMs'),
      noEditions: perReport('no-editions', 'cpuMs'),
    },
    incrementalShare: clean && incremental ? Number((incremental.wallMs / clean.wallMs).toFixed(3)) : undefined,
    // The clean build of the shipped content alone against the clean build with the clones: about the
    // least an incremental build can take, since it does all that build does (start Astro, sync,
    // bundle, the lists, the index, the checks) with N more reports to compare, copy and index.
    baseShare: clean && base ? Number((base.wallMs / clean.wallMs).toFixed(3)) : undefined,
    peakMb: Math.round(Math.max(0, ...runs.map((run) => run.peakBytes)) / 1024 / 1024),
  };
}

export type RealFigures = ReturnType<typeof realFigures>;

/** A figure over the rounds: the median, and the lowest and highest. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** The median of some numbers (the mean of the middle two when even); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function spread(values: ReadonlyArray<number | undefined>): Spread | undefined {
  const known = values.filter((value): value is number => value !== undefined);
  const middle = median(known);
  if (middle === undefined) return undefined;
  return { median: Number(middle.toFixed(3)), min: Math.min(...known), max: Math.max(...known) };
}

/**
 * The figures of each round (`--repeat`) and their spread: the median, lowest and highest of each.
 * On a quiet two-core machine rounds differ by a few per cent, on one shared with other work by up
 * to 2×, so one round is an anecdote; compare medians of rounds run at the same hour.
 */
export function realSummary(runs: readonly RealRun[]) {
  const rounds = [...new Set(runs.map((run) => run.round))].sort((a, b) => a - b);
  const figures = rounds.map((round) => realFigures(runs.filter((run) => run.round === round)));
  const over = (pick: (figure: RealFigures) => number | undefined) => spread(figures.map(pick));
  return {
    rounds: figures,
    marginalMs: {
      cold: over((f) => f.marginalMs.cold),
      warmEditions: over((f) => f.marginalMs.warmEditions),
      noEditions: over((f) => f.marginalMs.noEditions),
    },
    marginalCpuMs: {
      cold: over((f) => f.marginalCpuMs.cold),
      warmEditions: over((f) => f.marginalCpuMs.warmEditions),
      noEditions: over((f) => f.marginalCpuMs.noEditions),
    },
    incrementalShare: over((f) => f.incrementalShare),
    baseShare: over((f) => f.baseShare),
    peakMb: over((f) => f.peakMb),
  };
}

/** A spread as printed: `12.3 (11.0–14.1)`, or the one value of a single round. */
export function spreadText(value: Spread | undefined, format: (n: number) => string = String): string {
  if (!value) return '–';
  if (value.min === value.max) return format(value.median);
  return `${format(value.median)} (${format(value.min)}–${format(value.max)})`;
}

/** The printed table of a real-reports run: each build, then each figure's median and spread over the rounds. */
export function realTable(runs: readonly RealRun[]): string {
  const lines = [
    '| omgång | bygge | kopior | tid (s) | CPU (s) | astro (s) | Pagefind (s) | minne (MB) |',
    '|--:|---|--:|--:|--:|--:|--:|--:|',
  ];
  for (const run of runs) {
    const s = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
    lines.push(
      `| ${run.round} | ${run.kind}${run.code === 0 ? '' : ' (misslyckades)'} | ${run.clones} | ${s(run.wallMs)} | ${s(run.cpuMs)} | ${s(run.timings?.astroMs)} | ${s(run.timings?.pagefindMs)} | ${Math.round(run.peakBytes / 1024 / 1024)} |`,
    );
  }
  const summary = realSummary(runs);
  const { marginalMs: ms, marginalCpuMs: cpu } = summary;
  const percent = (share: number) => `${Math.round(share * 100)} %`;
  lines.push(
    '',
    summary.rounds.length > 1 ? `Median (lägst–högst) av ${summary.rounds.length} omgångar:` : 'En omgång:',
    `ms per rapport (tid, kall / varma utskick / utan utskick): ${spreadText(ms.cold)} / ${spreadText(ms.warmEditions)} / ${spreadText(ms.noEditions)}`,
    `ms CPU per rapport (kall / varma utskick / utan utskick): ${spreadText(cpu.cold)} / ${spreadText(cpu.warmEditions)} / ${spreadText(cpu.noEditions)}`,
    `inkrementellt bygge / rent bygge: ${spreadText(summary.incrementalShare, percent)}`,
    `rent bygge av det publicerade innehållet / rent bygge: ${spreadText(summary.baseShare, percent)} (ungefär det minsta ett inkrementellt bygge kan ta)`,
    `högsta minne (MB): ${spreadText(summary.peakMb)}`,
  );
  return lines.join('\n');
}

/**
 * `--cpu-prof`: one clean build of N clones with V8's profiler in every Node process of the build
 * (cpu-profile.ts); its times are slower than unprofiled ones, so only the shares are figures.
 * @returns each process's summary, the build's process first
 */
export async function profileRealBuild(setup: RealSetup): Promise<ProfileSummary[]> {
  const { work, node, clones, log } = setup;
  const project = projectCopy(setup);
  const content = path.join(work, 'content');
  corpus(setup, content, clones);
  const profiles = path.join(work, 'profiles');
  const measured = await buildProject(node, project, path.join(work, 'out'), {
    BASTA_CONTENT_DIR: content,
    BASTA_CACHE_DIR: path.join(work, 'cache'),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${profiles}`.trim(),
  });
  if (measured.code !== 0) throw new Error(`bygget misslyckades (kod ${measured.code}):\n${measured.log.slice(-2000)}`);
  log(`rent bygge med profilering, ${clones} kopior: ${(measured.wallMs / 1000).toFixed(1)} s`);
  return inProcessOrder(
    readdirSync(profiles)
      .filter((file) => file.endsWith('.cpuprofile'))
      .map((file) =>
        summarizeProfile(JSON.parse(readFileSync(path.join(profiles, file), 'utf8')) as CpuProfile, project),
      ),
  );
}
