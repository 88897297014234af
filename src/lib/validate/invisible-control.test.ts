import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { controlCharacter, controlContext, controlMessage, findControls, showControls } from './invisible-control.ts';
import { INVISIBLE_CHARACTERS } from '../content/invisible-characters.ts';

/** Every character the rule refuses, by its code. */
const REFUSED = [
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200b, 0x2060, 0xfeff,
  // Invisible operators, the Mongolian vowel separator and the Hangul fillers: nothing shown, a word split.
  0x2061, 0x2062, 0x2063, 0x2064, 0x180e, 0x115f, 0x1160, 0x3164, 0xffa0,
].map((code) => String.fromCharCode(code));

describe('findControls', () => {
  it.each(REFUSED.map((char) => [showControls(char), char]))('finds %s, with its line and column', (_, char) => {
    const found = findControls(`Första raden\nNäss${char}jö`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ written: char, offset: 17, lineOffset: 1, column: 4 });
    expect(found[0]?.code).toMatch(/^U\+[0-9A-F]{4}$/);
  });

  it('names each in Swedish, by what it does and its code', () => {
    expect(controlCharacter('\u202e')).toEqual({
      code: 'U+202E',
      kind: 'direction',
      name: 'ett osynligt tecken som vänder textens riktning (U+202E)',
    });
    expect(controlCharacter('\u2069')?.name).toBe('ett osynligt tecken som avslutar en ändrad textriktning (U+2069)');
    expect(controlCharacter('\u200b')).toEqual({
      code: 'U+200B',
      kind: 'zero-width',
      name: 'ett osynligt mellanslag (U+200B)',
    });
    expect(controlCharacter('\ufeff')?.name).toBe('ett osynligt tecken som binder ihop ord (U+FEFF)');
    for (const char of REFUSED) expect(controlCharacter(char)?.name, showControls(char)).toMatch(/^ett osynligt /);
  });

  it.each([
    ['a soft hyphen in a compound', 'barn\u00adhälso\u00advård'],
    ['a zero-width joiner in an emoji sequence', 'Familjen 👨\u200d👩\u200d👧 kom'],
    ['a zero-width non-joiner', 'می\u200cخواهم'],
    ['left-to-right and right-to-left marks around a name', 'Samira \u200fسميرة\u200e Ali'],
    ['an Arabic letter mark', 'سميرة\u061c 2024'],
    ['the other spaces: no-break, narrow no-break, thin', 'Kl.\u00a013\u202f00\u2009–\u200914'],
    ['the separators just outside the ranges', '\u2029\u202f\u2065\u206a\u200a\u205f'],
  ])('leaves alone %s', (_, text) => {
    expect(findControls(text)).toEqual([]);
    expect(findControls(text, { references: true })).toEqual([]);
  });

  it('finds every one of several, in order, each on its own line and column', () => {
    const found = findControls('a\u200bb\u200bc\n\nd\u202e\u202ce\r\n\ufeff');
    expect(found.map((item) => [item.code, item.lineOffset, item.column])).toEqual([
      ['U+200B', 0, 1],
      ['U+200B', 0, 3],
      ['U+202E', 2, 1],
      ['U+202C', 2, 2],
      ['U+FEFF', 3, 0],
    ]);
  });

  it('finds a character written as an entity, by number or by name, only when asked to', () => {
    const text = 'Rapport&#x202E;fdp.exe\nNäss&#8203;jö &ZeroWidthSpace; &NoBreak; &#X2066 x &#x0000feff;';
    expect(findControls(text)).toEqual([]);
    const found = findControls(text, { characters: false, references: true });
    expect(found.map((item) => [item.written, item.code, item.lineOffset, item.column])).toEqual([
      ['&#x202E;', 'U+202E', 0, 7],
      ['&#8203;', 'U+200B', 1, 4],
      ['&ZeroWidthSpace;', 'U+200B', 1, 14],
      ['&NoBreak;', 'U+2060', 1, 31],
      ['&#X2066', 'U+2066', 1, 41],
      ['&#x0000feff;', 'U+FEFF', 1, 51],
    ]);
  });

  it('reads both forms together in the order they are written', () => {
    const found = findControls('&#x202e;a\u200bb', { references: true });
    expect(found.map((item) => item.written)).toEqual(['&#x202e;', '\u200b']);
  });

  it('leaves alone an entity for an allowed character, a longer number, and an escaped ampersand', () => {
    const text = '&shy; &zwj; &zwnj; &lrm; &rlm; &#x200D; &#8204; &#x202E0; &#82380; &amp;#x202E; &Zero; &#x110000;';
    expect(findControls(text, { references: true })).toEqual([]);
  });

  it('knows every name HTML gives a refused character (as the entities package decodes them)', () => {
    for (const name of [
      'ZeroWidthSpace',
      'NegativeVeryThinSpace',
      'NegativeThinSpace',
      'NegativeMediumSpace',
      'NegativeThickSpace',
      'NoBreak',
    ]) {
      const [found] = findControls(`&${name};`, { references: true });
      expect(found?.code, name).toBe(controlCharacter(decodeHTML(`&${name};`))?.code);
    }
  });

  it('refuses only characters that the personnummer and scheme scans also see through', () => {
    const invisible = new RegExp(`^[${INVISIBLE_CHARACTERS}]$`, 'u');
    for (const char of REFUSED) expect(invisible.test(char), showControls(char)).toBe(true);
  });

  it('places each of thousands on long lines', () => {
    const text = `${'ord\u200b'.repeat(10_000)}\n`.repeat(3);
    const found = findControls(text);
    expect(found).toHaveLength(30_000);
    expect(found[10_000]).toMatchObject({ lineOffset: 1, column: 3 });
    expect(found.at(-1)).toMatchObject({ lineOffset: 2, column: 39_999 });
  });
});

describe('what is said of one', () => {
  it('shows each by its code, never the character itself', () => {
    expect(showControls('Rapport\u202efdp.exe och Näss\u200bjö')).toBe('Rapport[U+202E]fdp.exe och Näss[U+200B]jö');
  });

  it('gives the words around it on its line', () => {
    const text =
      'Första raden\nHär står en lång text om Rapport\u202efdp.exe som någon klistrade in från ett mejl\nSista';
    const [found] = findControls(text);
    expect(showControls(controlContext(text, found!))).toBe(
      'står en lång text om Rapport[U+202E]fdp.exe som någon klistrade',
    );
    const short = 'Kort: Näss\u200bjö\r\n';
    expect(showControls(controlContext(short, findControls(short)[0]!))).toBe('Kort: Näss[U+200B]jö');
  });

  it('stops the words at markup when asked to, so that only the text the character stands in is shown', () => {
    const html = '<li><a href="/x/" title="Näss\u200bjö">Nässjö</a></li>';
    const [found] = findControls(html);
    expect(showControls(controlContext(html, found!, '<>"'))).toBe('Näss[U+200B]jö');
    expect(showControls(controlContext(html, found!))).toBe('<li><a href="/x/" title="Näss[U+200B]jö">Nässjö</a></li>');
  });

  it('says what it is, that it is invisible, what it does and how to take it away', () => {
    const [found] = findControls('Näss\u200bjö');
    const message = controlMessage(found!, 'Näss\u200bjö');
    expect(message).toBe(
      'texten innehåller ett osynligt mellanslag (U+200B) här: "Näss[U+200B]jö". Tecknet syns inte, men det kan göra att ordet inte hittas när någon söker eller filtrerar. Ta bort tecknet: radera och skriv om ordet runt det (det följer ofta med när man klistrar in text).',
    );
    const [turned] = findControls('Rapport&#x202E;fdp.exe', { references: true });
    expect(controlMessage(turned!, 'Rapport&#x202E;fdp.exe')).toMatch(
      /^texten innehåller ett osynligt tecken som vänder textens riktning \(U\+202E\), skrivet som "&#x202E;", här: "Rapport&#x202E;fdp\.exe"\. Tecknet syns inte, men det kan få texten att visas i en annan ordning än den är skriven\. Ta bort tecknet/,
    );
  });
});
