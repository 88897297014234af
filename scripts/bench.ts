/**
 * `npm run bench [-- --quick] [-- --sizes 100,1000] [-- --json bench-report.json]`: builds synthetic
 * corpora made from the shapes of the shipped content (src/lib/build/bench/corpus.ts) with our build
 * (scripts/build.ts: validation, astro build, page checks, Pagefind) and with a bare Astro project
 * over the same bodies (src/lib/build/bench/bare.ts), as `.md` and as `.mdx`, for N = 100, 1,000, 2,000
 * and 5,000 pages (`--quick`: 100 and 1,000). Prints build wall time, marginal ms per page, peak
 * memory of the build's process tree, validation and Pagefind time, index bytes per page, the
 * heaviest page (gzipped HTML + CSS, as the page-weight budget counts it), the ratio ours / bare,
 * and each target as met or not; writes everything to a JSON report.
 * `--real N` instead builds the shipped content with its reports cloned N times (clean, incremental,
 * with warm e-mail editions, without editions; src/lib/build/bench/real-run.ts); `--real N --cpu-prof`
 * builds it once with V8's profiler and prints where each process's CPU time went (cpu-profile.ts).
 * `--repeat K` runs the five builds K times (fresh caches and corpus each round) and prints each
 * figure's median, lowest and highest over the rounds (`realSummary`).
 * `--markdown` writes the clones as `.md` instead of `.mdx`: Astro renders Markdown when it loads the
 * content, so the difference is what rendering reports at load time, not as modules, would save.
 * Every build runs in a temporary copy of the project with a fresh Astro cache; nothing is written
 * to dist/ or to the working tree's .astro/.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject, writeBareProject } from '../src/lib/build/bench/bare.ts';
import { writeCorpus } from '../src/lib/build/bench/corpus.ts';
import { runMeasured } from '../src/lib/build/bench/measure.ts';
import { profileText } from '../src/lib/build/bench/cpu-profile.ts';
import {
  profileRealBuild,
  realSummary,
  realTable,
  runRealBench,
  type RealSetup,
} from '../src/lib/build/bench/real-run.ts';
import { htmlPages as htmlFiles, PAGE_BUDGET_BYTES, pageWeights } from '../src/lib/build/page-weight.ts';
import { adminBundle } from '../src/lib/build/admin/bundle.ts';
import { summary, targets, row, sizes as sizesOf, type BuildRun, type Format } from '../src/lib/build/bench/report.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    json: { type: 'string', default: 'bench-report.json' },
    keep: { type: 'boolean', default: false },
    real: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
  },
});
const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.quick ? [100, 1000] : [100, 1000, 2000, 5000];
const formats: Format[] = ['md', 'mdx'];

const root = process.cwd();
const node = existsSync(path.join(root, 'node_modules/.bin/node'))
  ? path.join(root, 'node_modules/.bin/node')
  : process.execPath;
const work = mkdtempSync(path.join(tmpdir(), 'basta-bench-'));
const runs: BuildRun[] = [];
const cloneExtension = values.markdown ? '.md' : undefined;
const total = sizes.length * formats.length * 2;
const started = performance.now();

// The web editor's bundle into its cache first, as `npm install` does: when the editor's code has
// changed since the install, the first measured build would bundle it (about 5 s and 550 MB more).
await adminBundle(root).catch((error: unknown) => {
  console.warn(
    `Webbredigeraren kunde inte förberedas (${error instanceof Error ? error.message : String(error)}): det första bygget gör det.`,
  );
});

if (values.real !== undefined) {
  // The real-reports corpus instead of the synthetic one (src/lib/build/bench/real-run.ts): five builds
  // (`--repeat` rounds of them), or with `--cpu-prof` one profiled clean build.
  const clones = Number(values.real);
  const rounds = Number(values.repeat);
  if (!Number.isInteger(rounds) || rounds < 1) {
    rmSync(work, { recursive: true, force: true });
    console.error(`--repeat ${values.repeat}: ange ett heltal från 1, till exempel --repeat 3.`);
    process.exit(2);
  }
  const setup: RealSetup = { root, work, node, clones, log: (line) => console.log(line), extension: cloneExtension };
  const elapsed = () => `${Math.round((performance.now() - started) / 1000)} s`;
  try {
    if (values['cpu-prof']) {
      // Where a clean build spends its CPU time (src/lib/build/bench/cpu-profile.ts).
      console.log(`Profilering: de publicerade rapporterna kopierade ${clones} gånger. Arbetsmapp: ${work}`);
      const summaries = await profileRealBuild(setup);
      for (const summary of summaries) console.log(`\n${profileText(summary)}`);
      writeFileSync(values.json, `${JSON.stringify({ date: new Date().toISOString(), clones, summaries }, null, 2)}\n`);
      console.log(`\nRapport: ${values.json} (${elapsed()})`);
    } else {
      console.log(
        `Benchmark: de publicerade rapporterna kopierade ${clones} gånger${values.markdown ? ' som Markdown (.md)' : ''}, ${rounds} ${rounds === 1 ? 'omgång' : 'omgångar'}. Arbetsmapp: ${work}`,
      );
      const real = await runRealBench({ ...setup, rounds });
      console.log(`\n${realTable(real)}\n`);
      const report = {
        date: new Date().toISOString(),
        node: process.version,
        cpus: availableParallelism(),
        clonesAs: cloneExtension ?? 'as shipped',
        clones,
        ...realSummary(real),
        runs: real,
      };
      writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`Rapport: ${values.json} (${elapsed()})`);
    }
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
  process.exit(0);
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}

/** HTML files of a built site (none if the build wrote nothing). */
function countHtml(dir: string): number {
  return existsSync(dir) ? htmlFiles(dir).length : 0;
}

/** The heaviest page of a built site and how many pages are over the budget. */
function pageWeight(dir: string): Pick<BuildRun, 'heaviestPage' | 'pagesOverBudget'> {
  if (!existsSync(dir)) return {};
  const weights = pageWeights(dir);
  const heaviest = weights.reduce((a, b) => (b.bytes > a.bytes ? b : a), { page: '', bytes: 0 });
  return { heaviestPage: heaviest, pagesOverBudget: weights.filter((w) => w.bytes > PAGE_BUDGET_BYTES).length };
}

function progress(kind: string, n: number, format: Format, run: BuildRun): void {
  const elapsed = Math.round((performance.now() - started) / 1000);
  const status = run.code === 0 ? '' : `  MISSLYCKADES (kod ${run.code})`;
  console.log(
    `[${runs.length}/${total}] N = ${n} .${format} ${kind}: ${(run.wallMs / 1000).toFixed(1)} s, ${Math.round(run.peakBytes / 1024 / 1024)} MB${status}  (${elapsed} s hittills)`,
  );
}

function failureLog(name: string, log: string): void {
  const file = path.join(work, `${name}.log`);
  writeFileSync(file, log);
  console.log(`  logg: ${file}`);
  values.keep = true;
}

try {
  // Our builds run in a copy of the project, so they never share `.astro/` with other builds.
  const project = path.join(work, 'project');
  copyProject(root, project);
  console.log(`Benchmark: N = ${sizes.join(', ')}; .md och .mdx; vår build och en bar Astro. Arbetsmapp: ${work}`);
  for (const n of sizes) {
    for (const format of formats) {
      const dir = path.join(work, `${n}-${format}`);
      const content = path.join(dir, 'content');
      writeCorpus(path.join(root, 'content'), content, n, { format });

      const outDir = path.join(dir, 'ours');
      const timingsFile = path.join(dir, 'timings.json');
      const measured = await runMeasured(node, ['scripts/build.ts', '--outDir', outDir], {
        cwd: project,
        env: {
          ...process.env,
          BASTA_CONTENT_DIR: content,
          BASTA_CACHE_DIR: path.join(dir, 'cache'),
          BASTA_TIMINGS: timingsFile,
        },
      });
      const ours: BuildRun = {
        n,
        format,
        kind: 'ours',
        code: measured.code,
        wallMs: measured.wallMs,
        peakBytes: measured.peakBytes,
        cpuMs: measured.cpuMs,
        htmlPages: countHtml(outDir),
        ...(existsSync(timingsFile) ? { timings: JSON.parse(readFileSync(timingsFile, 'utf8')) } : {}),
        indexBytes: folderBytes(path.join(outDir, 'pagefind')),
        ...pageWeight(outDir),
      };
      runs.push(ours);
      progress('vår', n, format, ours);
      if (measured.code !== 0) failureLog(`${n}-${format}-ours`, measured.log);

      const bare = path.join(dir, 'bare');
      mkdirSync(bare);
      writeBareProject(bare, content, path.join(root, 'node_modules'));
      // Inside the project, so the build's server chunks find its node_modules (a symlink).
      const bareOut = path.join(bare, 'dist');
      const bareRun = await runMeasured(
        node,
        [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', bareOut],
        {
          cwd: bare,
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
        },
      );
      const baseline: BuildRun = {
        n,
        format,
        kind: 'bare',
        code: bareRun.code,
        wallMs: bareRun.wallMs,
        peakBytes: bareRun.peakBytes,
        cpuMs: bareRun.cpuMs,
        htmlPages: countHtml(bareOut),
      };
      runs.push(baseline);
      progress('bar', n, format, baseline);
      if (bareRun.code !== 0) failureLog(`${n}-${format}-bare`, bareRun.log);
      if (!values.keep) rmSync(dir, { recursive: true, force: true });
    }
  }

  console.log(`\n${summary(runs)}\n`);
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: availableParallelism(),
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    totalSeconds: Math.round((performance.now() - started) / 1000),
    sizes: sizesOf(runs),
    rows: sizesOf(runs).flatMap((n) => formats.map((format) => row(runs, n, format))),
    targets: targets(runs),
    runs,
  };
  writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Rapport: ${values.json} (${report.totalSeconds} s)`);
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
