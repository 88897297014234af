/**
 * Addresses in a body: schemes that run code or smuggle content (also when hidden behind entities
 * or invisible characters), images without alt text, and which images are local files the caller
 * must find.
 */
import type { TextProblem } from '../problem.ts';
import type { MdNode, Point } from './parse.ts';
import { bodyProblem } from './problem.ts';

/** A Markdown image whose `src` is not an http(s) address, as written (relative to the file). */
export interface BodyImage {
  src: string;
  line: number;
  column: number;
}

const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(colon|tab|newline|sol|period));?/gi;
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', period: '.' };
// Characters a browser ignores in or before a scheme, and other invisible ones.
const IGNORED = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

/**
 * The scheme that makes an address run code or smuggle content, as `javascript:` etc., if any.
 * @param url the address as written
 * @param link true where the value is an address (then `data:` counts too)
 * @example dangerousScheme('jav&#x61;script:alert(1)', true) // 'javascript:'
 */
export function dangerousScheme(url: string, link: boolean): string | undefined {
  if (url.indexOf(':') === -1 && url.indexOf('&') === -1) return undefined;
  let clean = url;
  if (clean.indexOf('&') !== -1) {
    clean = clean.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
      if (named) return NAMED[named.toLowerCase()] ?? '';
      const code = hex ? Number.parseInt(hex, 16) : Number(dec);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    });
  }
  clean = clean.replace(IGNORED, '').toLowerCase();
  if (clean.startsWith('javascript:')) return 'javascript:';
  if (clean.startsWith('vbscript:')) return 'vbscript:';
  if (link && clean.startsWith('data:')) return 'data:';
  return undefined;
}

/**
 * The problem of an address with a dangerous scheme. `link` is true where the value is an address
 * (links, images, url props); other attribute values are only checked for script schemes.
 * @param subject what holds the address, as the message begins: `Länken`, `Attributet href`
 * @returns undefined when the address is fine
 * @example schemeProblem('https://www.rjl.se', 'Länken', true, undefined) // undefined
 */
export function schemeProblem(
  url: string,
  subject: string,
  link: boolean,
  at: Point | undefined,
): TextProblem | undefined {
  const scheme = dangerousScheme(url, link);
  if (scheme === undefined) return undefined;
  return bodyProblem(
    at,
    'javascript-url',
    scheme === 'data:'
      ? `${subject} börjar med data:, vilket inte är tillåtet. Använd en webbadress som börjar med https://, eller en fil i content/.`
      : `${subject} börjar med ${scheme} och skulle köra kod i besökarens webbläsare. Använd en vanlig webbadress som börjar med https://.`,
  );
}

const ABSOLUTE_WEB = /^https?:\/\//i;

/**
 * The image a node shows when it is a file of the site, to be found next to the entry.
 * @param src the address of the image as written
 * @param node the image (or image reference) node, for its place
 * @returns undefined for web addresses and dangerous schemes
 */
export function localImage(src: string, node: MdNode): BodyImage | undefined {
  if (ABSOLUTE_WEB.test(src) || dangerousScheme(src, true) !== undefined) return undefined;
  const at = node.position?.start;
  return { src, line: at?.line ?? 1, column: at?.column ?? 1 };
}

/**
 * The problem of an image without alt text.
 * @param node an `image` or `imageReference` node
 * @returns undefined when the image has alt text
 */
export function altProblem(node: MdNode): TextProblem | undefined {
  if ((node.alt ?? '').trim() !== '') return undefined;
  return bodyProblem(
    node.position?.start,
    'image-alt',
    'Bilden saknar alt-text. Beskriv vad bilden visar inom hakparenteserna, till exempel ![Barn som leker i en park](bild.jpg).',
  );
}
