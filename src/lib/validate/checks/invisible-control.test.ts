import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { validateFixture } from '../../../../tests/fixtures/validator/harness.ts';
import { checkEntryFile } from '../../browser/cms/entry-check.ts';
import type { TextProblem } from '../problem.ts';
import { invisibleControl } from './invisible-control.ts';

const RLO = '\u202e';
const ZWSP = '\u200b';

/** Where each problem is: line, column, field. */
function places(relative: string, text: string | Uint8Array): Array<[number, number, string]> {
  const file = fileOf(
    relative,
    typeof text === 'string' ? text : '',
    typeof text === 'string' ? {} : { [relative]: text },
  );
  return invisibleControl.check(file, NO_ALLOWLIST).map((problem: TextProblem) => {
    expect(problem).toMatchObject({ severity: 'error', rule: 'invisible-control' });
    return [problem.line, problem.column, problem.field];
  });
}

const MEETING = (fields: string, body = 'Text om träffen.\n') =>
  `---\ntitle: Träff\ndate: "2024-01-10"\n${fields}---\n\n${body}`;

describe('the invisible-control check', () => {
  it('reports a character that turns text around in a field, on its line and column, naming the field', () => {
    const text = MEETING(`summary: Läs Rapport${RLO}fdp.exe före träffen.\n`);
    expect(places('meetings/2024-01-10-m.mdx', text)).toEqual([[4, 21, 'summary']]);
    const [problem] = invisibleControl.check(fileOf('meetings/2024-01-10-m.mdx', text), NO_ALLOWLIST);
    expect(problem?.message).toBe(
      'texten innehåller ett osynligt tecken som vänder textens riktning (U+202E) här: "Läs Rapport[U+202E]fdp.exe före träffen.". Tecknet syns inte, men det kan få texten att visas i en annan ordning än den är skriven. Ta bort tecknet: radera och skriv om ordet runt det (det följer ofta med när man klistrar in text).',
    );
    expect(problem?.message).not.toContain(RLO);
  });

  it('names a field inside a list by its dotted path, a key by its own, and a comment by the field around it', () => {
    const text = MEETING(
      [
        `# Kommentar${ZWSP} överst`,
        'speakers:',
        `  # Kommentar${ZWSP} i listan`,
        '  - name: Kim',
        `    role: Sam${ZWSP}ordnare`,
        `place${ZWSP}: Salen`,
        `online: Teams # länk${ZWSP} kommer`,
        '',
      ].join('\n'),
    );
    expect(places('meetings/2024-01-10-m.mdx', text)).toEqual([
      [4, 12, 'yaml'],
      [6, 14, 'speakers'],
      [8, 14, 'speakers.0.role'],
      [9, 6, 'place[U+200B]'],
      [10, 21, 'online'],
    ]);
  });

  it('reports the body as the body: text, inline code, a code block, an alt text and a link title', () => {
    const body = [
      `Näss${ZWSP}jö kommun.`,
      '',
      `Skriv \`kod${RLO}\` så.`,
      '',
      '```',
      `if (a${RLO}) {}`,
      '```',
      '',
      `![Karta över Näss${ZWSP}jö](../images/bild.png)`,
      '',
      `[Länk](https://example.se "Tit${ZWSP}el")`,
      '',
    ].join('\n');
    expect(places('meetings/2024-01-10-m.mdx', MEETING('', body))).toEqual([
      [6, 5, 'body'],
      [8, 11, 'body'],
      [11, 6, 'body'],
      [14, 18, 'body'],
      [16, 31, 'body'],
    ]);
  });

  it('reads a list file, the glossary and the site’s settings', () => {
    expect(
      places('municipalities.yaml', `- id: norrby\n  name: Norrby\n- id: nassjo\n  name: Näss${ZWSP}jö\n`),
    ).toEqual([[4, 13, '1.name']]);
    expect(places('sokord.yaml', `groups:\n  - terms: [BVC, barn${ZWSP}hälsovård]\n`)).toEqual([
      [2, 22, 'groups.0.terms.1'],
    ]);
    expect(places('site.yaml', `title: Bästa ${RLO}platsen\n`)).toEqual([[1, 14, 'title']]);
    expect(places('people/anna-andersson.yaml', `name: Anna\ntitle: "Sam${ZWSP}ordnare"\n`)).toEqual([
      [2, 12, 'title'],
    ]);
  });

  it('reports a character that a double-quoted value writes as an escape, where the escape is', () => {
    const text = MEETING('summary: "Läs Rapport\\u202Efdp.exe och \\\\u202E, som är text"\nplace: \'Sal \\u200B\'\n');
    expect(places('meetings/2024-01-10-m.mdx', text)).toEqual([[4, 22, 'summary']]);
    const [problem] = invisibleControl.check(fileOf('meetings/2024-01-10-m.mdx', text), NO_ALLOWLIST);
    expect(problem?.message).toMatch(/\(U\+202E\), skrivet som "\\u202E", här: "Läs Rapport\\u202Efdp\.exe och/);
    const quoted = invisibleControl.check(fileOf('site.yaml', 'title: "Bästa \\u202Eplatsen"\n'), NO_ALLOWLIST);
    expect(quoted[0]?.message).toContain('här: "Bästa \\u202Eplatsen".');
    expect(places('sokord.yaml', 'groups:\n  - terms: ["BVC\\U0000200B", BHV]\n')).toEqual([
      [2, 17, 'groups.0.terms.0'],
    ]);
  });

  it('reports a reference that only the escapes of a value make, once, where its first escape is', () => {
    // `\u0026` is `&`: the value is read as `Rapport&#x202E;fdp.exe`, which a feed reader decodes.
    const text = MEETING('summary: "Rapport\\u0026#x202E;fdp.exe och \\x26\\x23x200B;"\n');
    expect(places('meetings/2024-01-10-m.mdx', text)).toEqual([[4, 18, 'summary']]);
    const [problem] = invisibleControl.check(fileOf('meetings/2024-01-10-m.mdx', text), NO_ALLOWLIST);
    expect(problem?.message).toMatch(/\(U\+202E\), skrivet som "&#x202E;", här: "Rapport\\u0026#x202E;fdp/);
    expect(places('people/a.yaml', 'name: Anna\ntitle: "Samordnare \\u0026#8203; här"\n')).toEqual([[2, 20, 'title']]);
    // An escape that makes an allowed reference, or no reference, or a reference already written.
    expect(places('site.yaml', 'title: "Barn \\u0026amp; unga \\u0026shy; \\u00e4"\n')).toEqual([]);
    expect(places('site.yaml', 'title: "Barn&#x202E; \\u00e4"\n')).toEqual([[1, 13, 'title']]);
  });

  it('reports a character written as a reference in the front matter, on its line and column, naming the field', () => {
    const text = `---\ntitle: "Rapport&#x202E;fdp.exe"\ndate: "2024-01-10"\n---\n\nText om träffen.\n`;
    expect(places('meetings/2024-01-10-m.mdx', text)).toEqual([[2, 16, 'title']]);
    const [problem] = invisibleControl.check(fileOf('meetings/2024-01-10-m.mdx', text), NO_ALLOWLIST);
    expect(problem?.message).toBe(
      'texten innehåller ett osynligt tecken som vänder textens riktning (U+202E), skrivet som "&#x202E;", här: "Rapport&#x202E;fdp.exe". Tecknet syns inte, men det kan få texten att visas i en annan ordning än den är skriven. Ta bort tecknet: radera och skriv om ordet runt det (det följer ofta med när man klistrar in text).',
    );
    expect(places('meetings/2024-01-10-m.mdx', text.replaceAll('\n', '\r\n'))).toEqual([[2, 16, 'title']]);
    expect(
      checkEntryFile('content/meetings/2024-01-10-m.mdx', MEETING('summary: Läs Rapport&#8238;fdp.exe.\n'))
        .filter((found) => found.rule === 'invisible-control')
        .map((found) => [found.field, found.label, found.message.includes('skrivet som "&#8238;"')]),
    ).toEqual([['summary', 'Sammanfattning', true]]);
  });

  it('reports a reference by number or by name in a field of a list, a key and a comment of the YAML', () => {
    const text = MEETING(
      [
        '# Kommentar&#8203; överst',
        'speakers:',
        '  - name: Kim',
        '    role: Sam&ZeroWidthSpace;ordnare &#X2066;i regionen',
        'place&NoBreak;: Salen',
        '',
      ].join('\n'),
    );
    expect(places('meetings/2024-01-10-m.mdx', text)).toEqual([
      [4, 12, 'yaml'],
      [7, 14, 'speakers.0.role'],
      [7, 38, 'speakers.0.role'],
      [8, 6, 'place&NoBreak;'],
    ]);
    expect(places('sokord.yaml', 'groups:\n  - terms: [BVC, barn&#8203hälsovård]\n')).toEqual([
      [2, 22, 'groups.0.terms.1'],
    ]);
    expect(
      places('municipalities.yaml', '- id: norrby\n  name: Norrby\n- id: nassjo\n  name: Näss&#x200b;jö\n'),
    ).toEqual([[4, 13, '1.name']]);
    expect(places('site.yaml', 'title: Bästa &#x2060;platsen\n')).toEqual([[1, 14, 'title']]);
    expect(places('people/anna-andersson.yaml', 'name: Anna\ntitle: "Sam&#65279;ordnare"\n')).toEqual([
      [2, 12, 'title'],
    ]);
    const [problem] = invisibleControl.check(
      fileOf('people/anna-andersson.yaml', 'name: Anna\ntitle: "Sam&ZeroWidthSpace;ordnare i regionen"\n'),
      NO_ALLOWLIST,
    );
    expect(problem?.message).toContain(
      '(U+200B), skrivet som "&ZeroWidthSpace;", här: "Sam&ZeroWidthSpace;ordnare i regionen".',
    );
  });

  it('passes a reference to a character text uses, or to none of the refused', () => {
    const text = MEETING(
      'summary: "Barn&shy;hälso&#173;vård, Samira &lrm;Ali&rlm; &amp; &zwj;&zwnj; &#x200E &#xFFFFFFFF; &ZeroWidth;"\n',
    );
    expect(places('meetings/2024-01-10-m.mdx', text)).toEqual([]);
  });

  it('leaves a reference in the body to the body’s rules, which report it once and pass it in code', () => {
    const body = ['Skriv `&#x202E;` och `&ZeroWidthSpace;` så.', '', 'Näss&#x200B;jö kommun.', ''].join('\n');
    const text = MEETING('', body);
    expect(places('meetings/2024-01-10-m.mdx', text)).toEqual([]);
    const checked = fileOf('meetings/2024-01-10-m.mdx', text).body;
    expect(
      checked?.problems.filter((problem) => problem.rule === 'invisible-control').map((p) => [p.line, p.column]),
    ).toEqual([[8, 5]]);
  });

  it('reports each character once, however many there are on a line', () => {
    const text = MEETING(`summary: "a${ZWSP}b${ZWSP}c\\u200Bd"\n`, `e${ZWSP}f${RLO}g\n`);
    expect(places('meetings/2024-01-10-m.mdx', text)).toEqual([
      [4, 12, 'summary'],
      [4, 14, 'summary'],
      [4, 16, 'summary'],
      [7, 2, 'body'],
      [7, 4, 'body'],
    ]);
  });

  it('reads a file whose front matter cannot be read, naming the file', () => {
    expect(places('meetings/2024-01-10-m.mdx', `title: Träff${ZWSP}\n`)).toEqual([[1, 13, 'file']]);
  });

  it('passes a byte order mark before the file, and reports one inside it', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(places('site.yaml', Buffer.concat([bom, Buffer.from('title: Bästa platsen\n')]))).toEqual([]);
    expect(places('site.yaml', Buffer.concat([bom, Buffer.from('title: Bästa\ufeffplatsen\n')]))).toEqual([
      [1, 13, 'title'],
    ]);
  });

  it('passes the soft hyphen, the joiners and the direction marks, which text uses', () => {
    const text = MEETING(
      'summary: "Barn\u00adhälso\u00advård för familjen 👨\u200d👩\u200d👧 och Samira \u200fسميرة\u200e Ali"\n',
      'Barn\u00adhälso\u00advård, می\u200cخواهم och سميرة\u061c.\n',
    );
    expect(places('meetings/2024-01-10-m.mdx', text)).toEqual([]);
  });

  it('stops the web editor’s save too, naming the field by its label', () => {
    const text = MEETING(
      `summary: Teamen berättade om hur de får in mer rörelse${ZWSP} under skoldagen.\n`,
      `Näss${RLO}jö.\n`,
    );
    expect(
      checkEntryFile('content/meetings/2024-01-10-m.mdx', text)
        .filter((problem) => problem.rule === 'invisible-control')
        .map((problem) => problem.label),
    ).toEqual(['Sammanfattning', 'Texten']);
  });

  it('is reported once for each character by the whole validator, by this check or by the body’s rules', () => {
    const found = validateFixture('invisible-control')
      .problems.filter((problem) => problem.rule === 'invisible-control')
      .map((problem) => [problem.file.replace('content/', ''), problem.line, problem.column, problem.field]);
    const meeting = 'meetings/2024-06-01-klistrad.mdx';
    expect(found).toEqual([
      [meeting, 2, 20, 'title'],
      [meeting, 7, 29, 'summary'],
      [meeting, 7, 37, 'summary'],
      [meeting, 11, 15, 'speakers.1.role'],
      [meeting, 11, 24, 'speakers.1.role'],
      [meeting, 17, 14, 'body'],
      [meeting, 19, 11, 'body'],
      [meeting, 22, 6, 'body'],
      [meeting, 25, 18, 'body'],
      [meeting, 27, 42, 'body'],
      [meeting, 29, 24, 'body'],
      [meeting, 30, 24, 'body'],
      ['meetings/2024-06-03-koder.mdx', 2, 16, 'title'],
      ['meetings/2024-06-03-koder.mdx', 11, 14, 'speakers.1.role'],
      ['municipalities.yaml', 4, 14, '1.name'],
      ['people/bertil-berg.yaml', 2, 11, 'title'],
      ['sokord.yaml', 2, 22, 'groups.0.terms.1'],
      ['sokord.yaml', 4, 32, 'groups.1.terms.1'],
    ]);
  });
});
