/**
 * Invisible characters that have no place in the content: the controls that change the direction
 * of text (the embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the "Trojan
 * Source" characters: `Rapport\u202efdp.exe` shows as "Rapportexe.pdf", so a reviewer reads
 * something other than what visitors see), and the zero-width space U+200B, the word joiner U+2060
 * and the zero-width no-break space U+FEFF (a byte order mark inside a text), which show nothing and
 * break search and filters ("Nässjö" with a zero-width space inside is another word), and the other
 * characters that show nothing and have no use in Swedish text: the invisible operators
 * U+2061–U+2064, the Mongolian vowel separator U+180E and the Hangul fillers U+115F, U+1160, U+3164
 * and U+FFA0. They come with text pasted from elsewhere.
 *
 * Left alone, since ordinary text uses them: the soft hyphen U+00AD (where a long Swedish compound
 * may break), the zero-width joiner and non-joiner U+200D and U+200C (emoji sequences, some
 * scripts), and the direction marks LRM U+200E, RLM U+200F and ALM U+061C (a name in Arabic or
 * Hebrew among Swedish words). A U+FEFF that begins a file is its byte order mark, dropped by the
 * readers (encoding.ts for the content; the last wall's reader for the built files), never seen here.
 *
 * Not the list of ../content/invisible-characters.ts (`INVISIBLE_CHARACTERS`): that one is every
 * character that shows nothing, removed before a personnummer or a scheme is looked for, the soft
 * hyphen and the marks too; this one is what is refused. Every character here is in that list (a test holds it), so
 * none of them hides a personnummer or a scheme either.
 *
 * One rule for both walls: the validator refuses them in every content file, on the line and column
 * they are written (checks/invisible-control.ts, a character written as a reference in the YAML too,
 * and body/index.ts for one written as a reference in the body, outside code), and the last wall in
 * every text of the built site (src/lib/build/output-check.ts).
 */

/** The character class of what is refused (see the top of this module). */
const REFUSED = '\\u202a-\\u202e\\u2066-\\u2069\\u200b\\u2060-\\u2064\\ufeff\\u180e\\u115f\\u1160\\u3164\\uffa0';
const ANY_REFUSED = new RegExp(`[${REFUSED}]`);
/** Each one in a text (matchAll and replace start from the beginning with a global pattern). */
const EVERY_REFUSED = new RegExp(`[${REFUSED}]`, 'g');

/**
 * A character reference, as HTML reads one (and Markdown, with its semicolon): by number, decimal
 * or hexadecimal (a browser reads one without its semicolon too), or by name.
 */
const REFERENCE =
  /&(?:#[xX]([0-9a-fA-F]{1,8})(?![0-9a-fA-F])|#([0-9]{1,10})(?![0-9])|([A-Za-z][A-Za-z0-9]{1,31})(?=;));?/g;

/**
 * HTML's named references to a refused character (the bidi controls and U+FEFF have none; the
 * marks `&lrm;`, `&rlm;`, `&zwj;`, `&zwnj;` and `&shy;` are allowed). A test checks each against
 * the `entities` package's table.
 */
const NAMED: Readonly<Record<string, string>> = {
  ZeroWidthSpace: '\u200b',
  NegativeVeryThinSpace: '\u200b',
  NegativeThinSpace: '\u200b',
  NegativeMediumSpace: '\u200b',
  NegativeThickSpace: '\u200b',
  NoBreak: '\u2060',
};

/** What a refused character does: turns text around, or hides inside a word. */
export type ControlKind = 'direction' | 'zero-width';

/** A refused character, as messages name it. */
export interface ControlCharacter {
  /** `U+202E`: how the character is shown, never the character itself. */
  code: string;
  kind: ControlKind;
  /** In Swedish, with its code: "ett osynligt tecken som vänder textens riktning (U+202E)". */
  name: string;
}

/** A refused character found in a text. */
export interface FoundControl extends ControlCharacter {
  /** As written: the character itself, or a character reference (`&#x202E;`). */
  written: string;
  /** Where it is written in the text (0-based). */
  offset: number;
  /** How many line breaks stand before it in the text. */
  lineOffset: number;
  /** Where it starts in its line (0-based, in UTF-16 code units as a column is counted elsewhere). */
  column: number;
}

const DIRECTION_NAMES: Readonly<Record<string, string>> = {
  '\u202a': 'ändrar textens riktning',
  '\u202b': 'ändrar textens riktning',
  '\u202c': 'avslutar en ändrad textriktning',
  '\u202d': 'tvingar textens riktning',
  '\u202e': 'vänder textens riktning',
  '\u2066': 'ändrar textens riktning',
  '\u2067': 'ändrar textens riktning',
  '\u2068': 'ändrar textens riktning',
  '\u2069': 'avslutar en ändrad textriktning',
};

/**
 * The refused character `char` is, or undefined for any other character.
 * @example controlCharacter('\u202e')?.name // 'ett osynligt tecken som vänder textens riktning (U+202E)'
 * @example controlCharacter('\u00ad') // undefined
 */
export function controlCharacter(char: string): ControlCharacter | undefined {
  if (char.length !== 1 || !ANY_REFUSED.test(char)) return undefined;
  const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const direction = DIRECTION_NAMES[char];
  if (direction) return { code, kind: 'direction', name: `ett osynligt tecken som ${direction} (${code})` };
  const name =
    char === '\u200b'
      ? 'ett osynligt mellanslag'
      : char === '\u2060' || char === '\ufeff'
        ? 'ett osynligt tecken som binder ihop ord'
        : 'ett osynligt tecken';
  return { code, kind: 'zero-width', name: `${name} (${code})` };
}

/** Which forms to look for: the characters as they stand, character references, or both. */
export interface ControlForms {
  /** The characters themselves (default true). */
  characters?: boolean;
  /**
   * Character references that stand for one (`&#x202E;`, `&#8203;`, `&ZeroWidthSpace;`), for a text
   * that HTML or Markdown will decode (default false).
   */
  references?: boolean;
}

/**
 * The refused characters in a text, each with its place (see the top of this module).
 * @example findControls('Rapport\u202efdp.exe')[0]?.column // 7
 * @example findControls('Rapport&#x202E;fdp.exe', { references: true })[0]?.written // '&#x202E;'
 */
export function findControls(text: string, forms: ControlForms = {}): FoundControl[] {
  const characters = forms.characters ?? true;
  const references = (forms.references ?? false) && text.includes('&');
  // Most texts hold none: one test, then nothing else.
  if (!(characters && ANY_REFUSED.test(text)) && !references) return [];
  const hits: Array<[offset: number, written: string, control: ControlCharacter]> = [];
  if (characters) {
    for (const match of text.matchAll(EVERY_REFUSED)) {
      hits.push([match.index, match[0], controlCharacter(match[0])!]);
    }
  }
  if (references) {
    for (const match of text.matchAll(REFERENCE)) {
      const char = referenced(match[1], match[2], match[3]);
      const control = char === undefined ? undefined : controlCharacter(char);
      if (control) hits.push([match.index, match[0], control]);
    }
    if (characters) hits.sort((a, b) => a[0] - b[0]);
  }
  // The lines are counted once, up to each place in turn (a text may hold thousands).
  const found: FoundControl[] = [];
  let lineOffset = 0;
  let lineStart = 0;
  let lineBreak = text.indexOf('\n');
  for (const [offset, written, control] of hits) {
    while (lineBreak !== -1 && lineBreak < offset) {
      lineOffset++;
      lineStart = lineBreak + 1;
      lineBreak = text.indexOf('\n', lineStart);
    }
    found.push({ ...control, written, offset, lineOffset, column: offset - lineStart });
  }
  return found;
}

/** The character a reference stands for, or undefined (a name that is not one of NAMED, a number past Unicode). */
function referenced(
  hex: string | undefined,
  decimal: string | undefined,
  name: string | undefined,
): string | undefined {
  if (name !== undefined) return NAMED[name];
  const code = hex !== undefined ? parseInt(hex, 16) : parseInt(decimal ?? '', 10);
  return code > 0 && code <= 0xffff ? String.fromCharCode(code) : undefined;
}

/**
 * A text with every refused character shown by its code in brackets, so that a message or a log
 * shows it and nothing in it turns the text around.
 * @example showControls('Rapport\u202efdp.exe') // 'Rapport[U+202E]fdp.exe'
 */
export function showControls(text: string): string {
  return text.replace(EVERY_REFUSED, (char) => `[${controlCharacter(char)!.code}]`);
}

/**
 * The words around a place in a text, on its line: what the problem shows so that the character
 * can be found (raw; show it with `showControls`).
 * @param found where (and how long) the character is written
 * @param stops characters that end the words on either side (`<>"` in markup, so that only the
 *   text or attribute value the character stands in is shown)
 */
export function controlContext(text: string, found: Pick<FoundControl, 'offset' | 'written'>, stops = ''): string {
  const lineStart = text.lastIndexOf('\n', found.offset - 1) + 1;
  const next = text.indexOf('\n', found.offset);
  const lineEnd = next === -1 ? text.length : next;
  const end = found.offset + found.written.length;
  // About thirty characters either side, without a word cut in two.
  const from = Math.max(lineStart, found.offset - 30);
  const to = Math.min(lineEnd, end + 30);
  let before = text.slice(from, found.offset);
  let after = text.slice(end, to);
  const stop = Math.max(...[...stops].map((char) => before.lastIndexOf(char)));
  if (stop >= 0) before = before.slice(stop + 1);
  else if (from > lineStart) before = before.replace(/^\S*\s+(?=\S)/, '');
  const cut = Math.min(...[...stops].map((char) => after.indexOf(char)).filter((index) => index !== -1));
  if (cut !== Infinity) after = after.slice(0, cut);
  else if (to < lineEnd) after = after.replace(/\s+\S*$/, '');
  return `${before}${found.written}${after}`.trim();
}

/**
 * What the validator says of a refused character in the content: what it is, where, what it does
 * and how to take it away.
 * @param context the words around it, as written (controlContext)
 */
export function controlMessage(found: ControlCharacter & { written: string }, context: string): string {
  const written = found.written.length > 1 ? `, skrivet som "${found.written}",` : '';
  const effect =
    found.kind === 'direction'
      ? 'det kan få texten att visas i en annan ordning än den är skriven'
      : 'det kan göra att ordet inte hittas när någon söker eller filtrerar';
  return `texten innehåller ${found.name}${written} här: "${showControls(context)}". Tecknet syns inte, men ${effect}. Ta bort tecknet: radera och skriv om ordet runt det (det följer ofta med när man klistrar in text).`;
}
