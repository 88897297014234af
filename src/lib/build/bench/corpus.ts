/**
 * A synthetic content folder with the shapes of the shipped content: the real taxonomies, people
 * and series, and N meetings and team stories cloned from the real ones (front matter, number and
 * length of sections) under new ids and dates. Bodies are Swedish-like text drawn from the real
 * reports' words, different on every page (so the search index grows as it would), of the real
 * reports' length. Every generated file is valid, so the benchmark measures the normal path.
 *
 * `format: 'md'` writes the same bodies as `.md` files (the MDX-only `<Faktaruta>` becomes a block
 * quote), so the benchmark can measure what a Markdown page and an MDX page each cost.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface CorpusOptions {
  /** `keep` (default) keeps each template's extension; `mdx`/`md` write every generated body so. */
  format?: 'keep' | 'mdx' | 'md';
  /**
   * Meetings per generated series (default 8, as in the shipped rounds). A real round of the
   * network has a handful of meetings; cloning every meeting into the two shipped series would make
   * each report's schedule list thousands of meetings, a shape the content never has.
   */
  seriesSize?: number;
  /** Seed of the text generator (default 1): the same seed writes the same corpus. */
  seed?: number;
}

/**
 * Writes the corpus.
 * @param source the shipped content folder
 * @param target an empty folder to write into
 * @param files how many meetings + team stories to generate (half each)
 * @returns the number of meetings and team stories generated
 */
export function writeCorpus(source: string, target: string, files: number, options: CorpusOptions = {}): number {
  const format = options.format ?? 'keep';
  const seriesSize = options.seriesSize ?? 8;
  const random = seeded(options.seed ?? 1);
  mkdirSync(target, { recursive: true });
  for (const name of ['municipalities.yaml', 'focus-areas.yaml', 'site.yaml', 'sokord.yaml']) {
    cpSync(path.join(source, name), path.join(target, name));
  }
  // The real teams, plans, people and series stay under their ids, so references resolve.
  for (const dir of ['people', 'plans', 'series', 'teams'])
    cpSync(path.join(source, dir), path.join(target, dir), { recursive: true });
  mkdirSync(path.join(target, 'meetings'));

  const meetings = templates(path.join(source, 'meetings')).filter((t) => /^\d{4}-\d{2}-\d{2}-/.test(t.name));
  const teams = templates(path.join(source, 'teams'));
  const series = templates(path.join(source, 'series'));
  const words = vocabulary([...meetings, ...teams, ...series].map((t) => frontMatterAndBody(t.text).body));
  const extension = (template: Template) => (format === 'keep' ? template.extension : `.${format}`);
  const asMd = (template: Template) => extension(template) === '.md';

  let written = 0;
  for (let i = 0; written < files; i++) {
    const meeting = meetings[i % meetings.length];
    if (meeting && written < files) {
      const date = syntheticDate(i);
      const { frontMatter, body } = frontMatterAndBody(meeting.text);
      // Drafts have no page; every generated entry is published, so pages = entries.
      let data = frontMatter.replace(/^date: .*$/m, `date: ${date}`).replace(/^draft: .*\n/m, '');
      if (/^series: /m.test(data)) {
        const seriesIndex = Math.floor(i / seriesSize);
        const seriesId = `omgang-${seriesIndex}`;
        if (i % seriesSize === 0) writeSeries(target, series, seriesIndex, seriesId, date);
        data = data.replace(/^series: .*$/m, `series: ${seriesId}`);
      }
      const text = body.trim() === '' ? '' : syntheticBody(body, words, random, asMd(meeting));
      writeFileSync(path.join(target, 'meetings', `${date}-traff-${i}${extension(meeting)}`), `${data}${text}`);
      written++;
    }
    const team = teams[i % teams.length];
    if (team && written < files) {
      const { frontMatter, body } = frontMatterAndBody(team.text);
      const data = frontMatter
        .replace(/^name: (.*)$/m, (_, name: string) => `name: ${name.trim()} ${i}`)
        .replace(/^draft: .*\n/m, '');
      const text = syntheticBody(body, words, random, asMd(team));
      writeFileSync(path.join(target, 'teams', `${team.id}-kopia-${i}${extension(team)}`), `${data}${text}`);
      written++;
    }
  }
  return written;
}

/** A copy of a shipped series (front matter kept, name numbered) for a group of generated meetings. */
export function writeSeries(target: string, series: Template[], index: number, id: string, date: string): void {
  const template = series[index % series.length];
  if (!template) return;
  const { frontMatter, body } = frontMatterAndBody(template.text);
  const month = date.slice(0, 7);
  const data = frontMatter
    .replace(/^name: (.*)$/m, (_, name: string) => `name: ${name.trim()} (${index + 1})`)
    .replace(/^start: .*$/m, `start: "${month}"`)
    .replace(/^end: .*\n/m, '');
  writeFileSync(path.join(target, 'series', `${id}${template.extension}`), `${data}${body}`);
}

export interface Template {
  name: string;
  id: string;
  extension: string;
  text: string;
}

export function templates(dir: string): Template[] {
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

/**
 * The front matter as written (with its `---` lines and the newline after) and the body of a content
 * file, to write copies of it; the validator's `splitFrontMatter` parses front matter instead.
 */
export function frontMatterAndBody(text: string): { frontMatter: string; body: string } {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  if (!match) return { frontMatter: '', body: text };
  return { frontMatter: match[0], body: text.slice(match[0].length) };
}

/** The words of the real bodies (letters only, lower case), each as often as it occurs. */
export function vocabulary(bodies: readonly string[]): string[] {
  const words: string[] = [];
  for (const body of bodies) {
    for (const match of body.matchAll(/\p{L}{2,}/gu)) words.push(match[0].toLowerCase());
  }
  return words.length > 0 ? words : ['text'];
}

/**
 * A body with the template's shape: one `##` heading per heading and one paragraph per paragraph,
 * each of the same number of words, the words drawn from the vocabulary. About one word in forty is
 * a new compound (two words joined, as Swedish does), so every page adds words of its own to the
 * search index, as a new report does. MDX bodies get one `<Faktaruta>`; Markdown bodies the same
 * text as a block quote.
 */
export function syntheticBody(template: string, words: readonly string[], random: () => number, md: boolean): string {
  const pick = () => words[Math.floor(random() * words.length)] ?? 'text';
  const word = () => (random() < 0.025 ? `${pick()}${pick()}` : pick());
  const sentence = (count: number) => {
    const list = Array.from({ length: Math.max(1, count) }, word);
    const first = list[0] ?? '';
    list[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${list.join(' ')}.`;
  };
  const blocks = template
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const block of blocks) {
    const count = (block.match(/\p{L}+/gu) ?? []).length;
    if (block.startsWith('#')) out.push(`## ${sentence(Math.min(count, 6)).slice(0, -1)}`);
    else if (/^[-*] /.test(block))
      out.push(
        block
          .split('\n')
          .map(() => `- ${sentence(4)}`)
          .join('\n'),
      );
    else {
      const sentences: string[] = [];
      for (let left = count; left > 0; left -= 14) sentences.push(sentence(Math.min(left, 14)));
      out.push(sentences.join(' '));
    }
  }
  const fact = sentence(20);
  out.splice(
    Math.min(2, out.length),
    0,
    md ? `> **Fakta**\n>\n> ${fact}` : `<Faktaruta title="Fakta">\n${fact}\n</Faktaruta>`,
  );
  return `\n${out.join('\n\n')}\n`;
}

/** A small deterministic generator (mulberry32), so a corpus can be written again identically. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A distinct valid date per index: days of the years from 2030 on. */
export function syntheticDate(index: number): string {
  const date = new Date(Date.UTC(2030, 0, 1) + index * 86_400_000);
  return date.toISOString().slice(0, 10);
}
