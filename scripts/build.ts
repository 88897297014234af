/**
 * `npm run build`: validate the content, build with Astro, then check the result. Fails (exit 1)
 * on any content error, on any warning or error Astro logs, on a missing or empty entry page, on a
 * search index that does not hold exactly the published entries, and on anything the last wall
 * refuses in the output (src/lib/build/output-check.ts: among others a personnummer the allowlist,
 * the validator's list passed on in its verdict, does not hold). Extra arguments go to
 * `astro build`; `--outDir x` (or `--out-dir`) names the output folder, default `dist`.
 * With `BASTA_TIMINGS=<file.json>` it also writes how long each phase took (for `npm run bench`).
 *
 * Astro builds into a staging folder beside the output folder (`.dist.bygge/`); only when every
 * check has passed there does it replace the output folder, by renames that leave the site all old
 * or all new even when the build is killed mid-way (src/lib/build/publish.ts; the next build
 * finishes or undoes what a killed one left). A failed, stopped or crashed build leaves the site in
 * the output folder as it was, and removes the staging folder. Nothing starts while `content/`
 * holds a symlink (Astro would follow it).
 *
 * The validator (src/lib/build/validate-child.ts) and `astro build` start together, each in a
 * process of its own, so they use both cores. Astro's output is held back until the content has
 * passed; on a content error Astro is stopped and its output discarded. Starting Astro before the
 * verdict runs no content code: an .mdx body is rendered to HTML, never compiled, and the renderer
 * itself refuses import/export, expressions, attributes with code and images that are not image
 * files (src/lib/mdx/render-html.ts, src/lib/mdx/reject-unsafe.ts).
 * Exit 2: the arguments were refused (e.g. an output folder that holds the project).
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { astroEnded, astroStarting } from '../src/lib/build/astro-cache.ts';
import { loggedProblems } from '../src/lib/build/log.ts';
import { checkOutput, formatOutputProblem, outputFiles, type OutputProblem } from '../src/lib/build/output-check.ts';
import { WALL_MEMO_FILE, WallMemo } from '../src/lib/build/wall-memo.ts';
import { codeDigest } from '../src/lib/content/cache-key.ts';
import { missingPages, scanHtml } from '../src/lib/build/pages.ts';
import { killAt, publish, publishPaths, recoverPublish } from '../src/lib/build/publish.ts';
import { buildSearchIndex, SEARCH_INDEX_DIR } from '../src/lib/build/search-index.ts';
import { SEARCH_EXTRAS_CACHE } from '../src/lib/search/search-extras.ts';
import { VALIDATE_CHILD_ENV, type Verdict } from '../src/lib/build/verdict.ts';
import { astroCacheDir, contentDir } from '../src/lib/content/content-dir.ts';
import { LOCAL_SITE } from '../src/lib/routing/site-url.ts';
import { symlinksUnder } from '../src/lib/content/walk.ts';
import { filesWithYamlAnchors } from '../src/lib/build/yaml-anchors.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const { values, tokens } = parseArgs({
  args,
  options: { outDir: { type: 'string' }, 'out-dir': { type: 'string' } },
  strict: false,
  tokens: true,
});
/** Refuses the arguments before anything has started. */
function refuse(message: string): never {
  console.error(message);
  process.exit(2);
}
const outDirTokens = tokens.filter(
  (token) => token.kind === 'option' && (token.name === 'outDir' || token.name === 'out-dir'),
);
if (outDirTokens.length > 1) refuse('Ange --outDir en gång.');
const given = values.outDir ?? values['out-dir'];
if (outDirTokens.length === 1 && typeof given !== 'string')
  refuse('--outDir behöver en mapp, till exempel --outDir dist.');
const outDir = path.resolve(root, typeof given === 'string' ? given : 'dist');
// Publishing replaces the output folder's content: it must not be the project or hold it.
if (outDir === root || root.startsWith(`${outDir}${path.sep}`)) {
  refuse(`--outDir ${given}: mappen får inte vara projektet eller en mapp som innehåller det.`);
}
/** Astro builds into a staging folder beside the output folder; see src/lib/build/publish.ts. */
const paths = publishPaths(outDir);
const staging = paths.staging;
// A build killed while it published (or before) left its folders: finish or undo, and clean up.
for (const line of recoverPublish(paths)) console.log(`Förra bygget avbröts: ${line}.`);
// Every argument but the output folder goes to Astro as given.
const outDirArgs = new Set<number>();
for (const token of outDirTokens) {
  if (token.kind !== 'option') continue;
  outDirArgs.add(token.index);
  if (!token.inlineValue && token.value !== undefined) outDirArgs.add(token.index + 1);
}
const astroArgs = args.filter((_, i) => !outDirArgs.has(i));

/** Phase timings in ms, written to `BASTA_TIMINGS` when set; nothing else changes. */
const timings: Record<string, number> = {};
const started = performance.now();
const since = (start: number) => Math.round(performance.now() - start);

/**
 * Astro's cache folder: its optimized images and the pages its incremental build keeps are written
 * in place, so what an Astro that did not finish (stopped, interrupted, crashed, killed) left there
 * goes (src/lib/build/astro-cache.ts).
 */
const astroCache = astroCacheDir(process.env, root);

// Astro's content loaders and image pipeline follow symlinks (a link named bild.png would publish
// the file it points at), so Astro does not start while content/ holds one; the validator names them.
const links = symlinksUnder(path.resolve(root, contentDir()));
if (links.length > 0) {
  console.error('\nBygget avbröts: content/ innehåller symboliska länkar (symlinks), som aldrig följs.');
  for (const link of links)
    console.error(`  ${contentDir()}/${link}: ta bort länken och lägg den riktiga filen här  (symlink)`);
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
let validator: ChildProcess | undefined;
// Astro's YAML parser has no limit on aliases: with an anchor in the content, Astro waits for the
// validator, which refuses a "billion laughs" (src/lib/build/yaml-anchors.ts).
const waitForVerdict = filesWithYamlAnchors(path.resolve(root, contentDir())).length > 0;
let astro = waitForVerdict ? undefined : startAstro();

let failing: Promise<never> | undefined;
/**
 * Stops the validator and Astro if they still run, removes the staging folder (and the image
 * cache if Astro did not finish), prints why, and exits. Once only: a second call (a second
 * Ctrl-C) waits for the first.
 */
function fail(heading: string, lines: readonly string[], code = 1): Promise<never> {
  failing ??= (async () => {
    if (validator && validator.exitCode === null && validator.signalCode === null) validator.kill('SIGKILL');
    if (astro) {
      astro.stop();
      astroEnded(astroCache, (await astro.exit) === 0);
    }
    rmSync(staging, { recursive: true, force: true });
    console.error(`\n${heading}`);
    for (const line of lines) console.error(`  ${line}`);
    process.exit(code);
  })();
  return failing;
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => void fail('Bygget avbröts.', [], code));
}

/** The validator in a child process; resolves with its verdict, rejects if it ends without one. */
function validate(): Promise<Verdict> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(root, 'src/lib/build/validate-child.ts'), [], {
      cwd: root,
      env: { ...process.env, [VALIDATE_CHILD_ENV]: '1' },
      stdio: 'inherit',
    });
    validator = child;
    let verdict: Verdict | undefined;
    child.on('message', (message) => {
      verdict = message as Verdict;
    });
    child.on('error', reject);
    // 'close', not 'exit': it comes after the last message (a large verdict may still be on its way).
    child.on('close', (code, signal) => {
      if (verdict) resolve(verdict);
      else reject(new Error(`kontrollen avslutades utan resultat (kod ${code ?? signal}). Kör npm run validate.`));
    });
  });
}

/** `astro build` into the staging folder, in a child process; its output is held back until `release()`. */
function startAstro() {
  if (astroStarting(astroCache)) console.log('Förra bygget avbröts: Astros sparade sidor och bilder är borttagna.');
  const astroStarted = performance.now();
  const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // V8 sizes the young generation's semi-spaces from the machine's memory (larger than 32 MB each on
  // the 24 GB reference machine); capping them at 32 MB took 50–100 MB off Astro's peak memory at
  // 2,000 pages, and 16 MB another 30–50 MB at 600 real reports (peak 978–997 MB against
  // 1,022–1,032 MB in three alternating clean builds each), without a measurable cost in CPU time.
  const child = spawn(
    process.execPath,
    ['--max-semi-space-size=16', astroBin, 'build', ...astroArgs, '--outDir', staging],
    {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
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
  // Done at 'close', when Astro's output has been read to the end (its last lines may hold a
  // warning); or 2 s after 'exit', if a process Astro left behind keeps the pipes open.
  const exit: Promise<number> = new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const done = (status: number | null) => {
      if (timings.astroMs !== undefined) return;
      clearTimeout(timer);
      timings.astroMs = since(astroStarted);
      resolve(status ?? 1);
    };
    child.on('close', done);
    child.on('exit', (status) => {
      timer = setTimeout(() => done(status), 2000);
    });
  });
  return {
    exit,
    log: () => log,
    release() {
      released = true;
      for (const [stream, chunk] of held.splice(0)) stream.write(chunk);
    },
    /** Kills Astro if it still runs. */
    stop(): void {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

async function main(): Promise<void> {
  const verdict = await validate().catch((error: unknown) =>
    fail('Bygget avbröts: innehållet kunde inte kontrolleras.', [
      error instanceof Error ? error.message : String(error),
    ]),
  );
  timings.validateMs = verdict.ms;
  if (verdict.errors > 0) {
    for (const line of verdict.lines) console.error(line);
    await fail('Bygget avbröts: innehållet har fel. Rätta dem och kör igen.', [verdict.summary]);
  }
  console.log(`Innehållet är giltigt (${verdict.fileCount} filer). Bygger webbplatsen …`);
  const built = (astro ??= startAstro());
  built.release();

  const code = await built.exit;
  astroEnded(astroCache, code === 0);
  if (code !== 0) await fail(`Bygget misslyckades (astro build avslutades med kod ${code}).`, []);
  if (!existsSync(staging)) await fail('Bygget misslyckades: astro build skrev ingen webbplats.', []);

  const logged = loggedProblems(built.log());
  if (logged.length > 0) await fail('Bygget avbröts: Astro rapporterade varningar eller fel.', logged);

  let phaseStarted = performance.now();
  const missing = missingPages(staging, verdict.pages);
  if (missing.length > 0) await fail('Bygget avbröts: sidor saknas eller är tomma.', missing);
  const scan = scanHtml(staging, verdict.pages);
  if (scan.unindexed.length > 0) {
    await fail('Bygget avbröts: sidor är märkta för sökning men är inga innehållssidor.', scan.unindexed);
  }
  timings.checksMs = since(phaseStarted);

  // The last wall: nothing hostile in any output file, whatever the validator let through. It reads
  // every file but the search index while Pagefind's own process indexes (the pages are final by
  // then: Astro is done and the search extras are written), and the search index after it.
  // Files found clean by the last build's wall are skipped while their bytes, the wall's code, the
  // site's address and the allowlist are the same (src/lib/build/wall-memo.ts).
  const site = process.env.SITE_URL ?? LOCAL_SITE;
  const memo = new WallMemo(
    path.join(astroCache, WALL_MEMO_FILE),
    JSON.stringify([codeDigest(root), site, verdict.allowlist]),
  );
  const searchOutput = (relative: string) => relative.startsWith(`${SEARCH_INDEX_DIR}/`);
  const wallOver = (only: ((relative: string) => boolean) | undefined, files?: readonly string[]) => {
    const wallStarted = performance.now();
    const problems = checkOutput(staging, {
      site,
      pages: verdict.pages,
      allowlist: verdict.allowlist,
      root,
      contentDir: contentDir(),
      memo,
      only,
      files,
    });
    timings.outputCheckMs = (timings.outputCheckMs ?? 0) + since(wallStarted);
    return problems;
  };
  const wall: OutputProblem[] = [];
  const WALL_BATCH = 200;

  phaseStarted = performance.now();
  const cache = { file: path.join(astroCache, SEARCH_EXTRAS_CACHE), code: codeDigest(root) };
  const search = await buildSearchIndex(staging, verdict.pages, {
    cache,
    whileIndexing: async () => {
      // In batches, yielding between them, so Pagefind's replies are handled and it keeps working.
      const files = outputFiles(staging).filter((relative) => !searchOutput(relative));
      // Each batch names its files, so the wall does not list the output again for each.
      for (let i = 0; i < files.length; i += WALL_BATCH) {
        wall.push(...wallOver(undefined, files.slice(i, i + WALL_BATCH)));
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  });
  timings.pagefindMs = since(phaseStarted) - (timings.outputCheckMs ?? 0);
  timings.searchExtrasMs = Math.round(search.extras.ms);
  timings.searchExtrasCpuMs = Math.round(search.extras.cpuMs);
  if (search.errors.length > 0) await fail('Bygget avbröts: sökindexet kunde inte byggas.', search.errors);
  const indexed = search.pages.sv ?? 0;
  if (Object.keys(search.pages).length !== 1 || indexed !== verdict.pages.length) {
    await fail('Bygget avbröts: sökindexet ska innehålla alla publicerade sidor, på svenska, och inget annat.', [
      `väntade ${verdict.pages.length} sidor, fick ${JSON.stringify(search.pages)}`,
    ]);
  }
  console.log(`Sökindex: ${indexed} sidor.`);
  killAt('after-index');

  wall.push(...wallOver(searchOutput));
  memo.save();
  if (wall.length > 0) {
    await fail(
      'Bygget avbröts: den byggda webbplatsen innehåller något som inte får publiceras. Den gamla webbplatsen ligger kvar.',
      wall.map(formatOutputProblem),
    );
  }

  phaseStarted = performance.now();
  publish(paths);
  timings.publishMs = since(phaseStarted);
  if (process.env.BASTA_TIMINGS) {
    const report = { ...timings, totalMs: since(started), files: verdict.fileCount, indexedPages: indexed };
    writeFileSync(process.env.BASTA_TIMINGS, `${JSON.stringify(report)}\n`);
  }
  console.log(`Klart: ${outDir}`);
}

await main().catch((error: unknown) =>
  fail('Bygget avbröts av ett oväntat fel.', [error instanceof Error ? (error.stack ?? error.message) : String(error)]),
);
