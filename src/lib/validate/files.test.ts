import { describe, expect, it } from 'vitest';
import { classify, isJunkFile } from './files.ts';

describe('classify', () => {
  it.each([
    [
      'meetings/2020-09-21-goda-exempel.mdx',
      { kind: 'entry', collection: 'meetings', id: '2020-09-21-goda-exempel', extension: '.mdx' },
    ],
    ['series/runda.md', { kind: 'entry', collection: 'series', id: 'runda', extension: '.md' }],
    ['people/ida-erixon.yaml', { kind: 'entry', collection: 'people', id: 'ida-erixon', extension: '.yaml' }],
    ['municipalities.yaml', { kind: 'list', collection: 'municipalities' }],
    ['focus-areas.yaml', { kind: 'list', collection: 'focusAreas' }],
    ['site.yaml', { kind: 'site' }],
    ['README.md', { kind: 'guide' }],
    ['personnummer-allowlist.yaml', { kind: 'allowlist' }],
    ['images/team.jpg', { kind: 'image' }],
  ])('recognises %s', (file, expected) => {
    expect(classify(file)).toEqual(expected);
  });

  it.each([
    ['meetings/2020-09-21-a.MD', 'file-type'],
    ['meetings/2020-09-21-a.Mdx', 'file-type'],
    ['teams/a.markdown', 'file-type'],
    ['teams/a.txt', 'file-type'],
    ['teams/a', 'file-type'],
    ['people/a.json', 'file-type'],
    ['images/team.JPG', 'file-type'],
    ['images/logo.svg', 'file-location'],
    ['teams/.hemlig.mdx', 'file-type'],
    ['teams/old/a.mdx', 'file-location'],
    ['news/a.mdx', 'file-location'],
    ['municipality.yaml', 'file-location'],
  ])('rejects %s with rule %s', (file, rule) => {
    const kind = classify(file);
    expect(kind.kind).toBe('invalid');
    expect(kind.kind === 'invalid' && kind.rule).toBe(rule);
  });

  it.each([
    '.DS_Store',
    'teams/.DS_Store',
    'images/._bild.png',
    'images/Thumbs.db',
    'meetings/desktop.ini',
    'images/Desktop.ini',
    'meetings/2024-05-23-traff.mdx~',
    'meetings/.2024-05-23-traff.mdx.swp',
    'teams/.~lock.team-a.mdx#',
    'plans/~$handlingsplan.docx',
  ])('passes by %s, which the operating system or an editor left behind', (file) => {
    expect(classify(file)).toEqual({ kind: 'ignored' });
  });

  it.each(['team-a.mdx', 'bild.png', 'README.md', 'sw.yaml'])('does not take %s for a file left behind', (name) => {
    expect(isJunkFile(name)).toBe(false);
  });

  it('suggests the right name for a misspelt root file', () => {
    const kind = classify('municipality.yaml');
    expect(kind.kind === 'invalid' && kind.message).toMatch(/menade du "municipalities\.yaml"/);
  });
});
