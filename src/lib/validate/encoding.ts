/**
 * Reads a file's bytes as UTF-8, the only encoding the build reads, and says in Swedish what is wrong
 * when they are not: a file saved as Windows-1252 ("ANSI", what older Windows editors write) or as
 * UTF-16 ("Unicode" in Notepad). A UTF-8 file that begins with a byte order mark (what Notepad
 * writes as "UTF-8 med BOM") is fine: the mark is dropped here, and Astro's front matter reader
 * skips it too.
 */
import { wholeFile } from './check.ts';
import type { TextProblem } from './problem.ts';

/** The text of a file, and the problem when its bytes are not UTF-8. */
export interface DecodedText {
  /** The text; where the bytes are not UTF-8, what could be read (never used for other checks). */
  text: string;
  problem: TextProblem | undefined;
}

const HOW_TO_SAVE =
  'Spara filen som UTF-8: i VS Code klickar du på kodningen nere till höger och väljer "Spara med kodning" (Save with Encoding) och "UTF-8"; i Anteckningar väljer du Arkiv → Spara som och Kodning: UTF-8.';

/**
 * @param bytes the file as read from disk
 * @example decodeText(Buffer.from('title: Möte\n')).problem // undefined
 * @example decodeText(Buffer.from([0x74, 0x3a, 0x20, 0xf6, 0x0a])).problem?.line // 1
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || hasNul(bytes)) {
    return {
      text: '',
      problem: wholeFile(
        'encoding',
        `filen är sparad som UTF-16 ("Unicode"), men webbplatsen läser bara UTF-8. ${HOW_TO_SAVE}`,
      ),
    };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), problem: undefined };
  } catch {
    const offset = firstInvalidByte(body);
    const line = countNewlines(body, offset) + 1;
    const lineText = new TextDecoder('windows-1252').decode(lineAround(body, offset)).trim();
    const problem: TextProblem = {
      ...wholeFile(
        'encoding',
        `filen är inte sparad som UTF-8 (troligen som Windows-1252, "ANSI"), så å, ä, ö och andra tecken blir fel på webbplatsen. Första felet är på rad ${line}: "${lineText.slice(0, 80)}". ${HOW_TO_SAVE}`,
      ),
      line,
    };
    return { text: new TextDecoder('utf-8').decode(body), problem };
  }
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 4096).includes(0);
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 0) return i;
    if (length > 1) {
      const sequence = bytes.subarray(i, i + length);
      if (sequence.length < length) return i;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(sequence);
      } catch {
        return i;
      }
    }
    i += length;
  }
  return bytes.length;
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) count++;
  return count;
}

function lineAround(bytes: Uint8Array, offset: number): Uint8Array {
  const start = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  const end = bytes.indexOf(0x0a, offset);
  return bytes.subarray(start, end === -1 ? bytes.length : end);
}
