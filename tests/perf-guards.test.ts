/**
 * Guards against the known ways an Astro site gets slow or heavy as content grows. No timing is
 * asserted (speed is measured by `npm run bench`); these check the shapes that make a build scale
 * badly:
 * - every collection is read once, through src/lib/content/collections.ts (memoized), never walked per page;
 * - no page lists every entry on every page: an entry's page has the same links whether the site
 *   has 100 or 200 entries;
 * - the build log does not grow by a line per content file, apart from Astro's own route listing;
 * - the Astro configuration, loaded first by every Astro command, does not load the validator.
 *
 * About the log: Astro prints one line per generated route (`├─ /traffar/x/index.html (+3ms)`).
 * It is kept: it names routes, not content files; silencing it (`logLevel: 'warn'`) would also
 * hide the build's progress lines. What must not appear is a line per MDX/Markdown file (e.g. the
 * bundler's "use astro:head-inject" warning, filtered in astro.config.mjs): every line other than
 * the route listing is the same in number for 100 and 200 entries, and none names a content file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../src/lib/build/bench/bare.ts';
import { writeCorpus } from '../src/lib/build/bench/corpus.ts';
import { MEETINGS_PER_PAGE } from '../src/lib/routing/paging.ts';
import { buildSite, projectNode } from './fixtures/build-site.ts';

const root = path.resolve(import.meta.dirname, '..');

/** Files under a folder, relative, with `/` separators. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

describe('collections are read once', () => {
  it('only src/lib/content/collections.ts calls getCollection/getEntry/getEntries', () => {
    const src = path.join(root, 'src');
    const callers = files(src)
      .filter((file) => /\.(astro|ts|tsx|js|mjs|mdx)$/.test(file) && !file.endsWith('.test.ts'))
      .filter((file) => /\b(getCollection|getEntry|getEntries)\s*\(/.test(readFileSync(path.join(src, file), 'utf8')))
      .filter((file) => file !== 'lib/content/collections.ts' && !file.startsWith('lib/build/bench/'));
    expect(callers, 'call published()/byId()/site() from src/lib/content/collections.ts instead').toEqual([]);
  });

  it('collections.ts memoizes every read', () => {
    const text = readFileSync(path.join(root, 'src/lib/content/collections.ts'), 'utf8');
    const calls = [...text.matchAll(/getCollection\(/g)].length;
    const memoized = [...text.matchAll(/return once\(/g)].length;
    expect(calls).toBeGreaterThan(0);
    expect(memoized).toBeGreaterThanOrEqual(calls);
  });
});

/**
 * Builds a synthetic corpus of `entries` meetings and team stories through scripts/build.ts, in a
 * copy of the project, so it never shares `.astro/` with the builds of other test files.
 */
function buildCorpus(project: string, entries: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-guard-'));
  const content = path.join(dir, 'content');
  writeCorpus(path.join(root, 'content'), content, entries, { format: 'mdx' });
  const outDir = path.join(dir, 'dist');
  const run = buildSite({ outDir, contentDir: content, cacheDir: path.join(dir, 'cache'), cwd: project });
  return { dir, outDir, status: run.status, log: run.log };
}

/** Links (`<a href>`) of each built HTML page, by URL path. */
function linkCounts(outDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of files(outDir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
    const html = readFileSync(path.join(outDir, file), 'utf8');
    counts.set(`/${file.replace(/index\.html$/, '')}`, (html.match(/<a\s[^>]*href=/g) ?? []).length);
  }
  return counts;
}

const ROUTE_LISTING = /^\S*\s+[├└]─ \//;
/** Log lines (buildSite has taken the colours out), so two builds' lines compare. */
const logLines = (log: string) => log.split(/\r?\n/).filter((line) => line.trim() !== '');

describe('the build at 96 and 192 entries', () => {
  // The two builds run one after the other in one copy of the project.
  const project = path.join(mkdtempSync(path.join(tmpdir(), 'basta-guard-project-')), 'project');
  copyProject(root, project);
  // 96 and 192 entries: 48 and 96 meetings, whole series of 8 (writeCorpus), so no report's
  // series schedule differs between the two builds.
  const small = buildCorpus(project, 96);
  const large = buildCorpus(project, 192);
  afterAll(() => {
    for (const dir of [small.dir, large.dir, path.dirname(project)]) rmSync(dir, { recursive: true, force: true });
  });

  it('both succeed', () => {
    expect(small.status, small.log).toBe(0);
    expect(large.status, large.log).toBe(0);
  });

  it('gives each generated entry page the same links with twice the entries', () => {
    const before = linkCounts(small.outDir);
    const after = linkCounts(large.outDir);
    const generated = [...before.keys()].filter((url) => /^\/(traffar|exempel)\/[^/]*-(traff|kopia)-\d+\/$/.test(url));
    expect(generated.length).toBeGreaterThan(90);
    const grown = generated.filter((url) => after.get(url) !== before.get(url));
    expect(grown.map((url) => `${url}: ${before.get(url)} → ${after.get(url)}`)).toEqual([]);
  });

  it('lists every entry only on the archives and hubs, whose purpose that is', () => {
    const before = linkCounts(small.outDir);
    const after = linkCounts(large.outDir);
    // Pages whose job is to list entries, until a page is full: the archive, the team stories and
    // their filter pages, each hub's meetings and the about page's rounds (each cut into pages), hubs
    // and the calendar (their first items, up to a cap: tests/e2e/paging.test.ts), the list of
    // changes, the accessibility statement (every uncaptioned video).
    const archive =
      /^\/(traffar\/($|sida\/)|exempel\/($|sida\/|[^/]+\/[^/]+\/($|sida\/))|om\/($|sida\/)|kommuner\/|fokusomraden\/|kalender\/|andringar\/|tillganglighet\/)/;
    const growing = [...before.keys()].filter((url) => (after.get(url) ?? 0) > (before.get(url) ?? 0) + 2);
    expect(
      growing.filter((url) => !archive.test(url) && !/-(traff|kopia)-\d+\/$/.test(url) && !isShippedEntry(url)),
    ).toEqual([]);
  });

  it(`holds no list longer than a page of the archive (${MEETINGS_PER_PAGE}): lists grow by pages (src/lib/routing/paging.ts)`, () => {
    // Only the accessibility statement lists all of something (every uncaptioned video, as the law
    // asks), and the list of changes its recent commits.
    const unbounded = /^\/(andringar|tillganglighet)\/$/;
    const long: string[] = [];
    for (const file of files(large.outDir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
      const url = `/${file.replace(/index\.html$/, '')}`;
      if (unbounded.test(url)) continue;
      const tree = fromHtml(readFileSync(path.join(large.outDir, file), 'utf8'));
      visit(tree, 'element', (node: Element) => {
        if (node.tagName !== 'ul' && node.tagName !== 'ol') return;
        const items = node.children.filter((child) => child.type === 'element' && child.tagName === 'li').length;
        if (items > MEETINGS_PER_PAGE) long.push(`${url}: <${node.tagName}> med ${items} punkter`);
      });
    }
    expect(long).toEqual([]);
    // …and the larger site has more pages of them, not longer ones.
    expect(files(large.outDir).filter((f) => /\/sida\/\d+\/index\.html$/.test(f)).length).toBeGreaterThan(
      files(small.outDir).filter((f) => /\/sida\/\d+\/index\.html$/.test(f)).length,
    );
  });

  it('logs no line per content file: only the route listing grows with the entries', () => {
    // Timestamps, durations, counts and the output folder differ between builds; nothing else may.
    // Vite's dependency (re-)optimisation is one line per build at most, whenever its shared cache
    // in node_modules/.vite decides to refresh: not a line per file, and not under our control.
    const VITE_OPTIMIZE = /\[vite\].*(optimiz|optimis)/i;
    // Whether the web editor is bundled or comes from its cache (node_modules/.cache, shared by both
    // builds) depends on its code since the last bundle, not on the content: one line a build either way.
    const ADMIN_BUNDLE = /\[basta-admin\] the web editor (?:was bundled|comes from the cache)/;
    const other = (log: string) =>
      logLines(log)
        .filter((line) => !ROUTE_LISTING.test(line) && !VITE_OPTIMIZE.test(line) && !ADMIN_BUNDLE.test(line))
        .map((line) => line.replace(/basta-guard-\w+/g, 'out').replace(/\d+(\.\d+)?(ms|s)?\b/g, '#'));
    // The larger build may only print fewer lines (e.g. Vite's one-time dependency optimisation).
    const before = other(small.log);
    const after = other(large.log);
    expect(after.filter((line) => !before.includes(line))).toEqual([]);
    expect(after.length).toBeLessThanOrEqual(before.length);
    const perFile = logLines(large.log).filter((line) => /\.(mdx?|ya?ml)\b/.test(line) && !ROUTE_LISTING.test(line));
    expect(perFile).toEqual([]);
  });
});

/** The shipped teams' pages, which list the generated meetings they presented at (a derived list). */
function isShippedEntry(url: string): boolean {
  const match = /^\/exempel\/([^/]+)\/$/.exec(url);
  return match !== null && existsSync(path.join(root, 'content', 'teams', `${match[1]}.mdx`));
}

describe('what the Astro configuration loads', () => {
  it('does not load the validator: only `npm run dev` needs it, and the build runs it in a process of its own', () => {
    // Astro imports astro.config.mjs, and what it imports, in every command before anything else.
    const script = [
      "import { registerHooks } from 'node:module';",
      'const loaded = [];',
      'registerHooks({ load: (url, context, next) => (loaded.push(url), next(url, context)) });',
      `await import(${JSON.stringify(pathToFileURL(path.join(root, 'astro.config.mjs')).href)});`,
      'console.log(JSON.stringify(loaded));',
    ].join('\n');
    const loaded = (
      JSON.parse(execFileSync(projectNode, ['--input-type=module', '-e', script], { cwd: root }).toString()) as string[]
    )
      .filter((url) => url.startsWith('file:'))
      .map((url) => path.relative(root, fileURLToPath(url)).split(path.sep).join('/'));
    expect(loaded).toContain('src/lib/editor/dev/integration.ts');
    expect(loaded.filter((file) => /^src\/lib\/(validate\/|editor\/dev\/validate-on-change)/.test(file))).toEqual([]);
  });
});
