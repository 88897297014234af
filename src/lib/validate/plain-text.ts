/**
 * A text as a reader sees it, for the personnummer scan (personnummer.ts): every way of writing a
 * digit, a dash or nothing at all is made plain, and every position in the plain text leads back to
 * where it is written, so a problem still names the right line and column.
 *
 * Made plain: HTML entities (`&#49;`, `&#x2D;`, `&nbsp;`, `&shy;`), percent-encoding (`%31`,
 * `%E2%80%93`), YAML and JSON escapes (`\x2D`, `\u2013`, `\_`, `\t`, `\n`, `\/`), a Markdown
 * backslash before `-`, `+`, `.`, `/` or `:`, every digit of every script (full-width `１`,
 * Arabic-Indic `١`, …) and every character that stands for a digit (superscript `⁸`, subscript `₈`,
 * circled `⑧`: a digit in Unicode's compatibility form) to 0–9, every dash and minus
 * sign to `-`, a full-width plus to `+`, and invisible characters (soft hyphen, zero-width space and
 * joiners, word joiner, byte order mark) removed. Spaces of every kind (no-break, narrow no-break,
 * figure space, tab, line break) are left as they are: the scan's pattern takes any of them (`\s`).
 */
import { INVISIBLE_CHARACTERS } from '../content/invisible-characters.ts';

/** The plain text and the way back to the text as written. */
export interface PlainText {
  text: string;
  /** The offset in the written text where the character at `offset` of the plain text comes from. */
  source(offset: number): number;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  nbsp: '\u00a0',
  shy: '\u00ad',
  ndash: '\u2013',
  mdash: '\u2014',
  minus: '\u2212',
  hyphen: '\u2010',
  dash: '\u2010',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  numsp: '\u2007',
  puncsp: '\u2008',
  hairsp: '\u200a',
  zwsp: '\u200b',
  zwnj: '\u200c',
  zwj: '\u200d',
  nobreak: '\u2060',
  tab: '\t',
  newline: '\n',
  plus: '+',
};

/** YAML's escapes by their letter (and JSON's `\t`, `\n`, `\r`), as the characters they stand for. */
const ESCAPES: Record<string, string> = {
  _: '\u00a0',
  N: '\u0085',
  t: '\t',
  n: '\n',
  r: '\r',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
};

/**
 * What is rewritten: an entity, a run of percent-escapes, an escape, or one character to make plain
 * (a character outside the Basic Multilingual Plane, such as a mathematical digit, is one surrogate
 * pair; spelled out rather than with the `u` flag, which made the scan of every text twice as slow).
 */
const WRITTEN =
  /&(?:#[xX][0-9a-fA-F]{1,6};?|#\d{1,7};?|[A-Za-z]{2,8};)|(?:%[0-9a-fA-F]{2})+|\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[_NtnrLP ]|(?=[-+./:]))|[\ud800-\udbff][\udc00-\udfff]|[^\s\x21-\x7e\u00c0-\u017f]/g;

/** One character's percent-escapes in UTF-8: one to four bytes. */
const UTF8_CHARACTER =
  /%[0-7][0-9a-f]|%[c-d][0-9a-f]%[89ab][0-9a-f]|%e[0-9a-f](?:%[89ab][0-9a-f]){2}|%f[0-7](?:%[89ab][0-9a-f]){3}/gi;

const INVISIBLE = new RegExp(`[${INVISIBLE_CHARACTERS}]`, 'u');
const DASH = /[\p{Pd}\u2212\u2043\u02d7\u2796\ufe63\uff0d]/u;
const DIGIT = /\p{Nd}/u;

/**
 * The text made plain (see the top of this module).
 * @example scanText('19121212&ndash;1212').text // '19121212-1212'
 */
export function scanText(written: string): PlainText {
  const outStarts: number[] = [];
  const srcStarts: number[] = [];
  /** Whether a segment is a rewrite (every offset in it leads to the start of what was written). */
  const rewritten: boolean[] = [];
  let text = '';
  let last = 0;
  WRITTEN.lastIndex = 0;
  for (let match = WRITTEN.exec(written); match !== null; match = WRITTEN.exec(written)) {
    const plain = plainOf(match[0]);
    if (plain === match[0]) continue;
    if (match.index > last) {
      outStarts.push(text.length);
      srcStarts.push(last);
      rewritten.push(false);
      text += written.slice(last, match.index);
    }
    outStarts.push(text.length);
    srcStarts.push(match.index);
    rewritten.push(true);
    text += plain;
    last = match.index + match[0].length;
  }
  if (outStarts.length === 0) return { text: written, source: (offset) => offset };
  outStarts.push(text.length);
  srcStarts.push(last);
  rewritten.push(false);
  text += written.slice(last);
  return {
    text,
    source(offset) {
      let low = 0;
      let high = outStarts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((outStarts[mid] ?? 0) <= offset) low = mid;
        else high = mid - 1;
      }
      const start = srcStarts[low] ?? 0;
      return rewritten[low] ? start : start + offset - (outStarts[low] ?? 0);
    },
  };
}

/** The plain form of what WRITTEN matched; a text repeats a few (`–`, `”`, `&amp;`), so each is made plain once. */
const PLAIN = new Map<string, string>();

function plainOf(written: string): string {
  let plain = PLAIN.get(written);
  if (plain === undefined) {
    plain = plainChars(decode(written));
    if (written.length > 16) return plain;
    if (PLAIN.size >= 10_000) PLAIN.clear();
    PLAIN.set(written, plain);
  }
  return plain;
}

/** What an entity, escape or percent-run stands for; anything else as it is. */
function decode(written: string): string {
  if (written.startsWith('&')) {
    const body = written.slice(1).replace(/;$/, '');
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : written;
    }
    return ENTITIES[body.toLowerCase()] ?? written;
  }
  if (written.startsWith('%')) {
    try {
      return decodeURIComponent(written);
    } catch {
      // Not all UTF-8: each escaped character that is still stands for itself.
      return written.replace(UTF8_CHARACTER, (escaped) => {
        try {
          return decodeURIComponent(escaped);
        } catch {
          return escaped;
        }
      });
    }
  }
  if (written.startsWith('\\')) {
    if (written === '\\') return '';
    const named = ESCAPES[written[1] ?? ''];
    if (named !== undefined) return named;
    return String.fromCodePoint(parseInt(written.slice(2), 16));
  }
  return written;
}

/** Each character made plain: digits to 0–9, dashes to `-`, invisible characters removed. */
function plainChars(decoded: string): string {
  let out = '';
  for (const char of decoded) {
    if (INVISIBLE.test(char)) continue;
    if (char === '\uff0b') out += '+';
    else if (DASH.test(char)) out += '-';
    else if (DIGIT.test(char)) out += char < '0' || char > '9' ? digitValue(char) : char;
    else out += compatibilityDigit(char) ?? char;
  }
  return out;
}

/**
 * The digit a character stands for in Unicode's compatibility form (superscript `⁸`, subscript `₈`,
 * circled `⑧`), or undefined.
 * @example compatibilityDigit('⁸') // '8'
 */
function compatibilityDigit(char: string): string | undefined {
  const compatible = char.normalize('NFKC');
  return compatible.length === 1 && compatible >= '0' && compatible <= '9' ? compatible : undefined;
}

/** A decimal digit's value: Unicode lays each script's digits out as a run from zero to nine. */
function digitValue(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  let start = code;
  while (DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}
