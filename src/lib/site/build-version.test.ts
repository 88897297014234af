import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildVersion } from './build-version.ts';

describe('buildVersion', () => {
  const now = new Date('2025-05-20T10:00:00Z');

  it('takes the commit from GITHUB_SHA in GitHub Actions', async () => {
    expect(await buildVersion({ GITHUB_SHA: 'abc123' }, tmpdir(), now)).toEqual({
      commit: 'abc123',
      built: '2025-05-20T10:00:00.000Z',
    });
  });

  it('asks git for HEAD when GITHUB_SHA is not set', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'basta-version-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, 'a.txt'), 'a');
    execFileSync('git', ['add', '.'], { cwd: dir });
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.se', 'commit', '-qm', 'a'], { cwd: dir });
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    expect((await buildVersion({}, dir, now)).commit).toBe(head);
  });

  it('says "okänd" outside git', async () => {
    expect((await buildVersion({}, mkdtempSync(path.join(tmpdir(), 'basta-version-nogit-')), now)).commit).toBe(
      'okänd',
    );
  });
});
