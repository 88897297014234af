import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changes } from '../../i18n/sv/changes.ts';
import { parseLog, readContentLog } from './content-log.ts';

const meeting = (title: string, draft = false) =>
  `---\ntitle: ${title}\ndate: "2024-05-23"\nsummary: En träff om tester i teamen.\n${draft ? 'draft: true\n' : ''}---\n\nText.\n`;

function repository(): { dir: string; commit: (message: string, isoDate: string) => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-log-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  const commit = (message: string, isoDate: string) => {
    execFileSync('git', ['add', '-A'], { cwd: dir });
    const env = { ...process.env, GIT_AUTHOR_DATE: isoDate, GIT_COMMITTER_DATE: isoDate };
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.se', 'commit', '-qm', message], {
      cwd: dir,
      env,
    });
  };
  return { dir, commit };
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

describe('readContentLog', () => {
  it('lists added, changed and removed entries newest first, with titles, Stockholm dates and pages', async () => {
    const { dir, commit } = repository();
    write(dir, 'content/meetings/2024-05-23-seminarium.mdx', meeting('Seminarium'));
    write(dir, 'content/teams/team-a.mdx', '---\nname: Team A\nsummary: Ett team.\n---\n');
    write(dir, 'content/people/anna-andersson.yaml', 'name: Anna Andersson\n');
    write(dir, 'src/page.ts', 'export {};\n');
    commit('start', '2024-01-10T12:00:00Z');
    write(dir, 'content/meetings/2024-05-23-seminarium.mdx', meeting('Seminarium i maj'));
    commit('ändra', '2024-03-31T23:30:00Z');
    rmSync(path.join(dir, 'content/teams/team-a.mdx'));
    commit('ta bort', '2024-04-02T08:00:00Z');

    const log = await readContentLog({ cwd: dir });
    expect(log.unavailable).toBeUndefined();
    expect(log.items.map(({ commit: _commit, ...item }) => item)).toEqual([
      { date: '2024-04-02', action: 'removed', collection: 'teams', id: 'team-a', title: 'Team A' },
      {
        date: '2024-04-01',
        action: 'changed',
        collection: 'meetings',
        id: '2024-05-23-seminarium',
        title: 'Seminarium i maj',
        url: '/traffar/2024-05-23-seminarium/',
      },
      {
        date: '2024-01-10',
        action: 'added',
        collection: 'meetings',
        id: '2024-05-23-seminarium',
        title: 'Seminarium',
        url: '/traffar/2024-05-23-seminarium/',
      },
      { date: '2024-01-10', action: 'added', collection: 'teams', id: 'team-a', title: 'Team A' },
    ]);
  });

  it('never shows a draft, and counts its publication as new', async () => {
    const { dir, commit } = repository();
    write(dir, 'content/meetings/2024-05-23-hemlig.mdx', meeting('Hemlig rubrik', true));
    commit('utkast', '2024-01-10T12:00:00Z');
    write(dir, 'content/meetings/2024-05-23-hemlig.mdx', meeting('Fortfarande utkast', true));
    commit('utkast igen', '2024-01-11T12:00:00Z');
    expect((await readContentLog({ cwd: dir })).items).toEqual([]);
    write(dir, 'content/meetings/2024-05-23-hemlig.mdx', meeting('Publicerad'));
    commit('publicera', '2024-01-12T12:00:00Z');
    expect((await readContentLog({ cwd: dir })).items).toMatchObject([{ action: 'added', title: 'Publicerad' }]);
  });

  it("lists an entry taken off the site as a draft under the title visitors saw, not the draft's new one", async () => {
    const { dir, commit } = repository();
    write(dir, 'content/meetings/2024-05-23-traff.mdx', meeting('Träffen som visades'));
    commit('start', '2024-01-10T12:00:00Z');
    write(dir, 'content/meetings/2024-05-23-traff.mdx', meeting('Utkastets nya rubrik', true));
    commit('utkast', '2024-01-11T12:00:00Z');
    const items = (await readContentLog({ cwd: dir })).items;
    expect(items.map((item) => [item.action, item.title])).toEqual([
      ['removed', 'Träffen som visades'],
      ['added', 'Träffen som visades'],
    ]);
  });

  it("reads the branch's own history: a pull request merged with a merge commit is one change, its versions in between never show", async () => {
    const { dir, commit } = repository();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir });
    write(dir, 'content/teams/team-a.mdx', '---\nname: Team A\n---\n');
    commit('start', '2024-01-10T12:00:00Z');
    git('checkout', '-q', '-b', 'forslag');
    write(dir, 'content/teams/team-a.mdx', '---\nname: Mellanrubrik ingen granskat\n---\n');
    commit('mellan', '2024-01-11T12:00:00Z');
    write(dir, 'content/teams/team-a.mdx', '---\nname: Team A i Habo\n---\n');
    commit('klar', '2024-01-12T12:00:00Z');
    git('checkout', '-q', 'main');
    execFileSync(
      'git',
      ['-c', 'user.name=T', '-c', 'user.email=t@example.se', 'merge', '-q', '--no-ff', '-m', 'slå ihop', 'forslag'],
      {
        cwd: dir,
        env: { ...process.env, GIT_AUTHOR_DATE: '2024-01-13T12:00:00Z', GIT_COMMITTER_DATE: '2024-01-13T12:00:00Z' },
      },
    );
    const items = (await readContentLog({ cwd: dir })).items;
    expect(items.map((item) => [item.date, item.action, item.title])).toEqual([
      ['2024-01-13', 'changed', 'Team A i Habo'],
      ['2024-01-10', 'added', 'Team A'],
    ]);
  });

  it.each([
    ['its title', 'teams/team-a.mdx', 'Team 811218-9876', 'team-a'],
    [
      'its title and its file name, made from the title',
      'teams/team-811218-9876.mdx',
      'Team 811218/9876',
      'team-811218-9876',
    ],
  ])(
    'lists a change without its title where %s then held a personnummer, taken out since',
    async (_, file, title, id) => {
      const { dir, commit } = repository();
      // A made-up number whose check digit holds.
      write(dir, `content/${file}`, `---\nname: ${title}\n---\n`);
      commit('start', '2024-01-10T12:00:00Z');
      rmSync(path.join(dir, 'content', file));
      write(dir, 'content/teams/team-a.mdx', '---\nname: Team A\n---\n');
      commit('rätta', '2024-01-11T12:00:00Z');
      const items = (await readContentLog({ cwd: dir })).items;
      const shown = items.filter((item) => item.id === id).map((item) => [item.action, item.title]);
      expect(shown).toContainEqual(['added', changes.hiddenTitle]);
      // What the page shows of each change: its title and its link.
      expect(JSON.stringify(items.map((item) => [item.title, item.url]))).not.toMatch(/811218.?9876/);
    },
  );

  it('leaves out a change of comments only, which no visitor can see', async () => {
    const { dir, commit } = repository();
    write(dir, 'content/teams/team-a.mdx', '---\nname: Team A\n---\n\nText.\n');
    commit('start', '2024-01-10T12:00:00Z');
    write(dir, 'content/teams/team-a.mdx', '---\nname: Team A\n# En kommentar till granskaren.\n---\n\nText.\n');
    commit('kommentar', '2024-01-11T12:00:00Z');
    expect((await readContentLog({ cwd: dir })).items.map((item) => item.action)).toEqual(['added']);
  });

  it('links only to pages that exist now', async () => {
    const { dir, commit } = repository();
    write(dir, 'content/plans/plan-a.mdx', '---\ntitle: Plan A\n---\n');
    write(dir, 'content/series/runda.md', '---\nname: Rundan\nstart: "2020-03"\n---\n');
    commit('start', '2024-01-10T12:00:00Z');
    rmSync(path.join(dir, 'content/plans/plan-a.mdx'));
    commit('ta bort', '2024-01-11T12:00:00Z');
    const items = (await readContentLog({ cwd: dir })).items;
    expect(items.map((item) => [item.action, item.id, item.url])).toEqual([
      ['removed', 'plan-a', undefined],
      ['added', 'plan-a', undefined],
      ['added', 'runda', undefined],
    ]);
  });

  it('leaves out people, so a removed person is not named', async () => {
    const { dir, commit } = repository();
    write(dir, 'content/people/anna-andersson.yaml', 'name: Anna Andersson\n');
    commit('start', '2024-01-10T12:00:00Z');
    rmSync(path.join(dir, 'content/people/anna-andersson.yaml'));
    commit('ta bort', '2024-01-11T12:00:00Z');
    expect((await readContentLog({ cwd: dir })).items).toEqual([]);
  });

  it('returns at most the limit', async () => {
    const { dir, commit } = repository();
    for (let day = 1; day <= 5; day++) {
      write(dir, `content/teams/team-${day}.mdx`, `---\nname: Team ${day}\n---\n`);
      commit(`team ${day}`, `2024-01-0${day}T12:00:00Z`);
    }
    expect((await readContentLog({ cwd: dir, limit: 3 })).items.map((item) => item.id)).toEqual([
      'team-5',
      'team-4',
      'team-3',
    ]);
  });

  it('says the history is unavailable on a shallow clone instead of inventing one', async () => {
    const { dir, commit } = repository();
    write(dir, 'content/teams/team-a.mdx', '---\nname: Team A\n---\n');
    commit('start', '2024-01-10T12:00:00Z');
    write(dir, 'content/teams/team-a.mdx', '---\nname: Team A2\n---\n');
    commit('ändra', '2024-01-11T12:00:00Z');
    const clone = mkdtempSync(path.join(tmpdir(), 'basta-log-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, clone]);
    expect(await readContentLog({ cwd: clone })).toEqual({ unavailable: 'shallow-clone', items: [] });
  });

  it('says the history is unavailable outside git', async () => {
    expect(await readContentLog({ cwd: mkdtempSync(path.join(tmpdir(), 'basta-log-nogit-')) })).toEqual({
      unavailable: 'not-a-repository',
      items: [],
    });
  });

  it('has no items in a repository without commits', async () => {
    const { dir } = repository();
    expect(await readContentLog({ cwd: dir })).toEqual({ items: [] });
  });
});

describe('parseLog', () => {
  it('keeps entries under the content folder and skips lists, images and other files', () => {
    const log = [
      '\0abc 2024-01-10T12:00:00+01:00',
      '',
      'M\tcontent/meetings/2024-05-23-a.mdx',
      'M\tcontent/municipalities.yaml',
      'A\tcontent/images/bild.jpg',
      'A\tcontent/teams/b.mdx',
      'M\tsrc/x.ts',
    ].join('\n');
    expect(parseLog(log, 'content').map((c) => [c.status, c.collection, c.id])).toEqual([
      ['M', 'meetings', '2024-05-23-a'],
      ['A', 'teams', 'b'],
    ]);
  });
});
