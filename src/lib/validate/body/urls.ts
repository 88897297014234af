/**
 * Addresses in a body: schemes that run code or smuggle content (also when hidden behind entities
 * or invisible characters), links without `https://`, link texts that show another address than
 * the link's, images without alt text, and which images are local files the caller must find.
 */
import { COMMON_TLDS, LINK_TEXT_FIX, linkTextMessage, linkTextMismatch } from '../../content/link-text.ts';
import type { TextProblem } from '../problem.ts';
import type { MdNode, Point } from './parse.ts';
import { bodyProblem } from './problem.ts';
import { inlineText } from './split-scheme.ts';

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
/** An address with a scheme, or one that names another host (`//host/…`): not a file of the site. */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * The problem of an image fetched from another site, which would load on page load (also in RSS and
 * e-mail editions): the site makes no request to another origin before a click.
 * @param src the address of the image as written (inline, or the definition of a reference)
 * @param node the image (or image reference) node, for its place
 * @returns undefined for files of the site
 * @example remoteImageProblem('https://example.com/a.png', node)?.rule // 'image-missing'
 */
export function remoteImageProblem(src: string, node: MdNode): TextProblem | undefined {
  const address = src.trim();
  if (!REMOTE.test(address) || dangerousScheme(address, true) !== undefined) return undefined;
  return bodyProblem(
    node.position?.start,
    'image-missing',
    `Bilden hämtas från en annan webbplats (${address}) så fort sidan öppnas, och webbplatsen hämtar aldrig något från andra utan ett klick. Spara bilden i content/images/ och skriv till exempel ![Vad bilden visar](../images/bild.jpg), eller länka till bilden med [text](${address}).`,
  );
}

/** A host name at the start of an address: `www.` anything, or a name under a common top-level domain. */
const BARE_HOST = new RegExp(
  String.raw`^(?:www\d?\.[\w-]+(?:\.[\w-]+)+|(?:[\w-]+\.)+(?:${COMMON_TLDS.join('|')}))(?::\d+)?(?:[/?#]|$)`,
  'i',
);

/**
 * The full address meant by a web address written without its scheme.
 * @returns undefined when the address has a scheme, is a path or anchor, or does not start with a host name
 * @example withScheme('www.rjl.se/sida') // 'https://www.rjl.se/sida'
 * @example withScheme('../images/bild.jpg') // undefined
 */
export function withScheme(url: string): string | undefined {
  const trimmed = url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('/') || trimmed.startsWith('#')) return undefined;
  return BARE_HOST.test(trimmed) ? `https://${trimmed}` : undefined;
}

/**
 * The problem of a link written without `https://`, which the browser reads as a page of this site.
 * @example schemelessProblem('www.rjl.se', undefined)?.rule // 'link-scheme'
 */
export function schemelessProblem(url: string, at: Point | undefined): TextProblem | undefined {
  const full = withScheme(url);
  if (full === undefined) return undefined;
  return bodyProblem(
    at,
    'link-scheme',
    `Länken ${url} saknar https:// först och blir då en trasig länk till en sida på den här webbplatsen. Skriv hela adressen: ${full}`,
  );
}

/**
 * The problem of a link whose text looks like another address than the one it leads to
 * (`[www.1177.se](https://evil.example/)`), by the one rule of both walls (../../content/link-text.ts).
 * @param node a `link` or `linkReference` node, for its text and place
 * @param url the address it leads to (a reference's, from its definition)
 * @returns undefined when the text is no address, or the link leads there
 * @example linkTextProblem(node, 'https://evil.example/')?.rule // 'link-text-address'
 */
export function linkTextProblem(node: MdNode, url: string): TextProblem | undefined {
  const found = linkTextMismatch(inlineText(node), url);
  if (found === undefined) return undefined;
  return bodyProblem(node.position?.start, 'link-text-address', `${linkTextMessage(found)} ${LINK_TEXT_FIX}`);
}

/**
 * The image a node shows when it is a file of the site, to be found next to the entry.
 * @param src the address of the image as written
 * @param node the image (or image reference) node, for its place
 * @returns undefined for web addresses and dangerous schemes
 */
export function localImage(src: string, node: MdNode): BodyImage | undefined {
  if (ABSOLUTE_WEB.test(src) || REMOTE.test(src.trim()) || dangerousScheme(src, true) !== undefined) return undefined;
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
