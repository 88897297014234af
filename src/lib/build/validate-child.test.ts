import { fork } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verdictFor } from './validate-child.ts';
import { VALIDATE_CHILD_ENV } from './verdict.ts';

const project = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(project, 'tests/fixtures/validator');
/** The project's pinned Node, which runs TypeScript directly. */
const node = existsSync(path.join(project, 'node_modules/.bin/node'))
  ? path.join(project, 'node_modules/.bin/node')
  : process.execPath;

/** A project root whose content/ is the base fixture plus an overlay of bad files. */
function root(overlay?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-verdict-'));
  cpSync(path.join(fixtures, 'base'), path.join(dir, 'content'), { recursive: true });
  if (overlay) cpSync(path.join(fixtures, 'invalid', overlay), path.join(dir, 'content'), { recursive: true });
  return dir;
}

describe('verdictFor (the validator as scripts/build.ts runs it)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('in a pull request’s checks on GitHub Actions, refuses a site.yaml that names another repository than the one being built', () => {
    vi.stubEnv('GITHUB_ACTIONS', 'true');
    vi.stubEnv('GITHUB_EVENT_NAME', 'pull_request');
    vi.stubEnv('GITHUB_REPOSITORY', 'testregionen/testplatsen');
    expect(verdictFor(root('repository')).lines).toEqual([
      expect.stringMatching(/^content\/site\.yaml:4:\d+ +error +repository: .*annan\/kopia/),
    ]);
    vi.stubEnv('GITHUB_REPOSITORY', 'annan/kopia');
    expect(verdictFor(root('repository')).errors).toBe(0);
    // Elsewhere the run knows no repository.
    vi.stubEnv('GITHUB_ACTIONS', '');
    vi.stubEnv('GITHUB_REPOSITORY', 'testregionen/testplatsen');
    expect(verdictFor(root('repository')).errors).toBe(0);
  });

  it('passes valid content and lists the pages the build must produce', () => {
    const verdict = verdictFor(root());
    expect(verdict.errors).toBe(0);
    expect(verdict.fileCount).toBeGreaterThan(5);
    expect(verdict.pages.map((p) => p.url)).toEqual([
      '/exempel/team-a/',
      '/handlingsplaner/plan-a/',
      '/traffar/2024-01-10-start/',
    ]);
  });

  it('counts the errors and formats every problem with file, line and field, as the terminal shows them', () => {
    const verdict = verdictFor(root('missing-required'));
    expect(verdict.errors).toBeGreaterThan(0);
    expect(verdict.lines.length).toBeGreaterThanOrEqual(verdict.errors);
    expect(verdict.lines[0]).toMatch(/^content\/\S+:\d+:\d+ +error +\S+: /);
    expect(verdict.summary).toMatch(/fel/);
  });

  it('hands the build the allowlist of personnummer the validator read, for the scan of the built pages', () => {
    const verdict = verdictFor(root('personnummer-allowlisted'));
    expect(verdict.errors).toBe(0);
    expect(verdict.allowlist).toEqual([
      {
        number: '121212-1212',
        file: 'teams/team-undantag.mdx',
        reason: 'Skatteverkets exempel, inte en verklig person.',
      },
    ]);
  });

  it('sends the same verdict over IPC when forked as scripts/build.ts forks it, then exits', async () => {
    const dir = root('missing-required');
    const child = fork(path.join(import.meta.dirname, 'validate-child.ts'), [], {
      cwd: dir,
      env: { ...process.env, BASTA_CONTENT_DIR: 'content', [VALIDATE_CHILD_ENV]: '1' },
      execPath: node,
      execArgv: [],
      stdio: 'ignore',
    });
    const messages: unknown[] = [];
    child.on('message', (message) => messages.push(message));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(messages).toEqual([{ ...verdictFor(dir), ms: expect.any(Number) }]);
  });

  it('does nothing when merely imported (no flag in the environment)', async () => {
    const child = fork(path.join(import.meta.dirname, 'validate-child.ts'), [], {
      cwd: root(),
      env: { ...process.env, [VALIDATE_CHILD_ENV]: '' },
      execPath: node,
      execArgv: [],
      stdio: 'ignore',
    });
    const messages: unknown[] = [];
    child.on('message', (message) => messages.push(message));
    await new Promise((resolve) => child.on('close', resolve));
    expect(messages).toEqual([]);
  });
});
