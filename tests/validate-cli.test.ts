/**
 * `npm run validate` as editors and CI run it: output format and exit code.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectNode } from './fixtures/build-site.ts';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'tests/fixtures/validator');

function validate(args: string[], overlay?: string, env: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-cli-'));
  cpSync(path.join(fixtures, 'base'), path.join(dir, 'content'), { recursive: true });
  if (overlay) cpSync(path.join(fixtures, 'invalid', overlay), path.join(dir, 'content'), { recursive: true });
  const run = spawnSync(projectNode, [path.join(root, 'scripts/validate.ts'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_EVENT_NAME: '', ...env },
  });
  return { status: run.status, lines: run.stdout.trim().split('\n'), stderr: run.stderr };
}

describe('npm run validate', () => {
  it('passes valid content with exit 0 and says so in Swedish', () => {
    const run = validate([]);
    expect(run.status).toBe(0);
    expect(run.lines).toEqual(['Inga fel i 10 filer.']);
  });

  it('prints one line per problem as path:line:col  error  field: message  (rule) and exits 1', () => {
    const run = validate([], 'unknown-key');
    expect(run.status).toBe(1);
    expect(run.lines[0]).toBe(
      'content/meetings/2024-02-04-okant-falt.mdx:5:1  error  tittle: okänt fält – menade du "title"? (tillåtna fält: title, date, time, place, online, series, session, kind, summary, speakers, teams, municipalities, focusAreas, videos, links, contacts, draft)  (unknown-key)',
    );
    expect(run.lines.at(-1)).toBe('1 fel i 1 fil (11 filer kontrollerade).');
  });

  it('prints GitHub annotations with --format github', () => {
    const run = validate(['--format', 'github'], 'date-mismatch');
    expect(run.status).toBe(1);
    expect(run.lines[0]).toMatch(
      /^::error file=content\/meetings\/2024-03-01-annat-datum\.mdx,line=3,col=7,title=date-mismatch::date: /,
    );
  });

  it('in a pull request’s checks on GitHub Actions, refuses a site.yaml that names another repository than the one being built', () => {
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'testregionen/testplatsen',
    };
    const run = validate([], 'repository', env);
    expect(run.status).toBe(1);
    expect(run.lines[0]).toMatch(/^content\/site\.yaml:4:\d+ +error +repository: .*\(repository\)$/);
    expect(validate([], 'repository', { ...env, GITHUB_REPOSITORY: 'annan/kopia' }).status).toBe(0);
    expect(validate([], 'repository').status).toBe(0);
  });

  it('refuses an unknown format with exit 2', () => {
    const run = validate(['--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Okänt format/);
  });
});
