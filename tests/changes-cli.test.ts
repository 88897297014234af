/**
 * `npm run changes -- --base <ref>` as the pull-request workflow runs it: Markdown on stdout.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectNode } from './fixtures/build-site.ts';

const root = path.resolve(import.meta.dirname, '..');

function repository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-changes-cli-'));
  mkdirSync(path.join(dir, 'content/teams'), { recursive: true });
  writeFileSync(path.join(dir, 'content/teams/team-a.mdx'), '---\nname: Team A\nsummary: Ett team.\n---\n');
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  execFileSync('git', ['add', '.'], { cwd: dir });
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.se', 'commit', '-qm', 'start'], { cwd: dir });
  return dir;
}

function changes(cwd: string, args: string[]) {
  const env = { ...process.env, SITE_URL: '' };
  return spawnSync(projectNode, [path.join(root, 'scripts/changes.ts'), ...args], { cwd, encoding: 'utf8', env });
}

describe('npm run changes', () => {
  it('prints the changed pages as Markdown with Swedish headings', () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'content/teams/team-a.mdx'), '---\nname: Team A\nsummary: Ett bättre team.\n---\n');
    const run = changes(dir, ['--base', 'HEAD']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('### Ändrade sidor (1)');
    expect(run.stdout).toContain('- **Team A** (gott exempel) – `/exempel/team-a/` – ändrat: `summary`');
  });

  it('exits 2 with a Swedish message without --base or with a ref that does not exist', () => {
    const dir = repository();
    const missing = changes(dir, []);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('npm run changes -- --base origin/main');
    const unknown = changes(dir, ['--base', 'origin/finns-inte']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Hittar inte "origin/finns-inte" i git.');
  });
});
