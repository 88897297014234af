import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChangesError, changedFiles, describeChanges, escapeMarkdown, formatChanges } from './changes.ts';

const meeting = (title: string, summary: string, extra = '', body = 'Rapporten.') =>
  `---\ntitle: ${title}\ndate: "2024-05-23"\nsummary: ${summary}\n${extra}---\n\n${body}\n`;

/** A repository whose first commit holds a small content folder; returns its folder. */
function repository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-changes-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  write(dir, 'content/meetings/2024-05-23-seminarium.mdx', meeting('Seminarium', 'En träff om tester i teamen.'));
  write(
    dir,
    'content/teams/team-a.mdx',
    '---\nname: Team A\nsummary: Ett team.\nstatus: testar\n---\n\nBerättelsen.\n',
  );
  write(dir, 'content/plans/plan-a.mdx', '---\ntitle: Plan A\nowner: Gruppen\n---\n');
  write(dir, 'content/people/anna-andersson.yaml', 'name: Anna Andersson\ntitle: samordnare\nemail: anna@example.se\n');
  write(dir, 'content/municipalities.yaml', '- id: norrby\n  name: Norrby\n- id: sunne\n  name: Sunne\n');
  write(
    dir,
    'content/meetings/2024-06-01-utkast.mdx',
    meeting('Utkastet', 'Ett utkast som inte är klart än.', 'draft: true\n'),
  );
  write(dir, 'src/other.ts', 'export {};\n');
  git('add', '.');
  git('-c', 'user.name=T', '-c', 'user.email=t@example.se', 'commit', '-qm', 'start');
  return dir;
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

describe('changedFiles', () => {
  it('lists added, changed and removed files under content, including untracked ones', () => {
    const dir = repository();
    write(dir, 'content/teams/team-a.mdx', '---\nname: Team A\nsummary: Ett nytt team.\nstatus: testar\n---\n');
    rmSync(path.join(dir, 'content/plans/plan-a.mdx'));
    write(dir, 'content/teams/team-b.mdx', '---\nname: Team B\n---\n');
    write(dir, 'src/other.ts', 'export const x = 1;\n');
    expect(changedFiles(dir, 'HEAD')).toEqual([
      { status: 'removed', file: 'content/plans/plan-a.mdx' },
      { status: 'changed', file: 'content/teams/team-a.mdx' },
      { status: 'added', file: 'content/teams/team-b.mdx' },
    ]);
  });

  it('counts a renamed file as removed and added, since its address changes', () => {
    const dir = repository();
    execFileSync('git', ['mv', 'content/teams/team-a.mdx', 'content/teams/team-c.mdx'], { cwd: dir });
    expect(changedFiles(dir, 'HEAD')).toEqual([
      { status: 'removed', file: 'content/teams/team-a.mdx' },
      { status: 'added', file: 'content/teams/team-c.mdx' },
    ]);
  });

  it('says in Swedish when the ref does not exist or the folder is not in git', () => {
    expect(() => changedFiles(repository(), 'origin/finns-inte')).toThrow(/Hittar inte "origin\/finns-inte"/);
    expect(() => changedFiles(mkdtempSync(path.join(tmpdir(), 'basta-nogit-')), 'HEAD')).toThrow(ChangesError);
  });
});

describe('describeChanges and formatChanges', () => {
  it('sorts entries by what happens to their pages, with addresses and changed fields', () => {
    const dir = repository();
    write(
      dir,
      'content/meetings/2024-05-23-seminarium.mdx',
      meeting('Seminarium', 'En träff om tester i teamen.', 'time: "13:00–16:00"\n', 'En ny rapport.'),
    );
    write(
      dir,
      'content/teams/team-a.mdx',
      '---\nname: Team A\n# En kommentar.\nsummary: Ett team.\nstatus: testar\n---\n\nBerättelsen.\n',
    );
    rmSync(path.join(dir, 'content/plans/plan-a.mdx'));
    write(dir, 'content/teams/team-b.mdx', '---\nname: Team <B>\nsummary: Nytt.\n---\n');
    write(dir, 'content/meetings/2024-06-01-utkast.mdx', meeting('Utkastet', 'Ett utkast som nu är klart att visas.'));
    write(dir, 'content/people/anna-andersson.yaml', 'name: Anna Andersson\ntitle: strateg\nemail: anna@example.se\n');
    write(dir, 'content/municipalities.yaml', '- id: norrby\n  name: Norrby kommun\n- id: ostby\n  name: Östby\n');
    write(dir, 'content/images/bild.jpg', 'jpg');

    const changes = describeChanges(dir, 'HEAD');
    expect(changes.entries.find((e) => e.id === '2024-05-23-seminarium')).toMatchObject({
      page: 'changed',
      url: '/traffar/2024-05-23-seminarium/',
      fields: ['time'],
      bodyChanged: true,
    });
    expect(changes.entries.find((e) => e.id === '2024-06-01-utkast')).toMatchObject({
      page: 'new',
      fields: ['summary', 'draft'],
    });
    expect(changes.entries.find((e) => e.id === 'plan-a')).toMatchObject({ page: 'removed', title: 'Plan A' });
    expect(changes.entries.find((e) => e.id === 'anna-andersson')).toMatchObject({
      title: 'Anna Andersson',
      fields: ['title'],
    });
    expect(changes.others.find((o) => o.kind === 'list')?.ids).toEqual({
      added: ['ostby'],
      removed: ['sunne'],
      changed: ['norrby'],
    });

    expect(formatChanges(changes, 'https://example.se/')).toBe(
      [
        '## Ändringar i innehållet',
        '',
        'Jämfört med `HEAD`: 8 filer i content/ har ändrats.',
        '',
        '### Nya sidor (2)',
        '',
        '- **Utkastet** (träff) – [/traffar/2024-06-01-utkast/](https://example.se/traffar/2024-06-01-utkast/) – ändrat: `summary`, `draft` – `content/meetings/2024-06-01-utkast.mdx`',
        '- **Team \\<B\\>** (gott exempel) – [/exempel/team-b/](https://example.se/exempel/team-b/) – `content/teams/team-b.mdx`',
        '',
        '### Ändrade sidor (2)',
        '',
        '- **Seminarium** (träff) – [/traffar/2024-05-23-seminarium/](https://example.se/traffar/2024-05-23-seminarium/) – ändrat: `time`, texten – `content/meetings/2024-05-23-seminarium.mdx`',
        '- **Team A** (gott exempel) – [/exempel/team-a/](https://example.se/exempel/team-a/) – bara kommentarer eller blanksteg har ändrats – `content/teams/team-a.mdx`',
        '',
        '### Borttagna sidor (1)',
        '',
        '- **Plan A** (handlingsplan) – [/handlingsplaner/plan-a/](https://example.se/handlingsplaner/plan-a/) – `content/plans/plan-a.mdx`',
        '',
        '### Innehåll utan egen sida (1)',
        '',
        '- Ändrad kontaktperson: **Anna Andersson** – ingen egen sida: visas som kontakt där personen nämns – ändrat: `title` – `content/people/anna-andersson.yaml`',
        '',
        '### Andra filer (2)',
        '',
        '- Ny: `content/images/bild.jpg` (bild)',
        '- Ändrad: `content/municipalities.yaml` (lista) – nya id: ostby – ändrade id: norrby – borttagna id: sunne',
        '',
      ].join('\n'),
    );
  });

  it('lists a changed draft apart from the pages, without an address', () => {
    const dir = repository();
    write(
      dir,
      'content/meetings/2024-06-01-utkast.mdx',
      meeting('Utkastet', 'Ett utkast som inte är klart än.', 'draft: true\n', 'Mer text.'),
    );
    const text = formatChanges(describeChanges(dir, 'HEAD'));
    expect(text).toContain('### Utkast som inte publiceras (1)');
    expect(text).toContain('- Ändrad träff: **Utkastet** – ändrat: texten – `content/meetings/2024-06-01-utkast.mdx`');
    expect(text).not.toContain('/traffar/');
  });

  it('says so when nothing under content changed', () => {
    const dir = repository();
    write(dir, 'src/other.ts', 'export const y = 2;\n');
    expect(formatChanges(describeChanges(dir, 'HEAD'))).toBe(
      '## Ändringar i innehållet\n\nInga filer i content/ har ändrats jämfört med `HEAD`.\n',
    );
  });

  it('names a file whose YAML cannot be read instead of guessing what changed', () => {
    const dir = repository();
    write(dir, 'content/teams/team-a.mdx', '---\nname: Team A\nsummary: [trasig\n---\n');
    expect(formatChanges(describeChanges(dir, 'HEAD'))).toContain('kunde inte läsas: se valideringen');
  });
});

describe('escapeMarkdown', () => {
  it('keeps a title from becoming a link, HTML or emphasis', () => {
    expect(escapeMarkdown('[Klicka](https://x) <b>*fet*</b>')).toBe('\\[Klicka\\](https://x) \\<b\\>\\*fet\\*\\</b\\>');
  });
});
