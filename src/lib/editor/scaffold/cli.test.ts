import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../validate/content.ts';
import { plainText } from '../field-rules.ts';
import { runScaffold } from './cli.ts';
import { kindFields, SCAFFOLD_KIND_NAMES, type ScaffoldKind } from './kinds.ts';

const root = path.resolve(import.meta.dirname, '../../../..');

/** A temporary project with a copy of the shipped content. */
function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-new-'));
  cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

/** Runs the command with scripted answers; collects what it prints. */
async function run(cwd: string, args: string[], answers: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const asked: string[] = [];
  const code = await runScaffold(args, {
    cwd,
    ask: async (question) => {
      asked.push(question);
      return answers.shift();
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n'), asked };
}

/** Flags that fill in every required field of each kind with valid values from the shipped content. */
const REQUIRED_FLAGS: Record<ScaffoldKind, { args: string[]; file: string }> = {
  meeting: {
    args: [
      '--title',
      'Goda exempel: del 2',
      '--date',
      '2031-05-23',
      '--summary',
      'Teamen berättade om sina tester och om hur arbetet har gått.',
    ],
    file: 'content/meetings/2031-05-23-goda-exempel-del-2.mdx',
  },
  team: {
    args: [
      '--name',
      'Stärkt stöd i Nässjö',
      '--summary',
      'Ett team som testar nya sätt att stödja föräldrar.',
      '--municipalities',
      'nassjo, vetlanda',
      '--organisations',
      'Barnhälsovården, Socialtjänsten',
      '--focus-areas',
      'psykisk-halsa',
      '--status',
      'testar',
    ],
    file: 'content/teams/starkt-stod-i-nassjo.mdx',
  },
  person: {
    args: ['--name', 'Åsa Öberg', '--organisation', 'Region Jönköpings län', '--email', 'asa.oberg@example.se'],
    file: 'content/people/asa-oberg.yaml',
  },
  plan: {
    args: [
      '--title',
      'Handlingsplan 2031–2032',
      '--period-start',
      '2031',
      '--period-end',
      '2032',
      '--owner',
      'Strategigruppen',
    ],
    file: 'content/plans/handlingsplan-2031-2032.mdx',
  },
  series: {
    args: ['--name', 'En ny omgång', '--start', '2031-01'],
    file: 'content/series/en-ny-omgang.md',
  },
};

describe('npm run new', () => {
  it.each(SCAFFOLD_KIND_NAMES)(
    'writes a %s that the validator accepts unchanged, in the right folder with the right name',
    async (kind) => {
      const dir = project();
      const { args, file } = REQUIRED_FLAGS[kind];
      const result = await run(dir, [kind, ...args, '--yes']);
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      expect(result.out).toContain(`Skapade ${file}`);
      expect(readFileSync(path.join(dir, file), 'utf8').length).toBeGreaterThan(0);
      expect(validateContent({ root: dir }).problems).toEqual([]);
    },
  );

  it.each(SCAFFOLD_KIND_NAMES)('writes every optional field of %s as a commented-out line', async (kind) => {
    const dir = project();
    const { args, file } = REQUIRED_FLAGS[kind];
    await run(dir, [kind, ...args, '--yes']);
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const [key, field] of Object.entries(kindFields(kind))) {
      const written = new RegExp(`^${key}:`, 'm').test(text);
      const commented = new RegExp(`^# ${key}:`, 'm').test(text);
      expect(written || commented, `${kind}.${key}`).toBe(true);
      if (field.required) expect(written, `${kind}.${key} is required`).toBe(true);
      expect(text).toContain(plainText(field.help));
    }
  });

  it('fills in an id that exists in the content as the example of a reference', async () => {
    const dir = project();
    await run(dir, ['meeting', ...REQUIRED_FLAGS.meeting.args, '--yes']);
    const text = readFileSync(path.join(dir, REQUIRED_FLAGS.meeting.file), 'utf8');
    const series = /^# series: (.+)$/m.exec(text)?.[1];
    expect(readFileSync(path.join(dir, 'content/series', `${series}.md`), 'utf8')).toMatch(/^---/);
  });

  it('keeps a new plan a draft, with one row to fill in, when no matrix was given', async () => {
    const dir = project();
    const result = await run(dir, ['plan', ...REQUIRED_FLAGS.plan.args, '--yes']);
    const text = readFileSync(path.join(dir, REQUIRED_FLAGS.plan.file), 'utf8');
    expect(text).toMatch(/^draft: true$/m);
    expect(text).toMatch(/^rows:\n {2}- area: Skriv området här$/m);
    expect(result.out).toContain('utkast');
  });

  it('writes optional values given as flags as real fields', async () => {
    const dir = project();
    const result = await run(dir, [
      'meeting',
      ...REQUIRED_FLAGS.meeting.args,
      '--time',
      '13:00–16:00',
      '--series',
      'leva-pa-barn-och-unga',
      '--session',
      '3',
      '--yes',
    ]);
    expect(result.code).toBe(0);
    const text = readFileSync(path.join(dir, REQUIRED_FLAGS.meeting.file), 'utf8');
    expect(text).toMatch(/^time: "13:00–16:00"$/m);
    expect(text).toMatch(/^series: leva-pa-barn-och-unga$/m);
    expect(text).toMatch(/^session: 3$/m);
    expect(validateContent({ root: dir }).problems).toEqual([]);
  });

  it('asks in Swedish for what is missing, and asks again after a wrong answer', async () => {
    const dir = project();
    const result = await run(
      dir,
      ['team'],
      [
        'Föräldrastöd',
        'Ett team som stärker föräldrar.',
        'nasjo',
        'nassjo',
        'Barnhälsovården',
        'psykisk-halsa',
        'klar',
        'infort',
      ],
    );
    expect(result.code).toBe(0);
    expect(result.asked).toEqual([
      'Namn (name): ',
      'Sammanfattning (summary): ',
      'Kommuner (municipalities): ',
      'Kommuner (municipalities): ',
      'Verksamheter (organisations): ',
      'Fokusområden (focusAreas): ',
      'Status (status): ',
      'Status (status): ',
    ]);
    expect(result.out).toContain('Fel: "nasjo" finns inte – menade du "nassjo"? Försök igen.');
    expect(result.out).toContain('Finns: aneby,');
    expect(validateContent({ root: dir }).problems).toEqual([]);
  });

  it('refuses to overwrite an existing file, with exit code 1 and a Swedish message', async () => {
    const dir = project();
    const { args, file } = REQUIRED_FLAGS.person;
    writeFileSync(path.join(dir, file), 'name: Redan här\n');
    const result = await run(dir, ['person', ...args, '--yes']);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`Filen ${file} finns redan, och den skrivs inte över.`);
    expect(readFileSync(path.join(dir, file), 'utf8')).toBe('name: Redan här\n');
  });

  it('refuses a new file whose id another file already has with another extension', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'content/series/en-ny-omgang.mdx'), '---\nname: X\nstart: "2020-01"\n---\n');
    const result = await run(dir, ['series', ...REQUIRED_FLAGS.series.args, '--yes']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('content/series/en-ny-omgang.mdx finns redan');
  });

  it('names the missing flags with --yes instead of asking', async () => {
    const result = await run(project(), ['meeting', '--title', 'En träff', '--yes']);
    expect(result.code).toBe(2);
    expect(result.asked).toEqual([]);
    expect(result.err).toBe('Det här måste fyllas i: --date (Datum), --summary (Sammanfattning).');
  });

  it('rejects invalid flag values with the schema message', async () => {
    const result = await run(project(), [
      'meeting',
      ...REQUIRED_FLAGS.meeting.args.slice(0, 2),
      '--date',
      '2031-02-30',
      '--summary',
      'För kort.',
      '--yes',
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--date: finns inte i kalendern');
    expect(result.err).toContain('--summary: ska vara minst 30 tecken');
  });

  it('rejects flags of another kind and unknown kinds', async () => {
    const dir = project();
    const foreign = await run(dir, ['meeting', '--email', 'a@example.se', '--yes']);
    expect(foreign.code).toBe(2);
    expect(foreign.err).toContain('--email hör inte till en träff');
    const unknown = await run(dir, ['meting']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Okänd typ "meting" – menade du "meeting"?');
  });
});
