/**
 * `npm run new` as editors and scripts run it: questions on the terminal, flags, exit codes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../src/lib/validate/content.ts';
import { projectNode } from './fixtures/build-site.ts';

const root = path.resolve(import.meta.dirname, '..');

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-new-cli-'));
  cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

function scaffold(cwd: string, args: string[], input = '') {
  const run = spawnSync(projectNode, [path.join(root, 'scripts/new.ts'), ...args], { cwd, input, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run new', () => {
  it('asks for the essentials on standard input and writes a meeting the validator accepts', () => {
    const dir = project();
    const run = scaffold(
      dir,
      ['meeting'],
      'Lärandeseminarium i maj\n2031-05-23\nTeamen berättade om sina tester och om vad de har lärt sig.\n',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Rubrik (title): ');
    expect(run.stdout).toContain('Skapade content/meetings/2031-05-23-larandeseminarium-i-maj.mdx');
    expect(validateContent({ root: dir }).problems).toEqual([]);
  });

  it('exits 1 with a Swedish message and leaves the file alone when it already exists', () => {
    const dir = project();
    const args = ['person', '--name', 'Åsa Öberg', '--organisation', 'Regionen', '--email', 'asa@example.se', '--yes'];
    expect(scaffold(dir, args).status).toBe(0);
    const before = readFileSync(path.join(dir, 'content/people/asa-oberg.yaml'), 'utf8');
    const again = scaffold(dir, [
      ...args.slice(0, 2),
      'Åsa Öberg',
      '--organisation',
      'Annan',
      '--email',
      'b@example.se',
      '--yes',
    ]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Filen content/people/asa-oberg.yaml finns redan');
    expect(readFileSync(path.join(dir, 'content/people/asa-oberg.yaml'), 'utf8')).toBe(before);
  });

  it('stops without writing when the answers run out', () => {
    const dir = project();
    const run = scaffold(dir, ['meeting'], 'Bara en rubrik\n');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Avbrutet: ingen fil skapades.');
  });
});
