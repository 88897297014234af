/**
 * `npm run build`: validate the content, build with Astro, then check the result. Fails (exit 1)
 * on any content error, on any warning or error Astro logs, on a missing or empty entry page, and
 * on a personnummer in the built HTML. Extra arguments go to `astro build` (e.g. `--outDir x`).
 * With `BASTA_TIMINGS=<file.json>` it also writes how long each phase took (for `npm run bench`).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loggedProblems } from '../src/lib/build/log.ts';
import { expectedPages, missingPages, personnummerInHtml } from '../src/lib/build/pages.ts';
import { buildSearchIndex } from '../src/lib/build/search-index.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { validateContent } from '../src/lib/validate/content.ts';
import { formatProblem, formatSummary } from '../src/lib/validate/format.ts';

const root = process.cwd();
const passThrough = process.argv.slice(2);
const { values } = parseArgs({ args: passThrough, options: { outDir: { type: 'string' } }, strict: false });
const outDir = path.resolve(root, typeof values.outDir === 'string' ? values.outDir : 'dist');

function fail(heading: string, lines: readonly string[]): never {
  console.error(`\n${heading}`);
  for (const line of lines) console.error(`  ${line}`);
  process.exit(1);
}

/** Phase timings in ms, written to `BASTA_TIMINGS` when set; nothing else changes. */
const timings: Record<string, number> = {};
let phaseStart = performance.now();
function phase(name: string): void {
  const now = performance.now();
  timings[name] = Math.round(now - phaseStart);
  phaseStart = now;
}

const validation = validateContent({ root, contentDir: contentDir() });
const errors = validation.problems.filter((p) => p.severity === 'error');
if (errors.length > 0) {
  for (const problem of validation.problems) console.error(formatProblem(problem, 'text'));
  fail('Bygget avbröts: innehållet har fel. Rätta dem och kör igen.', [
    formatSummary(validation.problems, validation.fileCount),
  ]);
}
phase('validateMs');
console.log(`Innehållet är giltigt (${validation.fileCount} filer). Bygger webbplatsen …`);

const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const child = spawn(process.execPath, [astroBin, 'build', ...passThrough], {
  cwd: root,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
child.stdout.on('data', (chunk: Buffer) => {
  log += chunk.toString();
  process.stdout.write(chunk);
});
child.stderr.on('data', (chunk: Buffer) => {
  log += chunk.toString();
  process.stderr.write(chunk);
});
const code: number = await new Promise((resolve) => child.on('close', (status) => resolve(status ?? 1)));
if (code !== 0) fail(`Bygget misslyckades (astro build avslutades med kod ${code}).`, []);
phase('astroMs');

const logged = loggedProblems(log);
if (logged.length > 0) fail('Bygget avbröts: Astro rapporterade varningar eller fel.', logged);

const missing = missingPages(outDir, expectedPages(validation.entries));
if (missing.length > 0) fail('Bygget avbröts: sidor saknas eller är tomma.', missing);

const numbers = personnummerInHtml(outDir);
if (numbers.length > 0) fail('Bygget avbröts: den byggda webbplatsen innehåller personnummer.', numbers);

phase('checksMs');

const search = await buildSearchIndex(outDir);
phase('pagefindMs');
if (search.errors.length > 0) fail('Bygget avbröts: sökindexet kunde inte byggas.', search.errors);
const indexed = search.pages.sv ?? 0;
if (indexed === 0 || Object.keys(search.pages).length !== 1) {
  fail('Bygget avbröts: sökindexet ska innehålla svenska sidor och inget annat.', [JSON.stringify(search.pages)]);
}
console.log(`Sökindex: ${indexed} sidor.`);
if (process.env.BASTA_TIMINGS) {
  const report = { ...timings, files: validation.fileCount, indexedPages: indexed };
  writeFileSync(process.env.BASTA_TIMINGS, `${JSON.stringify(report)}\n`);
}

console.log(`Klart: ${outDir}`);
