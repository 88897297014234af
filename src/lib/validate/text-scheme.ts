/**
 * A scheme in text that runs code or smuggles content — `javascript:`, `vbscript:`, or a `data:`
 * address with its type (`data:image/png;…`) — even where it stands as text: in an e-mail's plain
 * text, the RSS feed, the calendar or the search index, a mail program or feed reader may make it a
 * link. One rule for both walls: the last wall refuses it in every text file of the built site
 * (src/lib/build/output-check.ts), and the validator in the content's text (body/index.ts,
 * checks/script-text.ts), so that an editor hears of it on the line it is written, before a build.
 */
import { INVISIBLE_CHARACTERS } from '../content/invisible-characters.ts';

/**
 * The schemes, after invisible characters are removed: `javascript:` or `vbscript:` with something
 * after the colon (a mail program makes no link of "JavaScript: grunderna"), and `data:` with a media
 * type (`data:image/png;`, not "data:SCB/barn").
 */
const TEXT_SCHEME =
  /(?:java|vb)script:(?=\S)|data:(?:text|image|application|audio|video|font|model|multipart|message)\/[a-z0-9.+-]+[;,]/gi;

/**
 * Characters that could hide a scheme (`java\u200bscript:`), removed before it is looked for: what
 * shows nothing (../content/invisible-characters.ts), control characters and tabs (a browser drops them from an address).
 */
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARACTERS}\\u0000-\\u0008\\u000b-\\u001f\\u007f\\t\\u2028\\u2029]`, 'gu');

const INVISIBLE_ONE = new RegExp(INVISIBLE.source, 'u');

/** A scheme found in a text. */
export interface TextScheme {
  /** As written, without invisible characters. */
  evidence: string;
  /** `javascript`, `vbscript` or `data`. */
  scheme: string;
  /** How many line breaks stand before it in the text. */
  lineOffset: number;
  /** Where it starts in its line (0-based, counted without invisible characters). */
  column: number;
  /** Where it starts and ends in the text as given (0-based, invisible characters counted). */
  start: number;
  end: number;
}

/**
 * The schemes in a text (already decoded: entities read as characters). A scheme split by markup
 * (`java*script*:`) is a text of its own on each side: the validator reads a block's texts run
 * together for it (body/split-scheme.ts), the last wall the built files' text.
 * @example textSchemes('Skriv aldrig javascript:alert(1).')[0]?.scheme // 'javascript'
 */
export function textSchemes(text: string): TextScheme[] {
  // A scheme needs a colon: most texts have none.
  if (!text.includes(':')) return [];
  const found: TextScheme[] = [];
  // Line by line, so that each finding knows its line; invisible characters go after the split
  // (a line break is not one of them).
  let lineStart = 0;
  text.split('\n').forEach((line, lineOffset) => {
    if (line.includes(':')) {
      for (const match of line.replace(INVISIBLE, '').matchAll(TEXT_SCHEME)) {
        found.push({
          evidence: match[0],
          scheme: match[0].toLowerCase().split(':')[0]!,
          lineOffset,
          column: match.index,
          start: lineStart + inLine(line, match.index),
          end: lineStart + inLine(line, match.index + match[0].length - 1) + 1,
        });
      }
    }
    lineStart += line.length + 1;
  });
  return found;
}

/** Where the `visible`th character that is not invisible stands in `line`. */
function inLine(line: string, visible: number): number {
  let seen = 0;
  for (let i = 0; i < line.length; i++) {
    if (INVISIBLE_ONE.test(line[i]!)) continue;
    if (seen === visible) return i;
    seen++;
  }
  return line.length;
}

/** What the validator says of a scheme in the content's text. */
export function textSchemeMessage(found: TextScheme): string {
  return `texten innehåller "${found.evidence}", som inte får publiceras, inte ens som text: i ett e-postprogram eller en RSS-läsare kan den bli en länk som kör kod. Skriv om det, till exempel "${found.scheme}-adress" utan kolon.`;
}
