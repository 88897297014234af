/**
 * The mistakes municipal editors make when they paste from Word and e-mail and save on Windows, each
 * class with fixtures of several realistic variants (`tests/fixtures/validator/invalid/`), and what
 * the validator says about them; and, over every invalid fixture, that no message leaks zod's or the
 * parser's own words.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFixture } from '../../../tests/fixtures/validator/harness.ts';
import { validateContent } from './content.ts';
import { formatProblem } from './format.ts';
import type { RuleId } from './rules.ts';

const fixtures = path.resolve(import.meta.dirname, '../../../tests/fixtures/validator');

/** One expected problem: file under content/, line, field, rule and a fragment of the message. */
type Expected = [file: string, line: number, field: string, rule: RuleId, message: RegExp];

const CASES: Array<[fixture: string, expected: Expected[], clean?: string[]]> = [
  [
    'yaml-comment',
    [
      ['meetings/2024-04-01-sal-3.mdx', 5, 'place', 'yaml-comment', /citattecken: place: "Sal 3 #2"/],
      ['meetings/2024-04-02-vaning.mdx', 5, 'place', 'yaml-comment', /place: "Rosensalen, plan 3 #hörsalen"/],
      ['meetings/2024-04-02-vaning.mdx', 6, 'online', 'yaml-comment', /online: "Teams # länk kommer"/],
      ['meetings/2024-04-03-kontakt.mdx', 7, 'yaml', 'yaml-comment', /- "anna-andersson # samordnare"/],
      ['people/bertil-berg.yaml', 2, 'title', 'yaml-comment', /"#barnrätt"\) läses som en kommentar/],
    ],
  ],
  [
    'list-dash',
    [
      [
        'meetings/2024-04-04-tankstreck.mdx',
        6,
        'contacts',
        'list-dash',
        /börjar med "–" i stället för ett bindestreck/,
      ],
      ['meetings/2024-04-05-punkter.mdx', 6, 'municipalities', 'list-dash', /"•".*\n {2}- ida-erixon/],
      ['meetings/2024-04-06-blandat.mdx', 7, 'yaml', 'list-dash', /"–"/],
      ['teams/team-b.mdx', 6, 'organisations', 'list-dash', /"—"/],
    ],
  ],
  [
    'encoding',
    [
      [
        'meetings/2024-04-07-ansi.mdx',
        2,
        'file',
        'encoding',
        /Windows-1252.*rad 2: "title: En träff".*Spara med kodning/,
      ],
      ['teams/team-ansi.mdx', 2, 'file', 'encoding', /rad 2: "name: Förskolan i Norrby"/],
      ['people/cecilia-carlsson.yaml', 1, 'file', 'encoding', /UTF-16.*Kodning: UTF-8/],
    ],
    ['meetings/2024-04-08-bom.mdx'],
  ],
  [
    'duplicate-reference',
    [
      [
        'meetings/2024-04-09-dubbletter.mdx',
        8,
        'speakers.2.person',
        'duplicate-reference',
        /"anna-andersson" står redan i listan speakers \(speakers\.0\.person, rad 6\)/,
      ],
      ['meetings/2024-04-09-dubbletter.mdx', 9, 'teams.1', 'duplicate-reference', /"team-a" står redan/],
      ['meetings/2024-04-09-dubbletter.mdx', 12, 'contacts.1', 'duplicate-reference', /ta bort den här raden/],
      ['teams/team-c.mdx', 4, 'municipalities.2', 'duplicate-reference', /"norrby"/],
      ['teams/team-c.mdx', 6, 'focusAreas.2', 'duplicate-reference', /"psykisk-halsa"/],
    ],
  ],
  [
    'link-scheme',
    [
      ['meetings/2024-04-10-lankar.mdx', 7, 'links.0.url', 'link-scheme', /skriv https:\/\/www\.rjl\.se$/],
      ['meetings/2024-04-10-lankar.mdx', 9, 'links.1.url', 'link-scheme', /skriv https:\/\/rjl\.se\/sida$/],
      ['meetings/2024-04-10-lankar.mdx', 12, 'body', 'link-scheme', /Länken www\.rjl\.se .*https:\/\/www\.rjl\.se$/],
      ['meetings/2024-04-10-lankar.mdx', 12, 'body', 'link-scheme', /https:\/\/rjl\.se\/folkhalsa\/barn$/],
      ['meetings/2024-04-10-lankar.mdx', 16, 'body', 'link-scheme', /https:\/\/www\.skr\.se\/skr\/halsasjukvard$/],
    ],
  ],
  [
    'link-text',
    [
      [
        'meetings/2024-04-14-lanktext.mdx',
        6,
        'links.0.title',
        'link-text-address',
        /"www\.1177\.se" .*leder till evil\.example\. Skriv länktexten med ord/,
      ],
      [
        'meetings/2024-04-14-lanktext.mdx',
        12,
        'body',
        'link-text-address',
        /"www\.1177\.se" .*leder till rjl\.se\.evil\.example\./,
      ],
      [
        'meetings/2024-04-14-lanktext.mdx',
        14,
        'body',
        'link-text-address',
        /e-postadress, men länken leder till e-postadressen kontakt@rjl-se\.example\./,
      ],
      [
        'meetings/2024-04-14-lanktext.mdx',
        16,
        'body',
        'link-text-address',
        /"www\.skr\.se" .*leder till skr\.evil\.example\./,
      ],
    ],
  ],
  [
    'heading-level',
    [
      ['meetings/2024-04-11-rubriker.mdx', 7, 'body', 'heading-level', /andra huvudrubrik.*Skriv rubriken med ##/],
      ['meetings/2024-04-11-rubriker.mdx', 13, 'body', 'heading-level', /från ## till ####.*Skriv ###/],
      ['teams/team-d.mdx', 10, 'body', 'heading-level', /första rubrik ska skrivas med ##.*inte ###/],
      ['series/runda-2.md', 10, 'body', 'heading-level', /från ## till ####/],
    ],
  ],
  [
    'video-address',
    [
      [
        'meetings/2024-04-12-filmer.mdx',
        7,
        'videos.0.url',
        'format',
        /samling filmer \(showcase.*https:\/\/vimeo\.com\/123456789/,
      ],
      ['meetings/2024-04-12-filmer.mdx', 10, 'videos.1.url', 'format', /kanal eller grupp på Vimeo/],
      ['meetings/2024-04-12-filmer.mdx', 13, 'videos.2.url', 'format', /spellista på YouTube.*watch\?v=/],
      ['meetings/2024-04-12-filmer.mdx', 16, 'videos.3.url', 'format', /kanal på YouTube/],
      ['meetings/2024-04-12-filmer.mdx', 20, 'body', 'mdx-prop-type', /samling filmer/],
      [
        'meetings/2024-04-12-filmer.mdx',
        22,
        'body',
        'mdx-prop-type',
        /skriv https:\/\/www\.youtube\.com\/watch\?v=UtQ8VsjdF5U/,
      ],
    ],
    ['meetings/2024-04-13-spelbara.mdx'],
  ],
  [
    'invisible-control',
    [
      [
        'meetings/2024-06-01-klistrad.mdx',
        2,
        'title',
        'invisible-control',
        /mellanslag \(U\+200B\) här: "Träff i Näss\[U\+200B\]jö"/,
      ],
      [
        'meetings/2024-06-01-klistrad.mdx',
        7,
        'summary',
        'invisible-control',
        /vänder textens riktning \(U\+202E\).*annan ordning än den är skriven\. Ta bort tecknet: radera och skriv om ordet runt det/,
      ],
      ['meetings/2024-06-01-klistrad.mdx', 11, 'speakers.1.role', 'invisible-control', /skrivet som "\\u2066"/],
      ['meetings/2024-06-01-klistrad.mdx', 17, 'body', 'invisible-control', /inte hittas när någon söker/],
      ['meetings/2024-06-01-klistrad.mdx', 25, 'body', 'invisible-control', /Karta över Näss\[U\+200B\]jö/],
      ['meetings/2024-06-01-klistrad.mdx', 29, 'body', 'invisible-control', /skrivet som "&#x202E;"/],
      ['municipalities.yaml', 4, '1.name', 'invisible-control', /"Söder\[U\+200B\]by"/],
      ['sokord.yaml', 2, 'groups.0.terms.1', 'invisible-control', /U\+200B/],
    ],
    ['meetings/2024-06-02-tillatna.mdx'],
  ],
  [
    'plain-text-values',
    [
      [
        'meetings/2024-05-01-lista-som-text.mdx',
        5,
        'contacts',
        'type',
        /^ska vara en lista, inte en text\. .*:\n {2}contacts:\n {4}- anna-andersson$/,
      ],
      ['meetings/2024-05-01-lista-som-text.mdx', 6, 'teams', 'type', /\n {4}- team-a\n {4}- team-b$/],
      [
        'meetings/2024-05-02-talare-som-text.mdx',
        5,
        'speakers',
        'type',
        /\n {4}- name: Anna Andersson\n {4}- name: Bertil Berg$/,
      ],
      [
        'meetings/2024-05-03-talare-i-lista.mdx',
        6,
        'speakers.0',
        'type',
        /fält på egna rader.*\n {2}- name: Anna Andersson$/,
      ],
      [
        'meetings/2024-05-04-lank-som-text.mdx',
        5,
        'links',
        'type',
        /- title: .*\n {6}url: https:\/\/www\.rjl\.se\/bastaplatsen$/,
      ],
      [
        'meetings/2024-05-04-lank-som-text.mdx',
        7,
        'videos.0',
        'type',
        /url: https:\/\/vimeo\.com\/123456789\n {4}captions: false$/,
      ],
      ['meetings/2024-05-05-lankar-i-lista.mdx', 6, 'links.0', 'type', /url: https:\/\/www\.rjl\.se\/bastaplatsen$/],
      ['meetings/2024-05-05-lankar-i-lista.mdx', 7, 'videos', 'type', /\n {4}- title: /],
      [
        'meetings/2024-05-06-ett-varde-som-lista.mdx',
        5,
        'series',
        'type',
        /ett enda värde på samma rad.*inte en lista.*\n {2}series: runda$/,
      ],
      ['meetings/2024-05-06-ett-varde-som-lista.mdx', 7, 'place', 'type', /\n {2}place: Stora salen$/],
      [
        'meetings/2024-05-06-ett-varde-som-lista.mdx',
        8,
        'teams',
        'type',
        /^är tom\..*eller ta bort raden:\n {2}teams:\n {4}- /,
      ],
      ['plans/plan-text.mdx', 3, 'period', 'type', /\n {2}period:\n {4}start: \d{4}\n {4}end: \d{4}$/],
      ['plans/plan-text.mdx', 7, 'rows.0.services', 'type', /\n {2}services:\n {4}- Skola$/],
      ['teams/team-bild.mdx', 4, 'municipalities', 'type', /- norrby$/],
      ['teams/team-bild.mdx', 8, 'image', 'type', /\n {4}src: \.\.\/images\/bild\.png\n {4}alt: /],
    ],
  ],
];

describe.each(CASES)('the "%s" fixture', (fixture, expected, clean = []) => {
  const { problems } = validateFixture(fixture);
  const at = (file: string) => `content/${file}`;

  it.each(expected)(
    'reports %s line %i (%s) under the rule %s, saying what to write',
    (file, line, field, rule, message) => {
      const found = problems.filter(
        (p) => p.file === at(file) && p.line === line && p.field === field && p.rule === rule,
      );
      expect(found.map((p) => p.message)).toContainEqual(expect.stringMatching(message));
    },
  );

  it('reports nothing in the files written as they should be', () => {
    expect(problems.filter((p) => clean.map(at).includes(p.file))).toEqual([]);
  });
});

describe('files the operating system and editors leave behind', () => {
  it('are no error anywhere in content/, and are not counted as files', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'basta-junk-'));
    cpSync(path.join(fixtures, 'base'), path.join(root, 'content'), { recursive: true });
    const junk = [
      '.DS_Store',
      'meetings/.DS_Store',
      'images/Thumbs.db',
      'images/._bild.png',
      'teams/desktop.ini',
      'meetings/2024-01-10-start.mdx~',
      'meetings/.2024-01-10-start.mdx.swp',
      'teams/.~lock.team-a.mdx#',
      'plans/~$plan-a.docx',
    ];
    for (const file of junk) writeFileSync(path.join(root, 'content', file), 'skräp: [\n\u0000\u00ff');
    const result = validateContent({ root });
    expect(result.problems).toEqual([]);
    expect(result.fileCount).toBe(validateFixture().fileCount);
  });
});

describe('every message of the validator on every invalid fixture', () => {
  const all = readdirSync(path.join(fixtures, 'invalid'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  // What an editor reads: the printed line without the rule's id (an id, `(required)`, like a file name).
  const lines = all.flatMap((fixture) =>
    validateFixture(fixture).problems.map(
      (problem) => [fixture, formatProblem(problem, 'text').replace(/ {2}\([a-z-]+\)$/, '')] as const,
    ),
  );

  it('reads every invalid fixture', () => {
    expect(all.length).toBeGreaterThan(35);
    expect(new Set(lines.map(([fixture]) => fixture)).size).toBeGreaterThanOrEqual(all.length - 1);
  });

  // zod's and the YAML parser's own words (English or zod's Swedish locale), and stack traces.
  const LEAKS =
    /\b(?:expected|invalid|received|required|unrecognized|undefined|NaN)\b|förväntat|\bfick\b|Ogiltig inmatning|\n\s*at \S|\(\S+:\d+:\d+\)|Error:/i;

  it('has no words of zod or the parser and no stack trace', () => {
    expect(lines.filter(([, line]) => LEAKS.test(line))).toEqual([]);
  });
});
