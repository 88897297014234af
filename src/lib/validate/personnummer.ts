/**
 * Finds Swedish personal identity numbers in text, so that none is published by mistake. Only
 * numbers that pass the date and check-digit tests are reported, so phone numbers, dates and
 * amounts are left alone.
 */
import Personnummer from 'personnummer';

/** Rule id for a personnummer found in a text; documented in `content/README.md`. */
export const PERSONNUMMER_RULE = 'personnummer';

/**
 * A possible number: an optional century (18, 19 or 20, possibly followed by a space), six digits
 * for the date, an optional separator (hyphen, plus, an en dash or non-breaking hyphen from a word
 * processor, or a space, with a space either side allowed) and four digits, not inside a longer run
 * of digits.
 */
const CANDIDATE =
  /(?<!\d)(?:(1[89]|20)[ \u00a0]?)?(\d{6})(?:[ \u00a0]?([-+\u2010\u2011\u2013])[ \u00a0]?|[ \u00a0])?(\d{4})(?!\d)/g;

const OPTIONS = { allowCoordinationNumber: true, allowInterimNumber: false };

/**
 * Every valid personnummer or samordningsnummer in `text`, where it starts and in its 12-digit form,
 * so the validator can point at it without repeating it in full anywhere else.
 * @param text any text (a whole file, or one field)
 * @returns the numbers in order; `line` and `column` are 1-based and point at the first digit
 */
export function findPersonnummer(
  text: string,
): Array<{ line: number; column: number; raw: string; normalized: string }> {
  const found: Array<{ line: number; column: number; raw: string; normalized: string }> = [];
  CANDIDATE.lastIndex = 0;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (let match = CANDIDATE.exec(text); match !== null; match = CANDIDATE.exec(text)) {
    const [raw, century = '', date, separator, serial] = match as unknown as [
      string,
      string | undefined,
      string,
      string | undefined,
      string,
    ];
    let offset = 0;
    let normalized = normalize(century, date, separator, serial);
    // "19 811218-9876" with an invalid century: the ten digits after the space stand on their own.
    if (normalized === undefined && century && raw[2] !== date[0]) {
      offset = 3;
      normalized = normalize('', date, separator, serial);
    }
    if (normalized === undefined) continue;
    const start = match.index + offset;
    ({ line, lineStart, scanned } = advance(text, start, line, lineStart, scanned));
    found.push({ line, column: start - lineStart + 1, raw: raw.slice(offset), normalized });
  }
  return found;
}

/** The 12-digit form when the parts make a valid number, else undefined. */
function normalize(century: string, date: string, separator: string | undefined, serial: string): string | undefined {
  const sign = separator === '+' ? '+' : century ? '' : '-';
  try {
    return Personnummer.parse(`${century}${date}${sign}${serial}`, OPTIONS).format(true);
  } catch {
    return undefined;
  }
}

/** Moves the line counter forward to `offset`; matches come in order, so each character is seen once. */
function advance(
  text: string,
  offset: number,
  line: number,
  lineStart: number,
  scanned: number,
): { line: number; lineStart: number; scanned: number } {
  for (let i = text.indexOf('\n', scanned); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, lineStart, scanned: offset };
}
