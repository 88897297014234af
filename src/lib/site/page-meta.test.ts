import { describe, expect, it } from 'vitest';
import type { GitDates } from '../content/git-dates.ts';
import { editUrl, filesOf, historyUrl, pageMeta } from './page-meta.ts';

const dates: GitDates = {
  byFile: new Map([
    ['content/teams/a.mdx', '2024-01-10'],
    ['content/teams/b.mdx', '2024-03-01'],
  ]),
};
const repo = 'https://github.com/exempel/basta-platsen';

describe('pageMeta', () => {
  it('gives one file its date, its history and the entry in the web editor', () => {
    expect(pageMeta(['content/teams/a.mdx'], dates, repo)).toEqual({
      lastChanged: '2024-01-10',
      historyUrl: `${repo}/commits/main/content/teams/a.mdx`,
      editUrl: '/admin/#/collections/teams/entries/a',
    });
  });

  it("suggests a change in the hosting service's editor when the repository is not on GitHub or the file is no entry", () => {
    expect(editUrl('https://gitlab.com/exempel/basta', 'content/teams/a.mdx')).toBe(
      'https://gitlab.com/exempel/basta/edit/main/content/teams/a.mdx',
    );
    expect(editUrl(repo, 'content/README.md')).toBe(`${repo}/edit/main/content/README.md`);
  });

  it('gives a page built from many files the newest date and the history of their folder', () => {
    expect(pageMeta(['content/teams/a.mdx', 'content/teams/b.mdx'], dates, repo)).toEqual({
      lastChanged: '2024-03-01',
      historyUrl: `${repo}/commits/main/content/teams`,
    });
  });

  it('has no date when a file is not committed, rather than a wrong one', () => {
    expect(pageMeta(['content/teams/a.mdx', 'content/teams/ny.mdx'], dates).lastChanged).toBeUndefined();
  });

  it('has no date on a shallow clone', () => {
    expect(pageMeta(['content/teams/a.mdx'], { ...dates, unavailable: 'shallow-clone' }).lastChanged).toBeUndefined();
  });

  it('has no links without a repository address', () => {
    expect(pageMeta(['content/teams/a.mdx'], dates)).toEqual({ lastChanged: '2024-01-10' });
  });
});

describe('historyUrl', () => {
  it('points at the history of a file or folder on the main branch', () => {
    expect(historyUrl(`${repo}/`, 'content')).toBe(`${repo}/commits/main/content`);
    expect(historyUrl(repo, 'content/teams/a.mdx', 'live')).toBe(`${repo}/commits/live/content/teams/a.mdx`);
  });

  it('has none without a repository address', () => {
    expect(historyUrl(undefined, 'content')).toBeUndefined();
  });
});

describe('filesOf', () => {
  it('gives the files of single entries and of lists, in order, skipping missing entries', () => {
    expect(
      filesOf({ filePath: 'a.mdx' }, [{ filePath: 'b.mdx' }, undefined, { filePath: 'c.mdx' }], undefined),
    ).toEqual(['a.mdx', 'b.mdx', 'c.mdx']);
  });

  it('takes files named by their paths too', () => {
    expect(filesOf('content/site.yaml', [{ filePath: 'a.mdx' }])).toEqual(['content/site.yaml', 'a.mdx']);
  });

  it('keeps an entry without a file as undefined, so the page says its date is unknown', () => {
    expect(filesOf([{}], { filePath: 'a.mdx' })).toEqual([undefined, 'a.mdx']);
  });
});
