import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { existingFile, fileFor, knownIds } from './files.ts';

describe('fileFor', () => {
  it.each([
    ['meeting', 'goda-exempel', { date: '2020-09-21' }, 'meetings/2020-09-21-goda-exempel.mdx'],
    ['team', 'rorelse', {}, 'teams/rorelse.mdx'],
    ['person', 'kim-karlsson', {}, 'people/kim-karlsson.yaml'],
    ['series', 'ny-omgang', {}, 'series/ny-omgang.md'],
  ] as const)('puts a new %s with the id %s in its folder with its first extension', (kind, slug, values, file) => {
    expect(fileFor(kind, slug, values)).toBe(file);
  });
});

/** A content folder with the given files (contents as text). */
function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-files-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('existingFile', () => {
  it('finds the file that holds the same id under another extension of the collection', () => {
    const dir = contentWith({ 'series/ny-omgang.mdx': '---\n---\n' });
    expect(existingFile('series', 'series/ny-omgang.md', dir)).toBe('series/ny-omgang.mdx');
    expect(existingFile('series', 'series/annan.md', dir)).toBeUndefined();
  });
});

describe('knownIds', () => {
  it('lists the ids of entry folders and of list files, and nothing for what is missing or unreadable', () => {
    const dir = contentWith({
      'people/kim-karlsson.yaml': 'name: Kim\n',
      'people/anna.yml': 'name: Anna\n',
      'people/notes.txt': 'x',
      'municipalities.yaml': '- id: nassjo\n  name: Nässjö\n- name: utan id\n',
      'focus-areas.yaml': '- id: [oläslig\n',
    });
    const ids = knownIds(dir);
    expect(ids.get('people')).toEqual(['anna', 'kim-karlsson']);
    expect(ids.get('municipalities')).toEqual(['nassjo']);
    expect(ids.get('focusAreas')).toEqual([]);
    expect(ids.get('meetings')).toEqual([]);
  });
});
