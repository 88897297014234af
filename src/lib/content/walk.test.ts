import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { symlinksUnder, walkFiles } from './walk.ts';

describe('walkFiles', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-walk-'));
  mkdirSync(path.join(dir, 'teams'));
  writeFileSync(path.join(dir, 'site.yaml'), 'x: 1\n');
  writeFileSync(path.join(dir, 'teams', 'a.mdx'), '---\n---\n');
  symlinkSync('/', path.join(dir, 'teams', 'roten'));
  symlinkSync('..', path.join(dir, 'teams', 'upp'));
  symlinkSync('slinga', path.join(dir, 'teams', 'slinga'));
  symlinkSync('/etc/passwd', path.join(dir, 'teams', 'bild.png'));
  symlinkSync('finns-inte', path.join(dir, 'teams', 'trasig.mdx'));

  it('lists files and symlinks, sorted, without descending into a symlinked folder or a loop', () => {
    expect(walkFiles(dir)).toEqual([
      { relative: 'site.yaml', type: 'file' },
      { relative: 'teams/a.mdx', type: 'file' },
      { relative: 'teams/bild.png', type: 'symlink' },
      { relative: 'teams/roten', type: 'symlink' },
      { relative: 'teams/slinga', type: 'symlink' },
      { relative: 'teams/trasig.mdx', type: 'symlink' },
      { relative: 'teams/upp', type: 'symlink' },
    ]);
  });

  it('names every symlink, whatever it points at', () => {
    expect(symlinksUnder(dir)).toEqual([
      'teams/bild.png',
      'teams/roten',
      'teams/slinga',
      'teams/trasig.mdx',
      'teams/upp',
    ]);
  });

  it('finds nothing in a folder that does not exist', () => {
    expect(walkFiles(path.join(dir, 'finns-inte'))).toEqual([]);
  });
});
