/**
 * `npm run build`: validate the content, build with Astro, then check the result. Fails (exit 1)
 * on any content error, on any warning or error Astro logs, on a missing or empty entry page, and
 * on a personnummer in the built HTML; a failed build leaves its output folder empty, so nothing
 * of it can be published. Extra arguments go to `astro build` (e.g. `--outDir x`).
 * With `BASTA_TIMINGS=<file.json>` it also writes how long each phase took (for `npm run bench`).
 *
 * The validator (src/lib/build/validate-child.ts) and `astro build` start together, each in a
 * process of its own, so they use both cores. Astro's output is held back until the content has
 * passed; on a content error Astro is stopped, its output discarded and the output folder emptied.
 * Starting Astro before the verdict runs no content code: the MDX compiler itself refuses
 * import/export and expressions (src/lib/mdx/reject-unsafe.ts).
 */
import { fork, spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loggedProblems } from '../src/lib/build/log.ts';
import { missingPages, scanHtml } from '../src/lib/build/pages.ts';
import { buildSearchIndex } from '../src/lib/build/search-index.ts';
import type { Verdict } from '../src/lib/build/validate-child.ts';

const root = process.cwd();
const passThrough = process.argv.slice(2);
const { values } = parseArgs({ args: passThrough, options: { outDir: { type: 'string' } }, strict: false });
const outDir = path.resolve(root, typeof values.outDir === 'string' ? values.outDir : 'dist');

/** Phase timings in ms, written to `BASTA_TIMINGS` when set; nothing else changes. */
const timings: Record<string, number> = {};
const started = performance.now();
const since = (start: number) => Math.round(performance.now() - start);

/** Empties the output folder as Astro does before a build (keeping `.git`). */
function emptyOutDir(): void {
  if (!existsSync(outDir)) return;
  for (const name of readdirSync(outDir)) {
    if (name !== '.git') rmSync(path.join(outDir, name), { recursive: true, force: true });
  }
}

/** Stops Astro if it still runs, empties the output folder, prints why, and exits with 1. */
async function fail(heading: string, lines: readonly string[]): Promise<never> {
  astro.stop();
  await astro.exit;
  emptyOutDir();
  console.error(`\n${heading}`);
  for (const line of lines) console.error(`  ${line}`);
  process.exit(1);
}

/** The validator in a child process; resolves with its verdict, rejects if it ends without one. */
function validate(): Promise<Verdict> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(root, 'src/lib/build/validate-child.ts'), [], { cwd: root, stdio: 'inherit' });
    let verdict: Verdict | undefined;
    child.on('message', (message) => {
      verdict = message as Verdict;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (verdict) resolve(verdict);
      else reject(new Error(`avslutades utan resultat (kod ${code ?? signal})`));
    });
  });
}

/** `astro build` in a child process; its output is held back until `release()`. */
function startAstro() {
  const astroStarted = performance.now();
  const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [astroBin, 'build', ...passThrough], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const held: Array<[NodeJS.WriteStream, Buffer]> = [];
  let released = false;
  const forward = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    log += chunk.toString();
    if (released) stream.write(chunk);
    else held.push([stream, chunk]);
  };
  child.stdout.on('data', forward(process.stdout));
  child.stderr.on('data', forward(process.stderr));
  const exit: Promise<number> = new Promise((resolve) =>
    child.on('close', (status) => {
      timings.astroMs = since(astroStarted);
      resolve(status ?? 1);
    }),
  );
  return {
    exit,
    log: () => log,
    release() {
      released = true;
      for (const [stream, chunk] of held.splice(0)) stream.write(chunk);
    },
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

const astro = startAstro();
const verdict = await validate().catch((error: unknown) =>
  fail('Bygget avbröts: innehållet kunde inte kontrolleras.', [String(error)]),
);
timings.validateMs = verdict.ms;
if (verdict.errors > 0) {
  for (const line of verdict.lines) console.error(line);
  await fail('Bygget avbröts: innehållet har fel. Rätta dem och kör igen.', [verdict.summary]);
}
console.log(`Innehållet är giltigt (${verdict.fileCount} filer). Bygger webbplatsen …`);
astro.release();

const code = await astro.exit;
if (code !== 0) await fail(`Bygget misslyckades (astro build avslutades med kod ${code}).`, []);

const logged = loggedProblems(astro.log());
if (logged.length > 0) await fail('Bygget avbröts: Astro rapporterade varningar eller fel.', logged);

let checksStarted = performance.now();
const missing = missingPages(outDir, verdict.pages);
if (missing.length > 0) await fail('Bygget avbröts: sidor saknas eller är tomma.', missing);

const scan = scanHtml(outDir, verdict.pages);
if (scan.personnummer.length > 0) {
  await fail('Bygget avbröts: den byggda webbplatsen innehåller personnummer.', scan.personnummer);
}
if (scan.unindexed.length > 0) {
  await fail('Bygget avbröts: sidor är märkta för sökning men är inga innehållssidor.', scan.unindexed);
}
timings.checksMs = since(checksStarted);

checksStarted = performance.now();
const search = await buildSearchIndex(outDir, verdict.pages);
timings.pagefindMs = since(checksStarted);
if (search.errors.length > 0) await fail('Bygget avbröts: sökindexet kunde inte byggas.', search.errors);
const indexed = search.pages.sv ?? 0;
if (Object.keys(search.pages).length !== 1 || indexed !== verdict.pages.length) {
  await fail('Bygget avbröts: sökindexet ska innehålla alla publicerade sidor, på svenska, och inget annat.', [
    `väntade ${verdict.pages.length} sidor, fick ${JSON.stringify(search.pages)}`,
  ]);
}
console.log(`Sökindex: ${indexed} sidor.`);
if (process.env.BASTA_TIMINGS) {
  const report = { ...timings, totalMs: since(started), files: verdict.fileCount, indexedPages: indexed };
  writeFileSync(process.env.BASTA_TIMINGS, `${JSON.stringify(report)}\n`);
}

console.log(`Klart: ${outDir}`);
