/**
 * `npm run test:nu`: the W3C Nu HTML Checker (npm package `vnu-jar`) over every HTML file of the
 * site, the e-mail editions included. Builds the shipped site with scripts/build.ts into a temporary
 * folder, runs the checker once over it, and fails with one `file:line:column: message` line per
 * error. Needs Java 11 or later (src/lib/build/nu-checker.ts says how to install it, per operating
 * system); `npm test` does not. Option: `--dist <folder>` checks a site already built there instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  defaultJavaSearch,
  findJava,
  type FoundJava,
  MIN_JAVA,
  missingJavaMessage,
  nuArguments,
  nuErrors,
} from '../src/lib/build/nu-checker.ts';
import { htmlPages } from '../src/lib/build/page-weight.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { dist: { type: 'string' } } });

// Before the build: a machine without Java hears it at once.
const java = findJava(defaultJavaSearch());
if (!java || java.version < MIN_JAVA) {
  console.error(missingJavaMessage(process.platform, java));
  process.exit(1);
}

const temporary = values.dist === undefined ? mkdtempSync(path.join(tmpdir(), 'basta-nu-')) : undefined;
try {
  process.exitCode = check(temporary ?? path.resolve(values.dist as string), temporary !== undefined, java);
} finally {
  if (temporary) rmSync(temporary, { recursive: true, force: true });
}

/** Builds the site into `site` if asked, checks it, and prints the result; returns the exit code. */
function check(site: string, build: boolean, found: FoundJava): number {
  if (build) {
    console.log('Bygger webbplatsen …');
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', site], { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) {
      console.error(`Bygget misslyckades:\n${run.stdout}\n${run.stderr}`);
      return 1;
    }
  }
  const files = htmlPages(site).length;
  if (files === 0) {
    console.error(`Det finns inga HTML-filer i ${site}. Bygg webbplatsen först, eller utelämna --dist.`);
    return 1;
  }
  const jar = createRequire(path.join(root, 'package.json')).resolve('vnu-jar/build/dist/vnu.jar');
  const run = spawnSync(found.command, nuArguments(jar, site), { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const errors = nuErrors(`${run.stderr}${run.stdout}`, site);
  if (errors.length > 0) {
    console.error(errors.join('\n'));
    console.error(`\nW3C:s HTML-kontroll: ${errors.length} fel i ${files} HTML-filer.`);
    return 1;
  }
  console.log(`W3C:s HTML-kontroll: inga fel i ${files} HTML-filer (Java ${found.version}).`);
  return 0;
}
