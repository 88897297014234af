/**
 * The install prepares the web editor's bundle, so that no build has to bundle it inside Astro's
 * process (scripts/postinstall.ts): in a copy of the project with an empty cache, the install
 * script leaves a bundle that the build then takes from the cache.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminBundle } from '../src/lib/build/admin/bundle.ts';
import { copyProject } from '../src/lib/build/bench/bare.ts';
import { projectNode } from './fixtures/build-site.ts';

const root = path.resolve(import.meta.dirname, '..');

/** A copy of the project whose node_modules holds the packages but a cache folder of its own. */
function projectWithEmptyCache(): string {
  const project = path.join(mkdtempSync(path.join(tmpdir(), 'basta-postinstall-')), 'project');
  copyProject(root, project);
  const modules = path.join(project, 'node_modules');
  // copyProject links node_modules whole; here each package is linked, and .cache is the copy's own.
  unlinkSync(modules);
  mkdirSync(path.join(modules, '.cache'), { recursive: true });
  for (const name of readdirSync(path.join(root, 'node_modules'))) {
    if (name !== '.cache') symlinkSync(path.join(root, 'node_modules', name), path.join(modules, name));
  }
  return project;
}

describe('the install', () => {
  it('bundles the web editor into the cache, so the build takes it from there', async () => {
    const project = projectWithEmptyCache();
    copyFileSync(path.join(root, 'package-lock.json'), path.join(project, 'package-lock.json'));
    const install = spawnSync(projectNode, ['scripts/postinstall.ts'], { cwd: project, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    expect(install.stdout).toMatch(/Webbredigeraren är förberedd/);
    const said: string[] = [];
    await adminBundle(project, (message) => said.push(message));
    expect(said).toEqual(['the web editor comes from the cache']);
    // Another version of any package (the lockfile changes) bundles the editor again.
    appendFileSync(path.join(project, 'package-lock.json'), '\n');
    await adminBundle(project, (message) => said.push(message));
    expect(said.at(-1)).toMatch(/^the web editor was bundled in/);
  }, 240_000);
});
