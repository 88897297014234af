/**
 * `npm run bench [-- --files 2000] [-- --runs 3] [-- --json report.json]`: times the validator on a
 * synthetic corpus made from the shapes of the shipped content. Prints the median wall time,
 * milliseconds per file, and writes a JSON report.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../src/lib/bench/corpus.ts';
import { validateContent } from '../src/lib/validate/content.ts';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    json: { type: 'string', default: 'bench-report.json' },
  },
});
const files = Number(values.files);
const runs = Number(values.runs);

const root = mkdtempSync(path.join(tmpdir(), 'basta-bench-'));
try {
  const written = writeCorpus(path.resolve('content'), path.join(root, 'content'), files);
  const times: number[] = [];
  let fileCount = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = validateContent({ root });
    times.push(performance.now() - start);
    fileCount = result.fileCount;
    if (result.problems.length > 0) throw new Error(`the synthetic corpus has ${result.problems.length} problems`);
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: (await import('node:os')).availableParallelism(),
    validation: {
      entries: written,
      files: fileCount,
      runs: times.map(Math.round),
      medianMs: Math.round(median),
      msPerFile: +(median / fileCount).toFixed(3),
    },
  };
  console.log(
    `Validering: ${fileCount} filer (${written} genererade inlägg), median ${report.validation.medianMs} ms, ${report.validation.msPerFile} ms per fil (${runs} körningar: ${report.validation.runs.join(', ')} ms)`,
  );
  writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Rapport: ${values.json}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
