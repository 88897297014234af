import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFixture } from '../../../tests/fixtures/validator/harness.ts';
import { CONTENT_CHECKS, FILE_CHECKS } from './content.ts';
import type { Problem } from './problem.ts';

/** What a test expects of one problem; the message is matched by a fragment. */
interface Expected {
  file: string;
  line: number;
  field: string;
  rule: string;
  message?: RegExp;
}

const pick = (p: Problem) => ({ file: p.file, line: p.line, field: p.field, rule: p.rule });

describe('validateContent on the valid base fixture', () => {
  it('finds no problem and reads every file', () => {
    const result = validateFixture();
    expect(result.problems).toEqual([]);
    expect(result.fileCount).toBe(10);
  });
});

const CASES: Array<[string, Expected[]]> = [
  [
    'missing-required',
    [
      {
        file: 'content/meetings/2024-02-01-utan-titel.mdx',
        line: 2,
        field: 'title',
        rule: 'required',
        message: /saknas/,
      },
    ],
  ],
  [
    'bad-date',
    [
      {
        file: 'content/meetings/2024-02-30-fel-datum.mdx',
        line: 3,
        field: 'date',
        rule: 'format',
        message: /kalendern/,
      },
    ],
  ],
  [
    'bad-time',
    [
      {
        file: 'content/meetings/2024-02-02-fel-tid.mdx',
        line: 4,
        field: 'time',
        rule: 'format',
        message: /TT:MM–TT:MM/,
      },
    ],
  ],
  [
    'bad-email',
    [{ file: 'content/people/fel-epost.yaml', line: 4, field: 'email', rule: 'format', message: /e-postadress/ }],
  ],
  [
    'bad-url',
    [
      {
        file: 'content/meetings/2024-02-03-fel-lank.mdx',
        line: 7,
        field: 'links.0.url',
        rule: 'link-scheme',
        message: /skriv https:\/\/www\.example\.se/,
      },
    ],
  ],
  [
    'unknown-key',
    [
      {
        file: 'content/meetings/2024-02-04-okant-falt.mdx',
        line: 5,
        field: 'tittle',
        rule: 'unknown-key',
        message: /menade du "title"\?/,
      },
    ],
  ],
  [
    'yaml-syntax',
    [
      {
        file: 'content/people/taggad.yaml',
        line: 1,
        field: 'name',
        rule: 'yaml-syntax',
        message: /"!egen" före värdet är en YAML-tagg/,
      },
      { file: 'content/people/trasig.yaml', line: 3, field: 'yaml', rule: 'yaml-syntax', message: /YAML-fel/ },
    ],
  ],
  [
    'mdx-bare-lt',
    [{ file: 'content/meetings/2024-02-05-mindre-an.mdx', line: 9, field: 'body', rule: 'mdx-syntax', message: /\\</ }],
  ],
  [
    'mdx-bare-brace',
    [{ file: 'content/meetings/2024-02-06-klammer.mdx', line: 9, field: 'body', rule: 'mdx-syntax', message: /\\\{/ }],
  ],
  [
    'reference',
    [
      {
        file: 'content/meetings/2024-02-07-okant-team.mdx',
        line: 5,
        field: 'teams.0',
        rule: 'reference',
        message: /menade du "team-a"\?/,
      },
    ],
  ],
  [
    'date-mismatch',
    [
      {
        file: 'content/meetings/2024-03-01-annat-datum.mdx',
        line: 3,
        field: 'date',
        rule: 'date-mismatch',
        message: /2024-03-01/,
      },
    ],
  ],
  [
    'duplicate-id',
    [{ file: 'content/teams/team-a.mdx', line: 1, field: 'file', rule: 'duplicate-id', message: /team-a\.md/ }],
  ],
  [
    'reserved-id',
    // sida-team.mdx is fine: only the exact names are taken.
    ['fokusomrade', 'kommun', 'sida', 'status'].map((id) => ({
      file: `content/teams/${id}.mdx`,
      line: 1,
      field: 'file',
      rule: 'file-name',
      message: new RegExp(`upptaget: adresser som börjar med /exempel/${id}/`),
    })),
  ],
  [
    'reserved-id-suggestion',
    // A name the site uses is never suggested: Kommun.mdx becomes kommun-team, not kommun.
    [
      {
        file: 'content/teams/Kommun.mdx',
        line: 1,
        field: 'file',
        rule: 'file-name',
        message: /till exempel kommun-team$/,
      },
    ],
  ],
  [
    'upper-extension',
    [
      {
        file: 'content/meetings/2024-04-01-versaler.MD',
        line: 1,
        field: 'file',
        rule: 'file-type',
        message: /små bokstäver: \.md/,
      },
    ],
  ],
  [
    'markdown-extension',
    [{ file: 'content/teams/lang-filandelse.markdown', line: 1, field: 'file', rule: 'file-type', message: /\.md/ }],
  ],
  [
    'other-extension',
    [{ file: 'content/teams/anteckning.txt', line: 1, field: 'file', rule: 'file-type', message: /\.txt/ }],
  ],
  ['empty-file', [{ file: 'content/teams/tom.mdx', line: 1, field: 'file', rule: 'file-empty', message: /tom/ }]],
  [
    'nested-folder',
    [
      {
        file: 'content/meetings/gamla/2020-01-01-gammal.mdx',
        line: 1,
        field: 'file',
        rule: 'file-location',
        message: /undermapp/,
      },
    ],
  ],
  [
    'unknown-folder',
    [{ file: 'content/nyheter/nyhet.mdx', line: 1, field: 'file', rule: 'file-location', message: /okänd mapp/ }],
  ],
  [
    'unsafe',
    [
      { file: 'content/meetings/2024-05-01-osaker.mdx', line: 6, field: 'body', rule: 'mdx-esm' },
      { file: 'content/meetings/2024-05-01-osaker.mdx', line: 8, field: 'body', rule: 'mdx-esm' },
      { file: 'content/meetings/2024-05-01-osaker.mdx', line: 10, field: 'body', rule: 'mdx-expression' },
      { file: 'content/meetings/2024-05-01-osaker.mdx', line: 12, field: 'body', rule: 'mdx-script' },
      { file: 'content/meetings/2024-05-01-osaker.mdx', line: 14, field: 'body', rule: 'mdx-style' },
      { file: 'content/meetings/2024-05-01-osaker.mdx', line: 16, field: 'body', rule: 'mdx-iframe' },
      { file: 'content/meetings/2024-05-01-osaker.mdx', line: 18, field: 'body', rule: 'mdx-event-handler' },
      { file: 'content/meetings/2024-05-01-osaker.mdx', line: 20, field: 'body', rule: 'javascript-url' },
    ],
  ],
  [
    'unsafe-markdown',
    [
      { file: 'content/series/html.md', line: 8, field: 'body', rule: 'mdx-script' },
      { file: 'content/series/html.md', line: 10, field: 'body', rule: 'javascript-url' },
      { file: 'content/series/html.md', line: 10, field: 'body', rule: 'mdx-event-handler' },
    ],
  ],
  [
    'images',
    [
      { file: 'content/meetings/2024-06-01-bilder.mdx', line: 7, field: 'body', rule: 'image-alt' },
      {
        file: 'content/meetings/2024-06-01-bilder.mdx',
        line: 9,
        field: 'body',
        rule: 'image-missing',
        message: /finns-inte\.png/,
      },
      {
        file: 'content/meetings/2024-06-01-bilder.mdx',
        line: 11,
        field: 'body',
        rule: 'image-missing',
      },
      {
        file: 'content/meetings/2024-06-01-bilder.mdx',
        line: 13,
        field: 'body',
        rule: 'image-missing',
      },
    ],
  ],
  [
    'symlinks',
    [
      { file: 'content/images/git-config.png', line: 1, field: 'file', rule: 'symlink', message: /symbolisk länk/ },
      { file: 'content/images/passwd.png', line: 1, field: 'file', rule: 'symlink' },
      { file: 'content/lankad-mapp', line: 1, field: 'file', rule: 'symlink' },
      { file: 'content/people/loop.yaml', line: 1, field: 'file', rule: 'symlink' },
      { file: 'content/teams/dangling.mdx', line: 1, field: 'file', rule: 'symlink' },
      { file: 'content/teams/mapp', line: 1, field: 'file', rule: 'symlink' },
      { file: 'content/teams/team-lank.mdx', line: 10, field: 'image.src', rule: 'symlink', message: /passwd\.png/ },
      { file: 'content/teams/team-lank.mdx', line: 16, field: 'body', rule: 'symlink', message: /git-config\.png/ },
    ],
  ],
  [
    'image-bytes',
    [
      {
        file: 'content/teams/team-fel-bild.mdx',
        line: 10,
        field: 'image.src',
        rule: 'image-content',
        message: /inte en \.png-bild/,
      },
      { file: 'content/teams/team-fel-bild.mdx', line: 16, field: 'body', rule: 'image-content', message: /sida\.jpg/ },
      { file: 'content/teams/team-fel-bild.mdx', line: 18, field: 'body', rule: 'image-content' },
      { file: 'content/teams/team-fel-bild.mdx', line: 20, field: 'body', rule: 'image-content' },
    ],
  ],
  [
    'yaml-bomb',
    [
      { file: 'content/people/djup.yaml', line: 3, field: 'yaml', rule: 'yaml-limit', message: /nästlade/ },
      { file: 'content/people/skratt.yaml', line: 7, field: 'yaml', rule: 'yaml-limit', message: /alias/ },
      { file: 'content/teams/team-djup.mdx', line: 23, field: 'yaml', rule: 'yaml-limit', message: /nästlade/ },
    ],
  ],
  [
    'personnummer-disguised',
    [
      { file: 'content/images/811218-9876.png', line: 1, field: 'file', rule: 'personnummer', message: /filens namn/ },
      {
        file: 'content/people/telefon.yaml',
        line: 5,
        field: 'text',
        rule: 'personnummer',
        message: /\+46 70-123 45 67/,
      },
      { file: 'content/teams/team-forkladd.mdx', line: 11, field: 'text', rule: 'personnummer' },
      { file: 'content/teams/team-forkladd.mdx', line: 13, field: 'text', rule: 'personnummer' },
      { file: 'content/teams/team-forkladd.mdx', line: 15, field: 'text', rule: 'personnummer' },
      { file: 'content/teams/team-forkladd.mdx', line: 17, field: 'text', rule: 'personnummer' },
      { file: 'content/teams/team-forkladd.mdx', line: 19, field: 'text', rule: 'personnummer' },
      { file: 'content/teams/team-forkladd.mdx', line: 19, field: 'text', rule: 'personnummer' },
      { file: 'content/teams/team-forkladd.mdx', line: 21, field: 'text', rule: 'personnummer' },
      { file: 'content/teams/team-forkladd.mdx', line: 24, field: 'text', rule: 'personnummer' },
      { file: 'content/teams/team-forkladd.mdx', line: 26, field: 'text', rule: 'personnummer' },
    ],
  ],
  [
    'image-front-matter',
    [
      { file: 'content/teams/team-bild.mdx', line: 9, field: 'image.src', rule: 'image-missing' },
      { file: 'content/teams/team-bild.mdx', line: 10, field: 'image.alt', rule: 'length', message: /alt-text/ },
    ],
  ],
  [
    'personnummer',
    [
      { file: 'content/people/med-nummer.yaml', line: 3, field: 'text', rule: 'personnummer' },
      { file: 'content/teams/team-nummer.mdx', line: 10, field: 'text', rule: 'personnummer' },
      { file: 'content/teams/team-nummer.mdx', line: 10, field: 'text', rule: 'personnummer' },
    ],
  ],
  [
    'components',
    [
      { file: 'content/meetings/2024-07-01-komponenter.mdx', line: 7, field: 'body', rule: 'mdx-component' },
      {
        file: 'content/meetings/2024-07-01-komponenter.mdx',
        line: 9,
        field: 'body',
        rule: 'mdx-missing-prop',
        message: /saknar captions/,
      },
      {
        file: 'content/meetings/2024-07-01-komponenter.mdx',
        line: 11,
        field: 'body',
        rule: 'mdx-unknown-prop',
        message: /Menade du title\?/,
      },
      { file: 'content/meetings/2024-07-01-komponenter.mdx', line: 15, field: 'body', rule: 'mdx-prop-type' },
    ],
  ],
  [
    'search-words',
    [
      {
        file: 'content/sokord.yaml',
        line: 4,
        field: 'groups.1.terms.1',
        rule: 'format',
        message: /står redan i grupp 1/,
      },
      { file: 'content/sokord.yaml', line: 6, field: 'groups.2.terms', rule: 'length', message: /minst två ord/ },
    ],
  ],
  [
    'bad-enum',
    [{ file: 'content/teams/team-klar.mdx', line: 7, field: 'status', rule: 'enum', message: /ide, planerar/ }],
  ],
  [
    'no-front-matter',
    [
      {
        file: 'content/meetings/2024-07-02-utan-falt.mdx',
        line: 1,
        field: 'front matter',
        rule: 'front-matter',
        message: /tre bindestreck/,
      },
    ],
  ],
  [
    'not-fields',
    [
      {
        file: 'content/people/bara-lista.yaml',
        line: 1,
        field: 'front matter',
        rule: 'type',
        message: /fälten saknas/,
      },
    ],
  ],
  [
    // The municipality filter's value for teams whose municipality no source states.
    'reserved-municipality-id',
    [
      {
        file: 'content/municipalities.yaml',
        line: 7,
        field: '3.id',
        rule: 'duplicate-id',
        message: /upptaget.*\/exempel\/kommun\/inte-angiven\//,
      },
    ],
  ],
];

describe.each(CASES)('validateContent with the "%s" fixture', (overlay, expected) => {
  const result = validateFixture(overlay);

  it('reports each expected problem with its file, line, field and rule', () => {
    const found = result.problems.map(pick);
    for (const item of expected) {
      expect(found).toContainEqual({ file: item.file, line: item.line, field: item.field, rule: item.rule });
    }
  });

  it('explains each problem in Swedish', () => {
    for (const item of expected) {
      if (!item.message) continue;
      const problem = result.problems.find(
        (p) => p.file === item.file && p.rule === item.rule && p.field === item.field,
      );
      expect(problem?.message).toMatch(item.message);
    }
  });

  it('reports errors only in the files the fixture adds', () => {
    const files = new Set(expected.map((item) => item.file));
    const others = result.problems.filter((p) => !files.has(p.file));
    expect(others).toEqual([]);
  });
});

describe('validateContent with reviewed exceptions', () => {
  it('accepts a personnummer listed in the allowlist for that file', () => {
    expect(validateFixture('personnummer-allowlisted').problems).toEqual([]);
  });
});

describe('validateContent reports everything at once', () => {
  it('lists problems of several files and classes in one run', () => {
    const rules = new Set(validateFixture('unsafe').problems.map((p) => p.rule));
    expect(rules.size).toBeGreaterThanOrEqual(7);
  });
});

describe('the list of checks', () => {
  const modules = readdirSync(path.join(import.meta.dirname, 'checks'))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => name.slice(0, -'.ts'.length));

  it('holds every check under checks/ once, by the name of its file', () => {
    const names = [...FILE_CHECKS, ...CONTENT_CHECKS].map((check) => check.name);
    expect(names.toSorted()).toEqual(modules.toSorted());
  });

  it('reads the file before it checks its text, and its YAML before it checks its fields', () => {
    const order = FILE_CHECKS.map((check) => check.name);
    expect(order.indexOf('file-empty')).toBeLessThan(order.indexOf('personnummer'));
    expect(order.indexOf('front-matter')).toBeLessThan(order.indexOf('yaml-syntax'));
    expect(order.indexOf('yaml-syntax')).toBeLessThan(order.indexOf('schema'));
    expect(order.indexOf('has-fields')).toBeLessThan(order.indexOf('schema'));
  });

  it('stops a file at a final check that finds a problem: YAML that is no map of fields gets no schema check', () => {
    const problems = validateFixture('not-fields').problems;
    expect(problems.map((p) => [p.file, p.field, p.rule])).toEqual([
      ['content/people/bara-lista.yaml', 'front matter', 'type'],
    ]);
  });
});
