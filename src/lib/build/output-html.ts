/**
 * The last wall's rules for one HTML document of the built site (a page, an e-mail edition, the
 * HTML inside RSS): what a page may contain, read with a real HTML parser (parse5, as browsers
 * parse), so entities, case and whitespace hide nothing; a link whose text looks like another
 * address than it leads to is refused by the validator's rule (../content/link-text.ts). See
 * output-check.ts for the whole wall.
 */
import { createHash } from 'node:crypto';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { dangerousScheme } from '../validate/body/urls.ts';
import { linkTextMessage, linkTextMismatch } from '../content/link-text.ts';
import { routes } from '../routing/routes.ts';
import { VIDEO_EMBED_ORIGINS } from '../mdx/video.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What the wall refuses, by kind; the report names the kind after each finding. */
export type OutputRule =
  | 'event-handler'
  | 'meta-http-equiv'
  | 'embedded-element'
  | 'script-not-in-csp'
  | 'remote-load'
  | 'script-url'
  | 'link-text-address'
  | 'personnummer'
  | 'invisible-control';

/** One finding in one output file. */
export interface OutputFinding {
  line: number;
  rule: OutputRule;
  /** Plain Swedish: what was found. */
  message: string;
  /** A piece of the offending text, to find the content file it came from. */
  evidence: string;
  /**
   * The offending text as written, when the evidence shows it otherwise (a hidden character by its
   * code): what the content files are searched for instead.
   */
  written?: string;
}

/** What an HTML document is checked against. */
export interface HtmlContext {
  /** The site's own origin (`SITE_URL`'s), e.g. `https://example.se`. */
  origin: string;
  /** A fragment (the HTML inside RSS) has no head: scripts and the CSP are refused outright. */
  fragment?: boolean;
}

/** Elements that embed another document or change where the page's links and forms go. */
const EMBEDDING = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'form']);
/**
 * The forms the site ships: the search field (every page's header and /sok/) and the team filter on
 * /exempel/; both GET to our own address, neither names another target.
 */
const OWN_FORM_ACTIONS = new Set<string>([routes.search, routes.teams]);
/** Attributes whose value is an address, in any element (HTML, SVG, MathML). */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'background',
  'longdesc',
  'usemap',
  'manifest',
  'ping',
  'codebase',
  'archive',
  'lowsrc',
  'dynsrc',
  'srcset',
  'imagesrcset',
  'data-embed',
]);
/** Elements whose address the browser loads when the page opens (no click). */
const LOADING: Record<string, readonly string[]> = {
  img: ['src', 'srcset'],
  image: ['href'],
  script: ['src'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  use: ['href'],
  feimage: ['href'],
  body: ['background'],
  table: ['background'],
  td: ['background'],
  link: ['href', 'imagesrcset'],
};
/** `<link rel>` values that only name a document (nothing is fetched when the page opens). */
const LINK_NAMING = new Set(['alternate', 'canonical', 'author', 'license', 'help', 'next', 'prev', 'me', 'sitemap']);
/** Script types that a browser runs. */
const JS_TYPES = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;
/** Script types that are data: a browser runs nothing in them. */
const DATA_TYPES = new Set(['application/json', 'application/ld+json', 'importmap', 'speculationrules']);
const CSS_URL = /url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]*)\3/gi;

/**
 * The findings of one HTML document.
 * @param html the document (or, with `fragment`, a piece of HTML such as an RSS item's content)
 * @example checkHtml('<img src=x onerror=alert(1)>', { origin: 'https://example.se' })[0]?.rule // 'event-handler'
 */
export function checkHtml(html: string, context: HtmlContext): OutputFinding[] {
  return readHtml(html, context).findings;
}

/**
 * One parse of an HTML document: its findings, and its text for the personnummer scan (what a
 * person and the search index read, and every attribute value; not script or style).
 */
export function readHtml(html: string, context: HtmlContext): { findings: OutputFinding[]; text: string } {
  // Most documents are clean: parse without source locations (parse5 tracks them for every node),
  // and again with them only when there is something to report, so every finding names its line.
  const read = readTree(html, context, false);
  return read.findings.length === 0 ? read : readTree(html, context, true);
}

function readTree(
  html: string,
  context: HtmlContext,
  sourceCodeLocationInfo: boolean,
): { findings: OutputFinding[]; text: string } {
  const tree = context.fragment
    ? parseFragment(html, { sourceCodeLocationInfo })
    : parse(html, { sourceCodeLocationInfo });
  const hashes = context.fragment ? new Set<string>() : cspScriptHashes(tree);
  const findings: OutputFinding[] = [];
  const text: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeName === '#text' && 'value' in node) text.push(node.value);
    if ('tagName' in node) {
      findings.push(...elementFindings(node, context, hashes));
      for (const attr of node.attrs) text.push(attr.value);
    }
    if ('content' in node && node.nodeName === 'template') visit(node.content as unknown as Node);
    if ('childNodes' in node && node.nodeName !== 'script' && node.nodeName !== 'style') {
      for (const child of node.childNodes) visit(child);
    }
  };
  visit(tree as unknown as Node);
  return { findings, text: text.join('\n') };
}

function elementFindings(element: Element, context: HtmlContext, hashes: Set<string>): OutputFinding[] {
  const findings: OutputFinding[] = [];
  const tag = element.tagName.toLowerCase();
  const line = element.sourceCodeLocation?.startLine ?? 1;
  const found = (rule: OutputRule, message: string, evidence: string) =>
    findings.push({ line, rule, message, evidence });
  const attr = (name: string) => element.attrs.find((a) => a.name === name)?.value;

  for (const { name, value } of element.attrs) {
    if (/^on/i.test(name)) {
      found('event-handler', `<${tag}> har händelseattributet ${name}, som kör kod.`, `${name}=`);
    }
    if (URL_ATTRIBUTES.has(name) || name === 'xlink:href') {
      for (const url of addresses(name, value)) {
        const scheme = dangerousScheme(url, true);
        if (scheme) found('script-url', `<${tag} ${name}> är en ${scheme}-adress.`, url.slice(0, 40));
      }
    }
    if (name === 'style') cssFindings(value, context, tag, found);
  }
  if (tag === 'meta') {
    const equiv = attr('http-equiv');
    if (equiv !== undefined && (equiv.trim().toLowerCase() !== 'content-security-policy' || context.fragment)) {
      found(
        'meta-http-equiv',
        `<meta http-equiv="${equiv}"> kan skicka besökaren vidare eller ändra sidans regler.`,
        equiv,
      );
    }
  }
  if (EMBEDDING.has(tag) && !(tag === 'form' && ownForm(element))) {
    found('embedded-element', `<${tag}> får inte finnas på webbplatsen.`, `<${tag}`);
  }
  if (tag === 'a') {
    // A link whose text shows another address than it leads to: the one rule (../content/link-text.ts).
    const href = attr('href') ?? attr('xlink:href');
    if (href !== undefined && dangerousScheme(href, true) === undefined) {
      const text = visibleText(element);
      const mismatch = linkTextMismatch(text, href, context.origin);
      if (mismatch) found('link-text-address', linkTextMessage(mismatch), text.trim().slice(0, 80));
    }
  }
  if (tag === 'script') scriptFindings(element, context, hashes, found);
  if (tag === 'style') cssFindings(textOf(element), context, tag, found);
  if (tag === 'figure' && attr('data-embed') !== undefined) {
    // The video facade inserts an iframe after a click, from data-embed: only the players' own addresses.
    const embed = attr('data-embed') ?? '';
    if (!VIDEO_EMBED_ORIGINS.some((origin) => embed.startsWith(`${origin}/`))) {
      found('remote-load', `Filmen bäddar in ${embed}, som inte är en av de tillåtna spelarna.`, embed);
    }
  }
  const loading = LOADING[tag];
  if (loading && !(tag === 'link' && !linkLoads(attr('rel') ?? ''))) {
    for (const name of loading) {
      const value = attr(name);
      if (value === undefined) continue;
      for (const url of addresses(name, value)) {
        if (!sameOrigin(url, context.origin)) {
          found('remote-load', `<${tag} ${name}="${url}"> hämtas från en annan webbplats när sidan öppnas.`, url);
        }
      }
    }
  }
  return findings;
}

function scriptFindings(
  element: Element,
  context: HtmlContext,
  hashes: Set<string>,
  found: (rule: OutputRule, message: string, evidence: string) => void,
): void {
  const type = (element.attrs.find((a) => a.name === 'type')?.value ?? '').trim().toLowerCase();
  if (!JS_TYPES.test(type)) {
    if (DATA_TYPES.has(type) && !context.fragment) return;
    found('script-not-in-csp', `<script type="${type}"> är inte ett av webbplatsens skript.`, '<script');
    return;
  }
  if (element.attrs.some((a) => a.name === 'src')) return; // same origin is checked as a load
  const code = textOf(element);
  const hash = (algorithm: string) => `${algorithm}-${createHash(algorithm).update(code).digest('base64')}`;
  if (!['sha256', 'sha384', 'sha512'].some((algorithm) => hashes.has(hash(algorithm)))) {
    found(
      'script-not-in-csp',
      'Ett skript i sidan finns inte i sidans Content-Security-Policy.',
      code.slice(0, 40) || '<script',
    );
  }
}

function cssFindings(
  css: string,
  context: HtmlContext,
  tag: string,
  found: (rule: OutputRule, message: string, evidence: string) => void,
): void {
  for (const match of css.matchAll(CSS_URL)) {
    const url = (match[2] ?? match[4] ?? '').trim();
    if (dangerousScheme(url, true)) found('script-url', `CSS i <${tag}> använder adressen ${url.slice(0, 40)}.`, url);
    else if (!sameOrigin(url, context.origin)) {
      found('remote-load', `CSS i <${tag}> hämtar ${url} från en annan webbplats.`, url);
    }
  }
}

/** Our own forms: GET (the default) to one of the site's own form addresses, with no other target. */
function ownForm(form: Element): boolean {
  const get = (name: string) => form.attrs.find((a) => a.name === name)?.value;
  const method = (get('method') ?? 'get').trim().toLowerCase();
  return (
    method === 'get' &&
    OWN_FORM_ACTIONS.has(get('action') ?? '') &&
    get('target') === undefined &&
    !form.attrs.some((a) => a.name.startsWith('on'))
  );
}

function linkLoads(rel: string): boolean {
  return rel
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .some((token) => !LINK_NAMING.has(token));
}

/** The addresses in an attribute: `srcset`'s candidates one by one, otherwise the value. */
function addresses(name: string, value: string): string[] {
  if (!name.endsWith('srcset')) return [value.trim()];
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/**
 * Whether an address stays on the site: relative, or absolute on the site's own origin. A
 * `javascript:`/`data:` address is reported by its own rule, not as another origin.
 */
function sameOrigin(url: string, origin: string): boolean {
  const clean = url.replace(/[\t\n\r]/g, '').trim();
  if (clean === '') return true;
  if (dangerousScheme(clean, true)) return true;
  try {
    return new URL(clean, `${origin}/`).origin === origin;
  } catch {
    return false;
  }
}

/** The text of an element and everything in it, as a reader sees it (not a script's or a style's). */
function visibleText(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (!('childNodes' in node) || node.nodeName === 'script' || node.nodeName === 'style') return '';
  return node.childNodes.map(visibleText).join('');
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
}

/** The script hashes of the document's CSP (`<meta http-equiv="content-security-policy">`). */
function cspScriptHashes(tree: unknown): Set<string> {
  const hashes = new Set<string>();
  const visit = (node: Node): void => {
    if ('tagName' in node && node.tagName === 'meta') {
      const equiv = node.attrs
        .find((a) => a.name === 'http-equiv')
        ?.value.trim()
        .toLowerCase();
      const content = node.attrs.find((a) => a.name === 'content')?.value ?? '';
      if (equiv === 'content-security-policy') {
        const scriptSrc = content.split(';').find((directive) => /^\s*script-src\s/i.test(directive)) ?? '';
        for (const token of scriptSrc.matchAll(/'(sha(?:256|384|512)-[A-Za-z0-9+/=]+)'/g)) hashes.add(token[1]!);
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(tree as Node);
  return hashes;
}
