import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISH_STEPS, publish, publishPaths, recoverPublish, type PublishPaths } from './publish.ts';

const node = path.resolve(import.meta.dirname, '../../../node_modules/.bin/node');

/** An old site (with a deploy branch's `.git`) in the output folder and a checked new one in staging. */
function setUp(): PublishPaths {
  const paths = publishPaths(path.join(mkdtempSync(path.join(tmpdir(), 'basta-publish-')), 'dist'));
  const write = (dir: string, files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
  };
  write(paths.outDir, {
    'index.html': 'gammal',
    'gammal.html': 'gammal',
    'pagefind/pagefind.js': 'gammal',
    '.git/HEAD': 'ref',
  });
  write(paths.staging, { 'index.html': 'ny', 'ny.html': 'ny', 'pagefind/pagefind.js': 'ny' });
  return paths;
}

/** What the output folder holds: the whole old site, the whole new one, nothing, or a mix. */
function siteIn(paths: PublishPaths): 'old' | 'new' | 'none' | 'mix' {
  if (!existsSync(paths.outDir)) return 'none';
  const names = readdirSync(paths.outDir, { recursive: true }).map(String).toSorted();
  const text = (name: string) => readFileSync(path.join(paths.outDir, name), 'utf8');
  const site = names.filter((name) => !name.startsWith('.git'));
  if (site.join() === 'gammal.html,index.html,pagefind,pagefind/pagefind.js' && text('index.html') === 'gammal')
    return 'old';
  if (site.join() === 'index.html,ny.html,pagefind,pagefind/pagefind.js' && text('pagefind/pagefind.js') === 'ny')
    return 'new';
  return 'mix';
}

/** Runs `publish` in a process of its own that kills itself at `step` (after-index comes before it). */
function publishKilledAt(paths: PublishPaths, step: string) {
  const script = path.join(path.dirname(paths.outDir), 'publish.ts');
  writeFileSync(
    script,
    `import { killAt, publish } from ${JSON.stringify(path.join(import.meta.dirname, 'publish.ts'))};\n` +
      `killAt('after-index');\npublish(${JSON.stringify(paths)});\n`,
  );
  return spawnSync(node, [script], { env: { ...process.env, BASTA_KILL_AT: step }, encoding: 'utf8' });
}

describe('publish', () => {
  it('replaces the old site with the new one, keeps the deploy branch and leaves nothing else', () => {
    const paths = setUp();
    publish(paths, {});
    expect(siteIn(paths)).toBe('new');
    expect(existsSync(path.join(paths.outDir, '.git', 'HEAD'))).toBe(true);
    expect(readdirSync(path.dirname(paths.outDir))).toEqual(['dist']);
  });

  it('publishes into an output folder that does not exist yet', () => {
    const paths = setUp();
    publish({ ...paths, outDir: `${paths.outDir}-ny` }, {});
    expect(siteIn({ ...paths, outDir: `${paths.outDir}-ny` })).toBe('new');
  });
});

describe.each(PUBLISH_STEPS)('a build killed at %s', (step) => {
  const paths = setUp();
  const run = publishKilledAt(paths, step);
  const atKill = siteIn(paths);
  const done = recoverPublish(paths);

  it('was killed there, with no handler run', () => {
    expect(run.signal).toBe('SIGKILL');
  });

  it('leaves the site all old or all new, never a mix (missing only for the instant between the two renames)', () => {
    expect(step === 'after-rename-old' ? ['none'] : ['old', 'new']).toContain(atKill);
  });

  it('is finished or undone by the next build, which leaves the whole site, its deploy branch and nothing else', () => {
    // Once the journal is written the new site has passed every check, so it is the one published.
    expect(siteIn(paths)).toBe(step === 'after-index' ? 'old' : 'new');
    expect(existsSync(path.join(paths.outDir, '.git', 'HEAD'))).toBe(true);
    expect(readdirSync(path.dirname(paths.outDir)).filter((name) => name !== 'publish.ts')).toEqual(['dist']);
    expect(done.length).toBeGreaterThan(0);
  });
});

describe('recoverPublish', () => {
  it('does nothing when the last build finished', () => {
    const paths = setUp();
    publish(paths, {});
    expect(recoverPublish(paths)).toEqual([]);
    expect(siteIn(paths)).toBe('new');
  });

  it('removes a staging folder without a journal: an unchecked build that was stopped', () => {
    const paths = setUp();
    expect(recoverPublish(paths)).toEqual(['ett avbrutet bygge städades bort']);
    expect(siteIn(paths)).toBe('old');
    expect(existsSync(paths.staging)).toBe(false);
  });
});
