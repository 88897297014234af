/**
 * What splitting compounds costs the build, measured, never asserted in a test:
 *
 *     node_modules/.bin/node --expose-gc src/lib/search/bench-compounds.ts [pages]
 *
 * Prints the one-time cost of loading the dictionary (time, and the heap and resident memory it
 * adds), then the cost of `compoundTerms` per 1,000 words: over the shipped meeting reports with
 * every word new to the splitter's cache (as for the first page of a build), over them again (every
 * word cached), and over `pages` synthetic pages (default 1,000) drawn from the reports' words with
 * new compounds on every page (src/lib/build/bench/corpus.ts), as a build of that many pages would run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { seeded, frontMatterAndBody, syntheticBody, vocabulary } from '../build/bench/corpus.ts';
import { compoundTerms, swedishSplitter } from './compounds.ts';

const pages = Number(process.argv[2] ?? 1000);
const folder = path.join(import.meta.dirname, '../../../content/meetings');
const reports = readdirSync(folder).map((name) => readFileSync(path.join(folder, name), 'utf8'));
const bodies = reports.map((text) => frontMatterAndBody(text).body);

const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const wordCount = (texts: readonly string[]) =>
  texts.reduce((sum, text) => sum + (text.match(/\p{L}+/gu)?.length ?? 0), 0);

/** Wall and CPU time of `work`, in ms: CPU time hardly changes when other work shares the machine. */
function timed(work: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

collect();
const before = process.memoryUsage();
const load = timed(() => swedishSplitter());
collect();
const after = process.memoryUsage();
console.log(
  `load: ${load.wall.toFixed(0)} ms (CPU ${load.cpu.toFixed(0)} ms), ` +
    `heap +${megabytes(after.heapUsed - before.heapUsed)}, resident +${megabytes(after.rss - before.rss)}`,
);

function run(label: string, texts: readonly string[]): void {
  const words = wordCount(texts);
  let terms = 0;
  const time = timed(() => {
    for (const text of texts) terms += compoundTerms(text).length;
  });
  const perThousand = (ms: number) => ((ms / words) * 1000).toFixed(1);
  console.log(
    `${label}: ${texts.length} pages, ${words} words, ${time.wall.toFixed(0)} ms (CPU ${time.cpu.toFixed(0)} ms), ` +
      `${perThousand(time.wall)} ms per 1,000 words (CPU ${perThousand(time.cpu)}), ` +
      `${(terms / texts.length).toFixed(1)} terms per page`,
  );
}

run('reports, uncached', reports);
run('reports, cached', reports);
const random = seeded(1);
const words = vocabulary(bodies);
const synthetic = Array.from({ length: pages }, (_, i) =>
  syntheticBody(bodies[i % bodies.length] ?? '', words, random, false),
);
run('synthetic', synthetic);
collect();
console.log(`heap after: ${megabytes(process.memoryUsage().heapUsed)}`);
