/**
 * The incremental build never serves a stale page: three builds of the shipped content in a copy of
 * the project, with one cache folder. Between them every ingredient of a report's e-mail editions
 * and page changes once (the report's file, a person and a team it names, its series, the site's
 * settings, the edition's CSS), and each edition that is made of it shows the change; what nothing
 * touched is copied from the previous build, not rendered again.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../src/lib/build/bench/bare.ts';
import { writeRealCorpus } from '../src/lib/build/bench/real.ts';
import { routes } from '../src/lib/routing/routes.ts';
import { buildSite } from './fixtures/build-site.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'basta-incremental-'));
const project = path.join(work, 'project');
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');

/** The three reports of the shipped content, and what of theirs the test changes. */
const R1 = '2020-09-21-goda-exempel-och-fortsatt-arbete'; // names martina-poulsen (only here)
const R2 = '2021-01-19-inspiration-fran-skottland'; // presents familjecentralerna-i-lanet (with R1)
const R3 = '2023-03-ny-omgang'; // series leva-pa-barn-och-unga
const NO_REPORT = '2020-03-03-larande-natverk-traff-1'; // series vaxa-upp-leva-och-bo-pa
/** The sentence added to R3's report; its compound `simskoleplatserna` is in no other content. */
const ADDED = 'En mening om simskoleplatserna som lades till efter träffen.';

function build(): string {
  const run = buildSite({ outDir, contentDir: content, cacheDir: path.join(work, 'cache'), cwd: project });
  expect(run.status, run.log).toBe(0);
  return run.log;
}

const edition = (id: string, kind: 'html' | 'txt') =>
  readFileSync(path.join(outDir, 'traffar', id, `nyhetsbrev.${kind}`), 'utf8');
const page = (id: string) => readFileSync(path.join(outDir, 'traffar', id, 'index.html'), 'utf8');
/** Rewrites a content file. */
function edit(file: string, change: (text: string) => string): void {
  const full = path.join(content, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(full, after);
}
/** Whether the build log says Astro copied the output file from the last build. */
const kept = (log: string, file: string) =>
  new RegExp(`${file.replaceAll('.', '\\.')} \\((restored|cached)\\)`).test(log);

let first = '';
let second = '';
let third = '';
/** The second build's word list and R3's page (the third build changes the code: all is made again). */
let secondWords: string[] = [];
let secondR3Page = '';

beforeAll(() => {
  copyProject(root, project);
  writeRealCorpus(path.join(root, 'content'), content, 0);
  first = build();

  edit(`meetings/${R3}.mdx`, (text) => `${text.trimEnd()}\n\n${ADDED}\n`);
  edit('people/martina-poulsen.yaml', (text) =>
    text.replace(/^organisation: .*$/m, 'organisation: Ny enhet i regionen'),
  );
  edit('teams/familjecentralerna-i-lanet.mdx', (text) =>
    text.replace(/^name: .*$/m, 'name: Familjecentralerna i hela länet'),
  );
  second = build();
  secondWords = JSON.parse(readFileSync(path.join(outDir, routes.searchWords), 'utf8')) as string[];
  secondR3Page = page(R3);

  edit('series/vaxa-upp-leva-och-bo-pa.md', (text) =>
    text.replace('## Bakgrund', '## Bakgrund\n\nEn ny inledning om omgången.'),
  );
  edit('site.yaml', (text) => text.replace(/^owner: .*$/m, 'owner: Region Jönköpings län och kommunerna'));
  const css = path.join(project, 'src/lib/meetings/newsletter/email-html.ts');
  writeFileSync(
    css,
    readFileSync(css, 'utf8').replace('.masthead { background: #0b5394;', '.masthead { background: #0a4f8c;'),
  );
  third = build();
}, 900_000);

describe('a second build after the content changed', () => {
  it('renders every page and edition in the first build, and copies the untouched ones in the second', () => {
    expect(kept(first, `/traffar/${R1}/nyhetsbrev.html`)).toBe(false);
    expect(kept(second, `/traffar/${NO_REPORT}/index.html`)).toBe(true);
  });

  it.each([
    ["the report's own file", R3, ADDED],
    ['a person the report names', R1, 'Ny enhet i regionen'],
    ['a team the report presents', R2, 'Familjecentralerna i hela länet'],
  ])('shows a change of %s in both editions and on the page', (_, id, text) => {
    expect(edition(id, 'html')).toContain(text);
    expect(edition(id, 'txt')).toContain(text);
    expect(page(id)).toContain(text);
    expect(kept(second, `/traffar/${id}/nyhetsbrev.html`)).toBe(false);
  });

  it("shows a change of the report's text in the RSS feed, which keeps the other reports' texts", () => {
    expect(readFileSync(path.join(outDir, 'rss.xml'), 'utf8')).toContain(ADDED);
  });

  it("makes the report's new words searchable: in the search's word list, and its compound's parts among the page's search terms", () => {
    expect(secondWords).toContain('simskoleplatserna');
    expect(secondR3Page).toMatch(/<span hidden data-search-extras data-pagefind-meta="sokord:[^"]*\bskoleplatserna\b/);
  });

  it("shows a change of the report's series in the editions and pages of the series' reports", () => {
    for (const id of [R1, R2]) {
      expect(edition(id, 'html')).toContain('En ny inledning om omgången.');
      expect(edition(id, 'txt')).toContain('En ny inledning om omgången.');
      expect(page(id)).toContain('En ny inledning om omgången.');
    }
  });

  it("shows a change of the site's settings and of the edition's CSS in every edition", () => {
    for (const id of [R1, R2, R3]) {
      expect(edition(id, 'html')).toContain('Region Jönköpings län och kommunerna');
      expect(edition(id, 'html')).toMatch(/background: ?#0a4f8c/);
      expect(kept(third, `/traffar/${id}/nyhetsbrev.html`)).toBe(false);
    }
  });
});
