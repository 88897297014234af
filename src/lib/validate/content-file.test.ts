import { describe, expect, it } from 'vitest';
import { fileOf } from '../../../tests/fixtures/validator/content-file.ts';
import { listContentFiles } from './content-file.ts';
import path from 'node:path';

describe('a content file', () => {
  it('splits an entry with a body into front matter, YAML placed on its file lines, and a checked body', () => {
    const file = fileOf('teams/team-a.mdx', '---\nname: A\n---\n\n{1 + 1}\n');
    expect(file.kind).toEqual({ kind: 'entry', collection: 'teams', id: 'team-a', extension: '.mdx' });
    expect(file.frontMatter?.yaml).toBe('name: A');
    expect(file.data).toEqual({ name: 'A' });
    expect(file.yaml?.locate(['name'])).toEqual({ line: 2, column: 7 });
    expect(file.body?.problems.map((p) => [p.line, p.rule])).toEqual([[5, 'mdx-expression']]);
  });

  it('reads a YAML entry as a whole, with no front matter and no body', () => {
    const file = fileOf('people/anna.yaml', 'name: Anna\n');
    expect(file.frontMatter).toBeUndefined();
    expect(file.body).toBeUndefined();
    expect(file.data).toEqual({ name: 'Anna' });
  });

  it('has no YAML and no body when the front matter is missing', () => {
    const file = fileOf('teams/team-a.mdx', 'name: A\n\nText.\n');
    expect(file.frontMatter?.problems).toHaveLength(1);
    expect(file.yaml).toBeUndefined();
    expect(file.body).toBeUndefined();
  });

  it('checks the fields against the schema of their file', () => {
    expect(fileOf('people/anna.yaml', 'name: Anna\n').validated?.success).toBe(false);
    expect(fileOf('personnummer-allowlist.yaml', '- number: "1"\n  reason: test\n').validated?.success).toBe(true);
    expect(fileOf('README.md', '# Guide\n').validated).toBeUndefined();
  });

  it('makes each view once, however often a check asks', () => {
    const file = fileOf('teams/team-a.mdx', '---\nname: A\n---\n\nText.\n');
    expect(file.yaml).toBe(file.yaml);
    expect(file.body).toBe(file.body);
    expect(file.validated).toBe(file.validated);
  });

  it('never reads an image', () => {
    const file = fileOf('images/bild.png', 'png');
    expect(file.kind).toEqual({ kind: 'image' });
    expect(file.yaml).toBeUndefined();
  });
});

describe('listContentFiles', () => {
  it('lists every file below the folder with forward slashes, sorted', () => {
    const file = fileOf('teams/b.mdx', 'x', { 'a.yaml': 'x', 'teams/a.mdx': 'x', 'meetings/old/c.mdx': 'x' });
    expect(listContentFiles(file.contentRoot)).toEqual(['a.yaml', 'meetings/old/c.mdx', 'teams/a.mdx', 'teams/b.mdx']);
  });

  it('lists nothing when the folder does not exist', () => {
    expect(listContentFiles(path.join(import.meta.dirname, 'finns-inte'))).toEqual([]);
  });
});
