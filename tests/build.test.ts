/**
 * The build as a whole: `scripts/build.ts` on the shipped content and on fixtures. All builds live in
 * this one file so they never run at the same time (they share Astro's generated types).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDirFor } from '../src/lib/content/content-dir.ts';
import { copyProject } from '../src/lib/build/bench/bare.ts';
import { writeCorpus } from '../src/lib/build/bench/corpus.ts';
import { checkOutput, type OutputCheckOptions } from '../src/lib/build/output-check.ts';
import { publishPaths } from '../src/lib/build/publish.ts';
import { verdictFor } from '../src/lib/build/validate-child.ts';
import { validateContent } from '../src/lib/validate/content.ts';
import { buildSite, projectNode } from './fixtures/build-site.ts';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'tests/fixtures/validator');

/** Public URL prefix of each collection with pages (DESIGN.md's contract). */
const PAGE_PREFIX = { meetings: 'traffar', teams: 'exempel', plans: 'handlingsplaner' } as const;

function build(
  contentDir?: string,
  outDir = mkdtempSync(path.join(tmpdir(), 'basta-dist-')),
  form: 'two' | 'one' = 'two',
) {
  const run = buildSite({
    outDir,
    ...(contentDir ? { contentDir } : {}),
    ...(form === 'one' ? { args: [`--outDir=${outDir}`] } : {}),
  });
  return { outDir, status: run.status, log: run.log };
}

/** Where scripts/build.ts lets Astro build before the result replaces the output folder. */
const stagingOf = (outDir: string) => publishPaths(outDir).staging;

function fixtureContent(overlay?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-content-'));
  cpSync(path.join(fixtures, 'base'), dir, { recursive: true });
  if (overlay) cpSync(path.join(fixtures, 'invalid', overlay), dir, { recursive: true });
  return dir;
}

/** Every entry of the collections with pages, read from the files (not from the build). */
function publishableEntries(contentRoot: string, contentDir: string) {
  const { entries } = validateContent({ root: contentRoot, contentDir });
  const list: Array<{ url: string; title: string; draft: boolean }> = [];
  for (const [collection, prefix] of Object.entries(PAGE_PREFIX)) {
    for (const entry of entries.get(collection as keyof typeof PAGE_PREFIX)?.values() ?? []) {
      const data = entry.data as { title?: string; name?: string; draft?: boolean };
      list.push({ url: `${prefix}/${entry.id}`, title: data.title ?? data.name ?? '', draft: data.draft === true });
    }
  }
  return list;
}

const headingOf = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/&amp;/g, '&');

describe('npm run build on the shipped content', () => {
  const result = build();

  it('succeeds without any warning', () => {
    expect(result.log).not.toMatch(/\[(WARN|ERROR)\]/);
    expect(result.status).toBe(0);
  });

  it('publishes a page with its title for every entry that is not a draft, and none for a draft', () => {
    const entries = publishableEntries(root, 'content');
    expect(entries.some((e) => !e.draft)).toBe(true);
    for (const entry of entries) {
      const file = path.join(result.outDir, entry.url, 'index.html');
      expect(existsSync(file), `${entry.url}`).toBe(!entry.draft);
      if (!entry.draft) expect(headingOf(readFileSync(file, 'utf8'))).toBe(entry.title);
    }
  });
});

describe('npm run build on fixture content', () => {
  it('publishes every entry but drafts', () => {
    const dir = fixtureContent();
    writeFileSync(
      path.join(dir, 'meetings/2024-02-01-utkast.mdx'),
      '---\ntitle: Ett utkast\ndate: 2024-02-01\nsummary: En träff som ännu inte ska publiceras på webbplatsen.\ndraft: true\n---\n\nText.\n',
    );
    // A Markdown report with a local image: its e-mail edition must carry the image's address.
    cpSync(path.join(fixtures, 'base/images/bild.png'), path.join(dir, 'meetings/bild.png'));
    writeFileSync(
      path.join(dir, 'meetings/2024-03-01-med-bild.md'),
      '---\ntitle: En träff med bild\ndate: 2024-03-01\nsummary: En träff vars rapport har en bild som ska synas i e-postutgåvan.\n---\n\n## Rapport\n\n![Deltagarna vid borden](./bild.png)\n',
    );
    // An earlier build's output in a deployment folder: the new site replaces it, .git stays.
    const outDir = mkdtempSync(path.join(tmpdir(), 'basta-dist-'));
    mkdirSync(path.join(outDir, '.git'));
    writeFileSync(path.join(outDir, '.git/HEAD'), 'ref: refs/heads/gh-pages\n');
    writeFileSync(path.join(outDir, 'gammal.html'), '<h1>Gammal</h1>');
    const result = build(dir, outDir, 'one');
    expect(result.status, result.log).toBe(0);
    const entries = publishableEntries(path.dirname(dir), path.basename(dir));
    expect(entries.some((e) => e.draft)).toBe(true);
    for (const entry of entries) {
      expect(existsSync(path.join(result.outDir, entry.url, 'index.html'))).toBe(!entry.draft);
    }
    expect(existsSync(path.join(outDir, 'gammal.html'))).toBe(false);
    expect(readFileSync(path.join(outDir, '.git/HEAD'), 'utf8')).toMatch(/gh-pages/);
    expect(existsSync(stagingOf(outDir))).toBe(false);
    const email = readFileSync(path.join(outDir, 'traffar/2024-03-01-med-bild/nyhetsbrev.html'), 'utf8');
    expect(email).toMatch(/<img [^>]*src="http:\/\/localhost:4321\/_astro\/bild\.[^"]+\.(png|webp)"/);
  });

  it('renders the components of an .mdx text as the page shows them: a Video in a team story or a report comes with its script, an image in a report goes through the image pipeline on the page and in the e-mail edition', () => {
    const dir = fixtureContent();
    writeFileSync(
      path.join(dir, 'teams/team-med-film.mdx'),
      `---\nname: Team med film\nsummary: Ett påhittat team vars berättelse har en film.\nmunicipalities: [norrby]\norganisations: [Skolan]\nfocusAreas: [psykisk-halsa]\nstatus: testar\n---\n\nTeamet har filmat.\n\n<Video url="https://vimeo.com/123456789" title="Film om teamet" captions={false} />\n`,
    );
    cpSync(path.join(root, 'tests/fixtures/images/skolgarden.jpg'), path.join(dir, 'images/skolgarden.jpg'));
    writeFileSync(
      path.join(dir, 'meetings/2024-03-02-mdx-med-bild.mdx'),
      '---\ntitle: En MDX-träff med bild\ndate: 2024-03-02\nsummary: En träff vars rapport i MDX har en bild, en faktaruta och en film.\n---\n\n## Rapport\n\n![Skolgården en morgon](../images/skolgarden.jpg)\n\n<Faktaruta title="Fakta">\nSkolgården är **ny**.\n</Faktaruta>\n\n<Video url="https://vimeo.com/987654321" title="Film från träffen" captions={false} />\n',
    );
    const result = build(dir);
    expect(result.status, result.log).toBe(0);
    const page = (file: string) => readFileSync(path.join(result.outDir, file), 'utf8');
    const videoScript = (html: string) =>
      [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].some(([, code]) =>
        code?.includes('figure.video'),
      );
    const team = page('exempel/team-med-film/index.html');
    expect(team).toContain('<figure class="video" data-embed="https://player.vimeo.com/video/123456789?dnt=1"');
    expect(videoScript(team)).toBe(true);
    // A story without a video loads no video script.
    expect(page('exempel/team-a/index.html')).toContain('<aside class="faktaruta"><p class="faktaruta-title">');
    expect(videoScript(page('exempel/team-a/index.html'))).toBe(false);
    const report = page('traffar/2024-03-02-mdx-med-bild/index.html');
    expect(report).toContain('<h2 id="rapport">Rapport</h2>');
    expect(report).toMatch(
      /<aside class="faktaruta"><p class="faktaruta-title"><strong>Fakta<\/strong><\/p>\s*<p>Skolgården är <strong>ny<\/strong>\.<\/p><\/aside>/,
    );
    expect(report).toMatch(
      /<img [^>]*src="\/_astro\/skolgarden\.[^"]+\.webp"[^>]*alt="Skolgården en morgon"|<img [^>]*alt="Skolgården en morgon"[^>]*src="\/_astro\/skolgarden\.[^"]+\.webp"/,
    );
    expect(report).not.toContain('__ASTRO_IMAGE_');
    // A Video in a report's text (the meeting has no videos in its front matter) brings its script too.
    expect(report).toContain('<figure class="video" data-embed="https://player.vimeo.com/video/987654321?dnt=1"');
    expect(videoScript(report)).toBe(true);
    const email = page('traffar/2024-03-02-mdx-med-bild/nyhetsbrev.html');
    expect(email).toMatch(/<img [^>]*src="http:\/\/localhost:4321\/_astro\/skolgarden\.[^"]+\.webp"/);
    expect(email).toContain('Skolgården är <strong>ny</strong>.');
  });

  it('publishes a team image through the image pipeline, on the story and on its card: alt text, size, a srcset of widths', () => {
    const dir = fixtureContent();
    const alt = 'Ett rött skolhus vid en grön skolgård';
    cpSync(path.join(root, 'tests/fixtures/images/skolgarden.jpg'), path.join(dir, 'images/skolgarden.jpg'));
    writeFileSync(
      path.join(dir, 'teams/team-med-bild.mdx'),
      `---\nname: Team med bild\nsummary: Ett påhittat team vars berättelse har en bild.\nmunicipalities: [norrby]\norganisations: [Skolan]\nfocusAreas: [psykisk-halsa]\nstatus: testar\nimage:\n  src: ../images/skolgarden.jpg\n  alt: ${alt}\n---\n\nTeamet arbetar med bilder.\n`,
    );
    // scripts/build.ts ends with the last wall (checkOutput): a build that passes, passed it.
    const result = build(dir);
    expect(result.status, result.log).toBe(0);
    const imageOf = (page: string) => {
      const html = readFileSync(path.join(result.outDir, page), 'utf8');
      const tag = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`alt="${alt}"`)) ?? '';
      const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
      return { tag, attribute };
    };
    for (const [page, loading, largest] of [
      ['exempel/team-med-bild/index.html', 'eager', 1200],
      ['exempel/index.html', 'lazy', 800],
    ] as const) {
      const { tag, attribute } = imageOf(page);
      expect(tag, page).not.toBe('');
      // The file's own size as the attributes (3:2), so the box is reserved before the image loads.
      expect(attribute('width')).toBe('1200');
      expect(attribute('height')).toBe('800');
      expect(attribute('loading')).toBe(loading);
      expect(attribute('decoding')).toBe('async');
      expect(attribute('sizes')).toMatch(/100vw/);
      const candidates = (attribute('srcset') ?? '').split(', ').map((c) => c.split(' '));
      const widths = candidates.map(([, w]) => Number.parseInt(w ?? '', 10));
      expect(widths.length, page).toBeGreaterThanOrEqual(2);
      expect(widths).toContain(400);
      expect(Math.max(...widths)).toBe(largest);
      for (const [url] of [[attribute('src')], ...candidates]) {
        expect(url, page).toMatch(/^\/_astro\/skolgarden\.[^/]+\.webp$/);
        expect(existsSync(path.join(result.outDir, url ?? '')), url).toBe(true);
      }
    }
  });

  it('stops when the content has an error, naming file and line, and keeps nothing of it', () => {
    // An earlier build's output: a failed build leaves it as it was, and nothing of its own.
    const outDir = mkdtempSync(path.join(tmpdir(), 'basta-dist-'));
    writeFileSync(path.join(outDir, 'index.html'), '<h1>Gammal</h1>');
    const result = build(fixtureContent('unsafe'), outDir);
    expect(result.status).toBe(1);
    expect(result.log).toMatch(/meetings\/2024-05-01-osaker\.mdx:6:1 +error +body: .*\(mdx-esm\)/);
    expect(result.log).toMatch(/Bygget avbröts/);
    // Astro started beside the validator, but was stopped and its output held back.
    expect(result.log).not.toMatch(/\[build\]|\[content\]/);
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(existsSync(stagingOf(outDir))).toBe(false);
  });

  it('stops when the last wall refuses files of the output that no content check reads, naming each, and keeps the site as it was', () => {
    // Files in public/ go to the output as they are: only the wall over the built site sees them.
    const project = mkdtempSync(path.join(tmpdir(), 'basta-project-'));
    copyProject(root, project);
    writeFileSync(path.join(project, 'public/anteckning.txt'), 'Ring Anna om schemat, 121212-1212.\n');
    writeFileSync(
      path.join(project, 'public/lank.html'),
      '<!doctype html><html lang="sv"><head><title>L</title></head><body><a href="javascript:alert(1)">Öppna</a>' +
        '<a href="https://rjl.se.evil.example/login">www.rjl.se</a></body></html>',
    );
    const outDir = mkdtempSync(path.join(tmpdir(), 'basta-dist-'));
    writeFileSync(path.join(outDir, 'index.html'), '<h1>Gammal</h1>');
    const result = buildSite({
      outDir,
      cacheDir: mkdtempSync(path.join(tmpdir(), 'basta-cache-')),
      contentDir: fixtureContent(),
      cwd: project,
    });
    expect(result.status, result.log).toBe(1);
    expect(result.log).toContain('den byggda webbplatsen innehåller något som inte får publiceras');
    expect(result.log).toMatch(/anteckning\.txt:1 \(innehållsfilen kunde inte avgöras\): .*\(personnummer\)/);
    expect(result.log).toMatch(/lank\.html:1 \(innehållsfilen kunde inte avgöras\): .*\(script-url\)/);
    expect(result.log).toMatch(
      /lank\.html:1 \(innehållsfilen kunde inte avgöras\): Länktexten "www\.rjl\.se" .* rjl\.se\.evil\.example\. \(link-text-address\)/,
    );
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(existsSync(stagingOf(outDir))).toBe(false);
  });

  it('stops on Ctrl-C, leaving the site in the output folder as it was, no staging folder, no image cache and no kept pages', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'basta-dist-'));
    writeFileSync(path.join(outDir, 'index.html'), '<h1>Gammal</h1>');
    // Enough pages that Astro is still writing them when the interrupt comes.
    const content = mkdtempSync(path.join(tmpdir(), 'basta-content-'));
    writeCorpus(path.join(root, 'content'), content, 400, { format: 'md' });
    // Astro stopped mid-build may have cut an optimized image or a kept page short, or left a kept
    // page newer than its key in the manifest: the image cache, the kept pages and their keys must go.
    const cache = cacheDirFor({ BASTA_CONTENT_DIR: content }) as string;
    const imageCache = path.join(cache, 'assets');
    mkdirSync(imageCache, { recursive: true });
    writeFileSync(path.join(imageCache, 'avbruten.webp'), '');
    mkdirSync(path.join(cache, 'dist', 'traffar', 'a'), { recursive: true });
    writeFileSync(path.join(cache, 'dist', 'traffar', 'a', 'index.html'), '<h1>Avbruten</h1>');
    writeFileSync(path.join(cache, 'incremental-build.json'), '{}');
    // A build of its own, not buildSite: it is interrupted while it runs, with its process group.
    const child = spawn(projectNode, ['scripts/build.ts', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, BASTA_CONTENT_DIR: content },
      stdio: 'ignore',
      detached: true,
    });
    // Interrupt once Astro writes pages; Ctrl-C reaches the whole process group. A loaded machine may
    // take minutes to get there, so wait up to 4.
    for (let i = 0; i < 9600 && !existsSync(path.join(stagingOf(outDir), 'exempel')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(existsSync(stagingOf(outDir))).toBe(true);
    process.kill(-(child.pid as number), 'SIGINT');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(existsSync(imageCache)).toBe(false);
    expect(existsSync(path.join(cache, 'dist'))).toBe(false);
    expect(existsSync(path.join(cache, 'incremental-build.json'))).toBe(false);
  });

  it('refuses to start while the content holds a symlink, naming each, and leaves the site as it was', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'basta-dist-'));
    writeFileSync(path.join(outDir, 'index.html'), '<h1>Gammal</h1>');
    const dir = fixtureContent();
    symlinkSync('/etc/passwd', path.join(dir, 'images', 'passwd.png'));
    symlinkSync('../../.git/config', path.join(dir, 'teams', 'config.mdx'));
    const result = build(dir, outDir);
    expect(result.status).toBe(1);
    expect(result.log).toMatch(/images\/passwd\.png: ta bort länken/);
    expect(result.log).toMatch(/teams\/config\.mdx: ta bort länken/);
    // Refused before Astro or the validator started.
    expect(result.log).not.toMatch(/\[build\]|Innehållet är giltigt/);
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(existsSync(stagingOf(outDir))).toBe(false);
  });

  it('stops on a YAML bomb with an error on its line, not a crash of the validator or of Astro', () => {
    const result = build(fixtureContent('yaml-bomb'));
    expect(result.status).toBe(1);
    expect(result.log).toMatch(/people\/skratt\.yaml:7:\d+ +error +yaml: .*\(yaml-limit\)/);
    expect(result.log).toMatch(/people\/djup\.yaml:3:\d+ +error +yaml: .*\(yaml-limit\)/);
    expect(result.log).not.toMatch(/RangeError|ReferenceError|    at /);
  });

  it('killed between the two renames of publishing, leaves no mix, and the next build puts the checked site in place', () => {
    const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'basta-dist-')), 'dist');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'gammal.html'), '<h1>Gammal</h1>');
    const dir = fixtureContent();
    const killed = buildSite({ outDir, contentDir: dir, env: { BASTA_KILL_AT: 'after-rename-old' } });
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(outDir)).toBe(false);
    const next = build(dir, outDir);
    expect(next.status, next.log).toBe(0);
    expect(next.log).toMatch(/Förra bygget avbröts: en avbruten publicering slutfördes/);
    expect(existsSync(path.join(outDir, 'gammal.html'))).toBe(false);
    expect(existsSync(path.join(outDir, 'exempel', 'team-a', 'index.html'))).toBe(true);
    expect(readdirSync(path.dirname(outDir))).toEqual(['dist']);
  });

  it('refuses an output folder that is the project or holds it, before anything runs', () => {
    for (const outDir of [root, path.dirname(root)]) {
      const run = buildSite({ outDir });
      expect(run.status).toBe(2);
      expect(run.log).toMatch(/får inte vara projektet/);
    }
    expect(existsSync(path.join(root, 'src'))).toBe(true);
  });

  /**
   * `astro build` alone (the validator bypassed) on the base fixture plus one team story whose
   * front matter ends with `extraFrontMatter` and whose body is `body`. `kod.mjs` beside it writes
   * the marker file if anything ever loads it; `MARKER` in the body stands for that file's path.
   */
  function bypassValidator(id: string, body: string, extraFrontMatter = '') {
    const dir = fixtureContent();
    const marker = path.join(dir, 'kod-kordes.txt');
    writeFileSync(
      path.join(dir, 'teams/kod.mjs'),
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ja');\nexport default {};\n`,
    );
    writeFileSync(
      path.join(dir, `teams/${id}.mdx`),
      `---\nname: Kod\nsummary: Ett team vars text försöker köra kod.\nmunicipalities: [norrby]\norganisations: [Skolan]\nfocusAreas: [psykisk-halsa]\nstatus: ide\n${extraFrontMatter}---\n\n${body.replace('MARKER', JSON.stringify(marker))}\n`,
    );
    const run = astroAlone(dir);
    return {
      log: run.log,
      status: run.status,
      ran: existsSync(marker),
      published: existsSync(path.join(run.outDir, `exempel/${id}/index.html`)),
    };
  }

  /** `astro build` alone on a content folder: the validator bypassed. */
  function astroAlone(dir: string) {
    const outDir = mkdtempSync(path.join(tmpdir(), 'basta-dist-'));
    const run = spawnSync(projectNode, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, BASTA_CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    return { outDir, log: `${run.stdout}${run.stderr}`, status: run.status };
  }

  it('refuses, when the validator is bypassed, images that are not what their names say, in the body and as a team image', () => {
    const body = astroAlone(fixtureContent('image-bytes'));
    expect(body.status).not.toBe(0);
    expect(body.log).toMatch(/bildfilen content\/images\/\S+ (är inte en|är tom)|bildfilen \S+ är inte en \.png-bild/);
    const dir = fixtureContent('image-bytes');
    writeFileSync(
      path.join(dir, 'teams/team-fel-bild.mdx'),
      readFileSync(path.join(dir, 'teams/team-fel-bild.mdx'), 'utf8').split('\n\n')[0] + '\n',
    );
    const teamImage = astroAlone(dir);
    expect(teamImage.status).not.toBe(0);
    // Astro's image pipeline imports the team's image, so the image guard reads its bytes first.
    expect(teamImage.log).toMatch(/Bygget avbröts: bildfilen \S*svg-med-skript\.png är inte en \.png-bild/);
  });

  it('publishes a personnummer the allowlist holds, on the team page of its file and on the lists that show the team', () => {
    // The overlay's team has Skatteverket's test number in its summary and text, allowed for its file.
    const result = build(fixtureContent('personnummer-allowlisted'));
    expect(result.status, result.log).toBe(0);
    for (const page of ['exempel/team-undantag/index.html', 'exempel/index.html', 'kommuner/norrby/index.html']) {
      expect(readFileSync(path.join(result.outDir, page), 'utf8')).toContain('121212-1212');
    }
  });

  /** The last wall's personnummer findings in a built site, as scripts/build.ts runs the wall. */
  function wallPersonnummer(outDir: string, verdict: Pick<OutputCheckOptions, 'pages' | 'allowlist'>, dir: string) {
    return checkOutput(outDir, {
      site: 'http://localhost:4321',
      pages: verdict.pages,
      allowlist: verdict.allowlist,
      root: path.dirname(dir),
      contentDir: path.basename(dir),
    })
      .filter((problem) => problem.rule === 'personnummer')
      .map((problem) => `${problem.file}: ${problem.message}`);
  }

  it('refuses, in the last wall over the built site, a personnummer the allowlist does not hold, when the validator is bypassed', () => {
    // One team with the reviewed number, one with two numbers nobody reviewed.
    const dir = fixtureContent('personnummer-allowlisted');
    cpSync(path.join(fixtures, 'invalid/personnummer/teams'), path.join(dir, 'teams'), { recursive: true });
    const built = astroAlone(dir);
    expect(built.status, built.log).toBe(0);
    // What scripts/build.ts hands the wall: the pages and the allowlist from the validator's verdict
    // (which would have stopped the build before; here only the wall over the output stands guard).
    const verdict = verdictFor(path.dirname(dir), dir);
    expect(verdict.errors).toBeGreaterThan(0);
    const found = wallPersonnummer(built.outDir, verdict, dir);
    const teamPage = 'exempel/team-nummer/index.html';
    expect(found).toEqual(
      expect.arrayContaining([
        `${teamPage}: Innehåller ett personnummer (811218XXXX).`,
        `${teamPage}: Innehåller ett personnummer (19811278-XXXX).`,
      ]),
    );
    expect(found.join('\n')).not.toMatch(/121212/);
  });

  it('refuses, in the last wall over the built site, a personnummer in each disguise, when the validator is bypassed', () => {
    const dir = fixtureContent();
    const source = readFileSync(path.join(fixtures, 'invalid/personnummer-disguised/teams/team-forkladd.mdx'), 'utf8');
    const [frontMatter = '', body = ''] = source.split(/\n---\n/);
    // One team per disguise, so that each page holds one way of writing the number.
    const disguises = body.trim().split(/\n\n/);
    disguises.forEach((text, i) => {
      writeFileSync(path.join(dir, `teams/forkladd-${i}.mdx`), `${frontMatter}\n---\n\n${text}\n`);
    });
    const built = astroAlone(dir);
    expect(built.status, built.log).toBe(0);
    const verdict = verdictFor(path.dirname(dir), dir);
    const found = wallPersonnummer(built.outDir, verdict, dir);
    expect(disguises.length).toBe(8);
    for (const [i] of disguises.entries()) {
      expect(found.join('\n')).toContain(`exempel/forkladd-${i}/index.html: Innehåller ett personnummer`);
    }
  });

  it('refuses import/export inside the MDX compiler too, when the validator is bypassed', () => {
    const result = bypassValidator('team-kod', "import './kod.mjs'\n\nText.");
    expect(result.log).toMatch(/import\/export är inte tillåtet/);
    expect(result.status).not.toBe(0);
    expect(result.ran).toBe(false);
    expect(result.published).toBe(false);
  });

  it('refuses a Markdown image that is a module, not an image, inside the MDX compiler, when the validator is bypassed', () => {
    // Astro turns a local Markdown image into an import.
    const result = bypassValidator('team-bild', '![Ingen bild](./kod.mjs)');
    expect(result.log).toMatch(/bilden \.\/kod\.mjs \(ingen bildfil\) är inte tillåtet/);
    expect(result.ran).toBe(false);
    expect(result.published).toBe(false);
  });

  it('never loads a module named in front matter (MDX layout), when the validator is bypassed', () => {
    const result = bypassValidator('team-layout', 'Text.', 'layout: ./kod.mjs\n');
    // The strict schema stops Astro's content sync before any MDX is compiled.
    expect(result.log).toMatch(/layout/);
    expect(result.status).not.toBe(0);
    expect(result.ran).toBe(false);
  });

  it('refuses code in a component attribute inside the MDX compiler too, when the validator is bypassed', () => {
    // If the compiler let it through, rendering the page would run it and write the marker.
    const result = bypassValidator(
      'team-attribut',
      "<Faktaruta title={process.getBuiltinModule('node:fs').writeFileSync(MARKER, 'ja') ?? 'x'}>\n\nText.\n\n</Faktaruta>",
    );
    expect(result.log).toMatch(/kod i attributet title är inte tillåtet/);
    expect(result.ran).toBe(false);
    expect(result.published).toBe(false);
  });
});

/** The records of a built Pagefind index: what search will find for each page. */
function searchRecords(
  outDir: string,
): Array<{ url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }> {
  const dir = path.join(outDir, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{')));
  });
}

describe('the editor path of content/README.md', () => {
  it('scaffolds a meeting whose page, search record and calendar entry are in the build', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'basta-editor-'));
    cpSync(path.join(root, 'content'), dir, { recursive: true });
    const title = 'Lärandeseminarium om skolnärvaro';
    const scaffolded = spawnSync(
      projectNode,
      [
        'scripts/new.ts',
        'meeting',
        '--title',
        title,
        '--date',
        '2031-05-23',
        '--content',
        dir,
        '--yes',
        '--summary',
        'Teamen berättade om hur de arbetar med skolnärvaro i sina kommuner.',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(scaffolded.status, scaffolded.stderr).toBe(0);
    const id = '2031-05-23-larandeseminarium-om-skolnarvaro';
    appendFileSync(
      path.join(dir, 'meetings', `${id}.mdx`),
      '\n## Rapport\n\nTeamen jämförde sina rutiner för närvarouppföljning.\n',
    );

    const result = build(dir);
    expect(result.status, result.log).toBe(0);
    const page = readFileSync(path.join(result.outDir, 'traffar', id, 'index.html'), 'utf8');
    expect(headingOf(page)).toBe(title);
    const record = searchRecords(result.outDir).find((r) => r.url === `/traffar/${id}/`);
    expect(record?.content).toContain('närvarouppföljning');
    expect(record?.filters.typ).toEqual(['traff']);
    expect(record?.filters.ar).toEqual(['2031']);
    const calendar = readFileSync(path.join(result.outDir, 'kalender.ics'), 'utf8');
    expect(calendar).toContain(`UID:${id}@basta-platsen`);
  });
});
