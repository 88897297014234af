/**
 * Finds Swedish personal identity numbers in text, so that none is published by mistake. Only
 * numbers that pass the date and check-digit tests are reported, so phone numbers, dates and
 * amounts are left alone.
 *
 * The text is first made plain (plain-text.ts): a number written with a minus sign, an em dash, a
 * soft hyphen or zero-width space inside, full-width, superscript or circled digits, HTML entities,
 * percent-encoding (in a link), YAML escapes, a line break between its parts, or with `.`, `/`, `_` or
 * `:` as its separator is found as readily as `811218-9876`. Ten or twelve digits
 * grouped as a phone number is (`81 12 18 98 76`) are found too, with `form: 'grouped'`.
 *
 * The one scan and the one allowlist of the project: the validator scans every content file with
 * `unallowedPersonnummer(text, allowlist, file)`, and the build scans every built page with
 * `unallowedPersonnummer(text, allowlist)`, with the same allowlist (`content/personnummer-allowlist.yaml`,
 * parsed once by the validator and handed to the build in its verdict). Better detection belongs in
 * `findPersonnummer`, so both gain it.
 *
 * The allowlist is about numbers: an entry says that this number (a test number, say) has been
 * reviewed and may be published. Its `file` narrows where the number may be written in the content,
 * so a reviewed number cannot spread to other files unnoticed. It does not narrow where the number
 * may show in the built site: what one file holds is shown on many pages (its own page, the cards on
 * lists, hubs and filter pages, the reports that name a team, e-mail editions and feeds), and a page
 * cannot be traced back to the files behind it. The content scan has already made sure that every
 * number in the content is in the allowlist for its file, so in the output a number is allowed when
 * any entry holds it.
 */
import Personnummer from 'personnummer';
import { scanText, type PlainText } from './plain-text.ts';
import type { RuleId } from './rules.ts';

/** Rule id for a personnummer found in a text; documented in `content/README.md`. */
export const PERSONNUMMER_RULE = 'personnummer' satisfies RuleId;

/**
 * A possible number, in the plain text (plain-text.ts: every dash is `-`, every digit 0–9): an
 * optional century (18, 19 or 20, possibly followed by a space), six digits for the date, an optional
 * separator (`-` or `+`, or the `.`, `/`, `_` or `:` a case number or a file name may use, with
 * spaces either side; or spaces of any kind alone: a line break and the next line's indentation too;
 * up to eight) and four digits, not inside a longer run of digits.
 */
const CANDIDATE = /(?<!\d)(?:(1[89]|20)\s?)?(\d{6})(?:\s{0,8}([-+./_:])\s{0,8}|\s{1,8})?(\d{4})(?!\d)/g;

/**
 * Digits in groups, as a phone number is written (`070-123 45 67`, `81 12 18 98 76`): groups joined
 * by a `-` or by spaces. Ten or twelve digits in all can hide a personnummer in another grouping.
 */
const GROUPED = /(?<![\d+])\d+(?:(?:[^\S\n]{0,2}-[^\S\n]{0,2}|[^\S\n]{1,2})\d+)+(?![\d])/g;

const OPTIONS = { allowCoordinationNumber: true, allowInterimNumber: false };

/** A number found in a text. */
export interface FoundPersonnummer {
  /** 1-based line and column of the first digit. */
  line: number;
  column: number;
  /** As written, with its digits and dashes made plain (see plain-text.ts). */
  raw: string;
  /** The 12-digit form. */
  normalized: string;
  /**
   * `number` when written as a personnummer (date, separator, serial); `grouped` when its digits
   * are grouped otherwise, as a phone number is (the message then says how to write a phone number).
   */
  form: 'number' | 'grouped';
}

/** One reviewed exception of `content/personnummer-allowlist.yaml` (its schema is the validator's). */
export interface AllowlistEntry {
  /** The number as written, digits only or with separator, with or without the century. */
  number: string;
  /** The content file it may be written in, relative to content/; every file when left out. */
  file?: string | undefined;
  /** Why this number may be published. */
  reason: string;
}

/**
 * The personnummer in `text` that the allowlist does not hold: what may not be published.
 * @param text a content file, or the text of a built page
 * @param allowlist the reviewed exceptions
 * @param file the content file the text is, relative to content/; left out for built output, where
 *   a number is allowed when any entry holds it (see the top of this module)
 * @example unallowedPersonnummer('Testnummer 121212-1212', [{ number: '19121212-1212', reason: 'test' }]) // []
 */
export function unallowedPersonnummer(
  text: string,
  allowlist: readonly AllowlistEntry[],
  file?: string,
): FoundPersonnummer[] {
  return unallowed(findPersonnummer(text), allowlist, file);
}

/**
 * For a built page's text, one text node or attribute value a line: the unallowed numbers of the
 * text (`lines`), and those of the text with every line break read as a space (`joined`: what
 * `unallowedPersonnummer(text.replaceAll('\n', ' '), allowlist)` finds, so a number split by markup
 * is whole again), from one reading of the text.
 */
export function unallowedPersonnummerAcrossLines(
  text: string,
  allowlist: readonly AllowlistEntry[],
): { lines: FoundPersonnummer[]; joined: FoundPersonnummer[] } {
  const { lines, joined } = scan(text, true);
  return { lines: unallowed(lines, allowlist), joined: unallowed(joined ?? [], allowlist) };
}

function unallowed(found: FoundPersonnummer[], allowlist: readonly AllowlistEntry[], file?: string) {
  if (found.length === 0 || allowlist.length === 0) return found;
  return found.filter((hit) => {
    const number = tenDigits(hit.normalized);
    return !allowlist.some(
      (entry) =>
        tenDigits(entry.number) === number && (file === undefined || entry.file === undefined || entry.file === file),
    );
  });
}

/**
 * The number with its last four digits hidden, so that a report does not repeat it in full.
 * @example maskPersonnummer('121212-1212') // '121212-XXXX'
 */
export function maskPersonnummer(raw: string): string {
  const digits = raw.replace(/\D/g, '').length;
  let seen = 0;
  // The last four digits, wherever the grouping puts them.
  return raw.replace(/\d/g, (digit) => (++seen > digits - 4 ? 'X' : digit));
}

/** A number's ten digits without the century (the century is not always written). */
function tenDigits(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length === 12 ? digits.slice(2) : digits;
}

/**
 * Every valid personnummer or samordningsnummer in `text`, where it starts and in its 12-digit form,
 * so the validator can point at it without repeating it in full anywhere else.
 * @param text any text (a whole file, or one field)
 * @returns the numbers in order; `line` and `column` are 1-based and point at the first digit
 */
export function findPersonnummer(text: string): FoundPersonnummer[] {
  return scan(text, false).lines;
}

interface Hit {
  /** Offsets in the plain text. */
  start: number;
  end: number;
  raw: string;
  normalized: string;
  form: FoundPersonnummer['form'];
}

/**
 * The numbers of `text`; with `acrossLines` also those of the text with each line break a space, as
 * `findPersonnummer(text.replaceAll('\n', ' '))` finds them. Only the grouped pattern tells a line
 * break from a space (`\s` in the number's pattern takes both), so the text is made plain and its
 * numbers written as numbers found once; only the grouped numbers are looked for again.
 */
function scan(text: string, acrossLines: boolean): { lines: FoundPersonnummer[]; joined?: FoundPersonnummer[] } {
  const plain = scanText(text);
  const numbers = numberHits(plain.text);
  const lines = located(text, plain, [...numbers, ...groupedHits(plain.text, numbers)]);
  if (!acrossLines) return { lines };
  // The line breaks as written become spaces; one a rewrite made (`&#10;`) stays, as it would in the text.
  const joinedText = plain.text.replace(/\n/g, (_, offset: number) =>
    text[plain.source(offset)] === '\n' ? ' ' : '\n',
  );
  const joinedHits = [
    ...numbers.map((hit) => ({ ...hit, raw: joinedText.slice(hit.start, hit.end) })),
    ...groupedHits(joinedText, numbers),
  ].sort((a, b) => a.start - b.start);
  // The joined text has no line break as written: every number is on its first line.
  const joined = joinedHits.map((hit) => {
    const start = plain.source(hit.start);
    return { line: 1, column: start + 1, raw: hit.raw, normalized: hit.normalized, form: hit.form };
  });
  return { lines, joined };
}

/** The numbers written as numbers (date, separator, serial). */
function numberHits(plain: string): Hit[] {
  const hits: Hit[] = [];
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(plain); match !== null; match = CANDIDATE.exec(plain)) {
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
      offset = raw.indexOf(date, 2);
      normalized = normalize('', date, separator, serial);
    }
    if (normalized === undefined) continue;
    const start = match.index + offset;
    hits.push({ start, end: match.index + raw.length, raw: raw.slice(offset), normalized, form: 'number' });
  }
  return hits;
}

/** The numbers whose digits are grouped otherwise, where no number written as a number is. */
function groupedHits(plain: string, numbers: readonly Hit[]): Hit[] {
  const hits: Hit[] = [];
  GROUPED.lastIndex = 0;
  for (let match = GROUPED.exec(plain); match !== null; match = GROUPED.exec(plain)) {
    const start = match.index;
    const end = start + match[0].length;
    if (numbers.some((hit) => hit.start < end && start < hit.end)) continue;
    const digits = match[0].replace(/\D/g, '');
    const normalized =
      digits.length === 10
        ? normalize('', digits.slice(0, 6), undefined, digits.slice(6))
        : digits.length === 12 && /^(1[89]|20)/.test(digits)
          ? normalize(digits.slice(0, 2), digits.slice(2, 8), undefined, digits.slice(8))
          : undefined;
    if (normalized) hits.push({ start, end, raw: match[0], normalized, form: 'grouped' });
  }
  return hits;
}

/** The hits in order, each with the line and column in the text as written. */
function located(text: string, plain: PlainText, hits: Hit[]): FoundPersonnummer[] {
  hits.sort((a, b) => a.start - b.start);
  const found: FoundPersonnummer[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const hit of hits) {
    const start = plain.source(hit.start);
    ({ line, lineStart, scanned } = advance(text, start, line, lineStart, scanned));
    found.push({ line, column: start - lineStart + 1, raw: hit.raw, normalized: hit.normalized, form: hit.form });
  }
  return found;
}

/** The 12-digit form when the parts make a valid number, else undefined. */
function normalize(century: string, date: string, separator: string | undefined, serial: string): string | undefined {
  // Most candidates (dates, phone numbers, amounts) fail the check digit: the package would throw for
  // each, which costs more than the scan. Its verdict needs the check digit, so ask it only then.
  if (!checkDigitHolds(date + serial)) return undefined;
  const sign = separator === '+' ? '+' : century ? '' : '-';
  try {
    return Personnummer.parse(`${century}${date}${sign}${serial}`, OPTIONS).format(true);
  } catch {
    return undefined;
  }
}

/**
 * Whether the tenth digit is the Luhn check digit of the nine before it (date and serial), as the
 * personnummer package computes it: a number that fails this is never valid, whatever its date.
 * @param ten the ten digits without the century
 */
function checkDigitHolds(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const value = (ten.charCodeAt(i) - 48) * (2 - (i % 2));
    sum += value > 9 ? value - 9 : value;
  }
  return (10 - (sum % 10)) % 10 === ten.charCodeAt(9) - 48;
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
