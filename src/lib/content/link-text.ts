/**
 * A link whose text looks like an address must lead there: `[www.1177.se](https://evil.example/)`
 * shows one address and goes to another, which on a public authority's site is a phishing risk.
 * One rule for both walls: the validator reads each link of a body and each `{ title, url }` link
 * field (body/index.ts, schemas/fragments.ts), the last wall each `<a href>` of every built page,
 * e-mail edition and the HTML inside RSS (src/lib/build/output-html.ts).
 *
 * What "looks like an address": the whole text, trimmed, is one address and nothing else — a web
 * address with a scheme (`https://www.1177.se/barn`), an e-mail address (`namn@rjl.se`, also after
 * `mailto:`), or a host name without a scheme that starts with `www.`, goes on with a path
 * (`1177.se/barn`) or ends in a common top-level domain (`rjl.se`, `who.int`; the list the link
 * rule `link-scheme` reads an address without a scheme by, body/urls.ts). A text with other words
 * ("Läs mer på 1177.se") says what it is and is left alone; so are abbreviations, times, version
 * numbers and file names (`t.ex.`, `kl. 13.00`, `v2.1`, `rapport.pdf`), whose last part is no
 * top-level domain of letters in the list. Invisible characters (invisible-characters.ts) and full-width
 * letters and dots are read away first, and punctuation around the address (quotes, brackets, a
 * full stop) is not part of it.
 *
 * What "leads there": the same host after lower-casing, IDN to punycode (WHATWG `URL`), a trailing
 * dot removed and a leading `www.` ignored; a subdomain of the text's host is the same owner
 * (`rjl.se` → `utbildning.rjl.se`), a parent or a look-alike is not (`rjl.se.evil.example`); a
 * name with Swedish letters may lead to its spelling without them (`Läkemedelsverket.se` →
 * `lakemedelsverket.se`), not the other way. An e-mail address in the text must be the link's only
 * recipient (`mailto:`, its `to`, `cc` and `bcc` in any case, too), compared without regard to case.
 * An address in the text with a name before `@` (`https://www.1177.se@evil.example/`) shows another
 * host than it leads to, and is never honest. A link that stays on this site (relative, or under the
 * page's own origin) sends no one elsewhere and is never a finding: an entry titled "UMO.se" is the
 * text of the site's own links to it. What shows nothing is read away first, every character Unicode
 * calls default-ignorable among it, and a top-level domain in letters other than a–z (`.sе` with a
 * Cyrillic `е`) counts as one.
 */
import { INVISIBLE_CHARACTERS } from './invisible-characters.ts';

/**
 * Top-level domains under which a host name written without a scheme is an address, not a word:
 * read here for link texts and by `withScheme` (body/urls.ts) for links written without `https://`.
 */
export const COMMON_TLDS = [
  'se',
  'nu',
  'com',
  'org',
  'net',
  'eu',
  'info',
  'io',
  'fi',
  'no',
  'dk',
  'de',
  'uk',
  'gov',
  'edu',
];

/** Where a link leads, when its text shows another address. */
export interface LinkTextMismatch {
  /** What the text shows: a web address, or an e-mail address. */
  kind: 'web' | 'email';
  /** The address the text shows, as read (invisible characters and surrounding punctuation removed). */
  shown: string;
  /**
   * Where the link leads, in plain Swedish: a host (`evil.example`, IDN as punycode), `e-postadressen
   * …`, or the address as written in quotes.
   */
  leadsTo: string;
}

/** What a link's text shows: a host, or an e-mail address. */
export type ShownAddress =
  | {
      kind: 'web';
      host: string;
      text: string;
      userinfo: boolean;
      /** The host with å, ä, ö, é … written without their marks (`läkemedelsverket.se` → `lakemedelsverket.se`). */
      ascii: string | undefined;
    }
  | { kind: 'email'; address: string; text: string };

/** Removed before a text is read: what shows nothing (invisible-characters.ts), and control characters. */
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARACTERS}\\u0000-\\u001f\\u007f\\p{Default_Ignorable_Code_Point}]`, 'gu');
/** Full stops a host name reads as dots (UTS #46), after NFKC has made the full-width one a dot. */
const IDEOGRAPHIC_DOT = /[\u3002\uff61]/g;
/** Punctuation around an address: quotes, brackets, a full stop, a dash. */
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/** One label of a host name: letters (any script) and digits, inner hyphens. */
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
/** A top-level domain: letters only (so `13.00` and `v2.1` are no host), or punycode. */
const TLD = String.raw`(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})`;
const HOST = String.raw`(?:${LABEL}\.)+${TLD}`;
const BARE = new RegExp(String.raw`^(${HOST})\.?(?::\d{1,5})?([/?#].*)?$`, 'iu');
const EMAIL = new RegExp(String.raw`^(?:mailto:)?([\p{L}\p{N}!#$%&'*+=^_{|}~.-]{1,64})@(${HOST})\.?$`, 'iu');
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** The base a relative link is read against when the page's own origin is not known (the validator). */
const THIS_SITE = 'https://denna-webbplats.invalid/';

/**
 * The address a link's text shows, when the whole text is one address (see the top of this module).
 * @param text the link's visible text: the text of all its parts, run together
 * @example shownAddress('www.1177.se') // { kind: 'web', host: '1177.se', text: 'www.1177.se', userinfo: false }
 * @example shownAddress('Läs mer på 1177.se') // undefined
 */
export function shownAddress(text: string): ShownAddress | undefined {
  if (text.length > 2048) return undefined;
  // Read as a browser draws it: nothing for what shows nothing, a dot for every full stop that looks
  // like one (`․`, `﹒` and `．` are dots after NFKC).
  const token = text.replace(INVISIBLE, '').normalize('NFKC').replace(IDEOGRAPHIC_DOT, '.').replace(EDGES, '');
  // An address has a dot, and most link texts are words without one.
  if (token === '' || !token.includes('.') || /\s/.test(token)) return undefined;
  const email = EMAIL.exec(token);
  if (email) {
    const host = hostOf(email[2]!);
    return host === undefined
      ? undefined
      : { kind: 'email', address: `${email[1]!.toLowerCase()}@${host}`, text: token };
  }
  if (SCHEME.test(token)) {
    const url = parse(token);
    if (!url?.hostname) return undefined;
    return {
      kind: 'web',
      host: sameHost(url.hostname),
      text: token,
      userinfo: url.username !== '' || url.password !== '',
      ascii: asciiHost(token.replace(SCHEME, '').split(/[/?#:@]/)[0]!),
    };
  }
  const bare = BARE.exec(token);
  if (!bare) return undefined;
  const name = bare[1]!;
  const tld = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  // A top-level domain in other letters than a–z is read as one too: `1177.sе` with a Cyrillic `е`.
  if (!/^www\./i.test(name) && bare[2] === undefined && !COMMON_TLDS.includes(tld) && /^[a-z]+$/.test(tld)) {
    return undefined;
  }
  const host = hostOf(name);
  return host === undefined ? undefined : { kind: 'web', host, text: token, userinfo: false, ascii: asciiHost(name) };
}

/**
 * Whether a link shows one address and leads to another.
 * @param text the link's visible text
 * @param href the link's address as written (entities decoded)
 * @param origin the page's own origin (`https://example.se`), for a relative address; a link to the
 *   site itself (relative, or under this origin) is never a mismatch
 * @returns undefined when the text is no address, or the link leads where the text says
 * @example linkTextMismatch('www.1177.se', 'https://evil.example/')?.leadsTo // 'evil.example'
 * @example linkTextMismatch('rjl.se', 'https://utbildning.rjl.se/kurs') // undefined
 */
export function linkTextMismatch(text: string, href: string, origin?: string): LinkTextMismatch | undefined {
  const shown = shownAddress(text);
  if (shown === undefined) return undefined;
  const url = parse(href, origin === undefined ? THIS_SITE : `${origin}/`);
  const written = href.trim();
  const quoted = `"${written.length > 80 ? `${written.slice(0, 80)}…` : written}"`;
  const mismatch = (leadsTo: string): LinkTextMismatch => ({ kind: shown.kind, shown: shown.text, leadsTo });
  if (url === undefined) return mismatch(quoted);
  if (url.protocol === 'mailto:') {
    const recipients = mailRecipients(url);
    if (shown.kind === 'email' && recipients.length === 1 && recipients[0] === shown.address) return undefined;
    return mismatch(recipients.length > 0 ? `e-postadressen ${recipients.join(', ')}` : quoted);
  }
  if (url.hostname === '') return mismatch(quoted);
  // A link that stays on this site sends no one elsewhere, whatever its text: an entry titled
  // "UMO.se" is the text of every link to its own page.
  if (origin === undefined ? url.href.startsWith(THIS_SITE) : url.origin === origin) return undefined;
  const host = sameHost(url.hostname);
  const under = (name: string | undefined) => name !== undefined && (host === name || host.endsWith(`.${name}`));
  // `Läkemedelsverket.se` may lead to lakemedelsverket.se, as Swedish names' addresses are often spelt.
  if (shown.kind === 'web' && !shown.userinfo && (under(shown.host) || under(shown.ascii))) return undefined;
  return mismatch(url.hostname.replace(/\.+$/, ''));
}

/** A host compared: lower case and punycode (as `URL` gives it), no trailing dot, no leading `www.`. */
function sameHost(hostname: string): string {
  const host = hostname.replace(/\.+$/, '');
  return /^www\.[^.]+\./.test(host) ? host.slice(4) : host;
}

/** A host name written without the marks of its letters (å → a, ö → o, é → e), compared as `sameHost` does. */
function asciiHost(name: string): string | undefined {
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '');
  return folded === name.normalize('NFD') ? undefined : hostOf(folded);
}

/** A host name as written, compared as `sameHost` does; undefined when `URL` reads no host in it. */
function hostOf(name: string): string | undefined {
  const url = parse(`http://${name}/`);
  return url?.hostname ? sameHost(url.hostname) : undefined;
}

/** Every recipient of a `mailto:` address (its path, `to`, `cc` and `bcc`), compared as written in a text. */
function mailRecipients(url: URL): string[] {
  // Header names in any case (RFC 6068): `CC=` adds a recipient as `cc=` does.
  const headers = [...url.searchParams].filter(([name]) => ['to', 'cc', 'bcc'].includes(name.toLowerCase()));
  const lists = [url.pathname, ...headers.map(([, value]) => value)];
  return lists
    .flatMap((list) => decode(list).split(','))
    .map((address) => address.trim())
    .filter(Boolean)
    .map((address) => {
      const at = address.lastIndexOf('@');
      const host = at === -1 ? undefined : hostOf(address.slice(at + 1));
      return host === undefined ? address.toLowerCase() : `${address.slice(0, at).toLowerCase()}@${host}`;
    });
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function parse(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/**
 * What is wrong, in plain Swedish, for both walls; the validator adds `LINK_TEXT_FIX`.
 * @example linkTextMessage({ kind: 'web', shown: 'www.1177.se', leadsTo: 'evil.example' }) // 'Länktexten "www.1177.se" ser ut som en adress, men länken leder till evil.example.'
 */
export function linkTextMessage(found: LinkTextMismatch): string {
  const shown = found.shown.length > 80 ? `${found.shown.slice(0, 80)}…` : found.shown;
  return `Länktexten "${shown}" ser ut som en ${found.kind === 'email' ? 'e-postadress' : 'adress'}, men länken leder till ${found.leadsTo}.`;
}

/** How an editor fixes it. */
export const LINK_TEXT_FIX =
  'Skriv länktexten med ord som beskriver målet, till exempel "Läs mer om stödet", eller låt texten vara samma adress som länken leder till.';
