/**
 * A synthetic content folder with the shapes of the shipped content: the real taxonomies, people
 * and series, and N meetings and team stories cloned from the real ones under new ids and dates.
 * Every generated file is valid, so the benchmark measures the validator's normal path.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes the corpus.
 * @param source the shipped content folder
 * @param target an empty folder to write into
 * @param files how many meetings + team stories to generate (about half each)
 * @returns the number of meetings and team stories generated
 */
export function writeCorpus(source: string, target: string, files: number): number {
  mkdirSync(target, { recursive: true });
  for (const name of ['municipalities.yaml', 'focus-areas.yaml', 'site.yaml']) {
    cpSync(path.join(source, name), path.join(target, name));
  }
  // The real teams stay under their ids, so the generated meetings' references resolve.
  for (const dir of ['people', 'series', 'teams'])
    cpSync(path.join(source, dir), path.join(target, dir), { recursive: true });
  mkdirSync(path.join(target, 'meetings'));

  const meetings = templates(path.join(source, 'meetings')).filter((t) => /^\d{4}-\d{2}-\d{2}-/.test(t.name));
  const teams = templates(path.join(source, 'teams'));
  let written = 0;
  for (let i = 0; written < files; i++) {
    const meeting = meetings[i % meetings.length];
    if (meeting && written < files) {
      const date = syntheticDate(i);
      const text = meeting.text.replace(/^date: .*$/m, `date: ${date}`);
      writeFileSync(path.join(target, 'meetings', `${date}-traff-${i}${meeting.extension}`), text);
      written++;
    }
    const team = teams[i % teams.length];
    if (team && written < files) {
      writeFileSync(path.join(target, 'teams', `${team.id}-kopia-${i}${team.extension}`), team.text);
      written++;
    }
  }
  return written;
}

interface Template {
  name: string;
  id: string;
  extension: string;
  text: string;
}

function templates(dir: string): Template[] {
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const extension = path.extname(name);
      return {
        name,
        id: name.slice(0, -extension.length),
        extension,
        text: readFileSync(path.join(dir, name), 'utf8'),
      };
    });
}

/** A distinct valid date per index: days of the years from 2030 on. */
function syntheticDate(index: number): string {
  const date = new Date(Date.UTC(2030, 0, 1) + index * 86_400_000);
  return date.toISOString().slice(0, 10);
}
