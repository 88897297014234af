/**
 * The benchmark's "real reports" corpus: the shipped content as it is, plus the shipped reports
 * (meetings with a report body) cloned N times with their real front matter and bodies (speakers,
 * teams, videos, contacts, long texts), each clone under a new id, date and title, grouped in
 * series of 8 as the real rounds are. Unlike the synthetic corpus (corpus.ts) the bodies are the
 * real ones, so a report page and its e-mail editions cost what a real report costs.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { frontMatterAndBody, syntheticDate, templates, writeSeries } from './corpus.ts';

/** Meetings per generated series, as in the shipped rounds. */
const SERIES_SIZE = 8;

/**
 * Writes the shipped content folder with `clones` cloned reports added.
 * @param source the shipped content folder
 * @param target a folder to write into (created)
 * @param clones how many cloned reports to add
 * @param extension the clones' file type: by default each clone's report's own; `.md` writes them as
 *   Markdown, which Astro renders when it loads the content instead of compiling each as a module (for
 *   measuring what reports rendered at load time would save; only for bodies without MDX components)
 * @returns the content files of the clones, relative to `target` (e.g. `meetings/2030-01-01-kopia-0.mdx`)
 */
export function writeRealCorpus(source: string, target: string, clones: number, extension?: '.md'): string[] {
  cpSync(source, target, { recursive: true });
  const reports = templates(path.join(source, 'meetings')).filter(
    (t) => frontMatterAndBody(t.text).body.trim() !== '' && !/^draft: true/m.test(t.text),
  );
  const series = templates(path.join(source, 'series'));
  mkdirSync(path.join(target, 'meetings'), { recursive: true });
  const written: string[] = [];
  for (let i = 0; i < clones && reports.length > 0; i++) {
    const report = reports[i % reports.length] as (typeof reports)[number];
    const date = syntheticDate(i);
    const { frontMatter, body } = frontMatterAndBody(report.text);
    if (extension === '.md' && /<[A-Z]/.test(body)) {
      throw new Error(`${report.name}: rapporten använder MDX-komponenter och kan inte kopieras som Markdown (.md)`);
    }
    const seriesIndex = Math.floor(i / SERIES_SIZE);
    if (i % SERIES_SIZE === 0) writeSeries(target, series, seriesIndex, `kopia-omgang-${seriesIndex}`, date);
    const data = frontMatter
      .replace(/^title: (.*)$/m, (_, title: string) => `title: ${JSON.stringify(`${unquote(title)} (kopia ${i + 1})`)}`)
      .replace(/^date: .*$/m, `date: "${date}"`)
      .replace(/^series: .*$/m, `series: kopia-omgang-${seriesIndex}`)
      .replace(/^session: .*$/m, `session: ${(i % SERIES_SIZE) + 1}`);
    const file = `meetings/${date}-kopia-${i}${extension ?? report.extension}`;
    writeFileSync(path.join(target, file), `${data}${body}`);
    written.push(file);
  }
  return written;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return /^["'].*["']$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

/**
 * Changes one report as an editor would (a sentence added to its body), for the incremental build.
 * @param text the file's current text
 */
export function editedReport(text: string): string {
  return `${text.trimEnd()}\n\nEn mening som lades till efter träffen.\n`;
}
