import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitDates } from './git-dates.ts';

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-git-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  return dir;
}

function commit(dir: string, file: string, isoDate: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), isoDate);
  execFileSync('git', ['add', file], { cwd: dir });
  const env = { ...process.env, GIT_AUTHOR_DATE: isoDate, GIT_COMMITTER_DATE: isoDate };
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.se', 'commit', '-qm', file], { cwd: dir, env });
}

describe('readGitDates', () => {
  it('gives each file the date of its last commit, in Stockholm time', async () => {
    const dir = repo();
    commit(dir, 'content/a.mdx', '2024-01-10T12:00:00Z');
    commit(dir, 'content/b.mdx', '2024-02-01T12:00:00Z');
    commit(dir, 'content/a.mdx', '2024-03-31T23:30:00Z');
    const dates = await readGitDates(dir, ['content']);
    expect(dates.unavailable).toBeUndefined();
    expect(dates.byFile.get('content/a.mdx')).toBe('2024-04-01');
    expect(dates.byFile.get('content/b.mdx')).toBe('2024-02-01');
  });

  it("dates a file changed in a branch merged with a merge commit by the merge, as the branch's own history has it", async () => {
    const dir = repo();
    commit(dir, 'content/a.mdx', '2024-01-10T12:00:00Z');
    execFileSync('git', ['checkout', '-q', '-b', 'forslag'], { cwd: dir });
    commit(dir, 'content/a.mdx', '2024-01-12T12:00:00Z');
    execFileSync('git', ['checkout', '-q', 'main'], { cwd: dir });
    const env = { ...process.env, GIT_AUTHOR_DATE: '2024-01-13T12:00:00Z', GIT_COMMITTER_DATE: '2024-01-13T12:00:00Z' };
    execFileSync(
      'git',
      ['-c', 'user.name=T', '-c', 'user.email=t@example.se', 'merge', '-q', '--no-ff', '-m', 'm', 'forslag'],
      {
        cwd: dir,
        env,
      },
    );
    expect((await readGitDates(dir)).byFile.get('content/a.mdx')).toBe('2024-01-13');
  });

  it('has no date for a file that was never committed', async () => {
    const dir = repo();
    commit(dir, 'content/a.mdx', '2024-01-10T12:00:00Z');
    writeFileSync(path.join(dir, 'content/new.mdx'), 'x');
    expect((await readGitDates(dir)).byFile.has('content/new.mdx')).toBe(false);
  });

  it('reports a shallow clone instead of guessing dates', async () => {
    const dir = repo();
    commit(dir, 'content/a.mdx', '2024-01-10T12:00:00Z');
    commit(dir, 'content/a.mdx', '2024-02-10T12:00:00Z');
    const clone = mkdtempSync(path.join(tmpdir(), 'basta-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, clone]);
    const dates = await readGitDates(clone);
    expect(dates.unavailable).toBe('shallow-clone');
    expect(dates.byFile.size).toBe(0);
  });

  it('reports a folder outside git', async () => {
    expect((await readGitDates(mkdtempSync(path.join(tmpdir(), 'basta-nogit-')))).unavailable).toBe('not-a-repository');
  });

  it('does not hold the thread while git runs: other work goes on meanwhile', async () => {
    const dir = repo();
    commit(dir, 'content/a.mdx', '2024-01-10T12:00:00Z');
    let turns = 0;
    const timer = setInterval(() => turns++, 1);
    await readGitDates(dir, ['content']);
    clearInterval(timer);
    // A synchronous read would end before any timer could fire.
    expect(turns).toBeGreaterThan(0);
  });
});
