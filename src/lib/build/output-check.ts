/**
 * The last wall: after the build, before publishing, every output file is checked against what the
 * site may contain, whatever the validator let through. HTML pages and e-mail editions by the rules
 * of output-html.ts (no event handler, no `<meta http-equiv>` but the CSP, no frame, object, embed,
 * base or form but our own, no script outside the CSP's hashes, nothing loaded from another origin
 * without a click, no `javascript:`/`data:`/`vbscript:` address, no link whose text is another
 * address than it leads to); the HTML inside RSS by the same rules; the text formats (the calendar
 * with its lines unfolded, `.txt`, Pagefind's decompressed fragments, metadata, index and filters,
 * the rest of RSS) by their decoded text. Every file is also scanned for personnummer with the one
 * scan and the one allowlist (src/lib/validate/personnummer.ts), and for a hidden character that
 * turns text around by the validator's rule (invisible-control.ts).
 *
 * Each finding names the output file and the content file it came from: the entry whose page holds
 * the file (or whose address a search fragment, RSS item or calendar event names), otherwise the
 * content files that hold the offending text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHTML } from 'entities';
import { routes } from '../routing/routes.ts';
import {
  maskPersonnummer,
  unallowedPersonnummer,
  unallowedPersonnummerAcrossLines,
  type AllowlistEntry,
  type FoundPersonnummer,
} from '../validate/personnummer.ts';
import { checkHtml, readHtml, type OutputFinding } from './output-html.ts';
import type { ExpectedPage } from './pages.ts';
import { textSchemes } from '../validate/text-scheme.ts';
import { controlContext, findControls, showControls } from '../validate/invisible-control.ts';
import type { WallMemo } from './wall-memo.ts';
import { SourceFinder } from './output-sources.ts';

/** One thing the wall stopped. */
export interface OutputProblem extends OutputFinding {
  /** The output file, relative to the output folder. */
  file: string;
  /** The content files it came from, relative to the project root; empty when none could be named. */
  sources: string[];
}

/** What the output is checked against. */
export interface OutputCheckOptions {
  /** The site's public address (`SITE_URL`): its origin is the site's own. */
  site: string;
  /** The entry pages, to name the content file behind an output file. */
  pages: readonly ExpectedPage[];
  /** The reviewed personnummer (the validator's list). */
  allowlist: readonly AllowlistEntry[];
  /** The project root, where the content files of `pages` are; to find text that no page names. */
  root: string;
  /** The content folder (relative to `root`), whose text files are searched for the offending text. */
  contentDir?: string;
  /**
   * The files (and RSS items) found clean by the last build's wall, skipped while their bytes and the
   * rules are the same.
   */
  memo?: WallMemo;
  /** Checks only the files (paths relative to the output, with `/`) this accepts; default every file. */
  only?: ((relative: string) => boolean) | undefined;
  /**
   * The files to check (paths relative to the output, with `/`), when the caller has listed them;
   * default every file of the output (listed anew for each call, which the build's batches repeated).
   */
  files?: readonly string[] | undefined;
}

/**
 * The search's word list for typos, made from the content by our build and written into Pagefind's
 * folder: content, so the wall reads it as text (it is neither Pagefind's code nor its index).
 */
const SEARCH_WORDS_FILE = routes.searchWords.slice(1);
const SEARCH_WORDS = SEARCH_WORDS_FILE.slice('pagefind/'.length);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Files of a built site that are code or data we ship ourselves, not content: Astro's and Pagefind's,
 * and the web editor's bundle (Sveltia CMS and its libraries from npm, built by src/lib/build/admin/;
 * its page, `admin/index.html`, is still checked).
 */
const OWN_CODE = new RegExp(
  String.raw`^(?:_astro/.*\.(?:js|css)|pagefind/(?!${escapeRegExp(SEARCH_WORDS)}$)[^/]*\.(?:js|css|json)|pagefind/wasm\.[^/]*|` +
    String.raw`${routes.admin.slice(1)}.*\.(?:js|css|wasm|woff2?))$`,
);
const PAGEFIND_MAGIC = 'pagefind_dcd';

/**
 * Checks every file of a built site.
 * @param dir the output folder (or the staging folder, before it is published)
 * @returns every problem; empty when the site may be published
 */
export function checkOutput(dir: string, options: OutputCheckOptions): OutputProblem[] {
  const origin = new URL(options.site).origin;
  const problems: OutputProblem[] = [];
  const sources = new SourceFinder(options);
  const files = options.files ?? outputFiles(dir);
  for (const relative of files) {
    if (OWN_CODE.test(relative) || options.only?.(relative) === false) continue;
    const bytes = readFileSync(path.join(dir, relative));
    const digest = options.memo?.digest(relative, bytes);
    if (digest !== undefined && options.memo?.cleared(digest)) {
      options.memo.keep(relative, digest);
      continue;
    }
    const findings = fileFindings(bytes, relative, origin, options.allowlist, partMemo(options.memo, relative));
    if (findings.length === 0 && digest !== undefined) options.memo?.keep(relative, digest);
    for (const { finding, url } of findings) {
      problems.push({ ...finding, file: relative, sources: sources.find(url ?? `/${relative}`, finding) });
    }
  }
  return problems;
}

/**
 * One line per problem, in Swedish: the output file and line, the content files, what and the rule.
 * @example formatOutputProblem({ file: 'a/index.html', line: 3, rule: 'event-handler', message: 'x', evidence: '', sources: ['content/teams/a.mdx'] }) // 'a/index.html:3 (från content/teams/a.mdx): x (event-handler)'
 */
export function formatOutputProblem(problem: OutputProblem): string {
  const from = problem.sources.length > 0 ? `från ${problem.sources.join(', ')}` : 'innehållsfilen kunde inte avgöras';
  return `${problem.file}:${problem.line} (${from}): ${problem.message} (${problem.rule})`;
}

interface Located {
  finding: OutputFinding;
  /** The site address the finding belongs to, when the file says (a fragment's, an item's, an event's). */
  url?: string | undefined;
}

/**
 * Checks one part of a file (an RSS item's HTML) unless the memory found the very same part clean
 * under the same rules, wherever it stood in the file; a part with a finding is never remembered.
 * The feed holds every report in full and changes on every build, though most of its items do not.
 * A file found clean whole is skipped whole, and its parts are then not carried into the next
 * memory: they are read again when the file next changes.
 */
type PartCheck = (index: number, text: string, check: () => Located[]) => Located[];

function partMemo(memo: WallMemo | undefined, relative: string): PartCheck {
  if (!memo) return (_index, _text, check) => check();
  return (index, text, check) => {
    const digest = memo.digest(relative, Buffer.from(text), 'part');
    if (memo.cleared(digest)) {
      memo.keep(`${relative}#${index}`, digest);
      return [];
    }
    const found = check();
    if (found.length === 0) memo.keep(`${relative}#${index}`, digest);
    return found;
  };
}

function fileFindings(
  bytes: Buffer,
  relative: string,
  origin: string,
  allowlist: readonly AllowlistEntry[],
  part: PartCheck,
): Located[] {
  const extension = path.extname(relative).toLowerCase();
  if (relative.startsWith('pagefind/') && relative !== SEARCH_WORDS_FILE) return pagefindFindings(bytes, allowlist);
  // A byte order mark that begins the file (our CSV files have one for Excel) is dropped, as its readers drop it.
  const text = new TextDecoder().decode(bytes);
  if (extension === '.html' || extension === '.svg') {
    const read = readHtml(text, { origin });
    // Hidden characters in the page as written (scripts, styles, comments too: ours hold none), on their lines.
    const findings = [
      ...read.findings,
      ...htmlPersonnummer(read.text, allowlist),
      ...controlFindings(text, 'references', '<>"'),
    ];
    return findings.map((finding) => ({ finding }));
  }
  if (extension === '.xml') return xmlFindings(text, origin, allowlist, part);
  if (extension === '.ics') return icsFindings(text, allowlist);
  if (['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.ico', '.woff2', '.pdf'].includes(extension)) {
    return [];
  }
  return textFindings(text, allowlist, 'characters').map((finding) => ({ finding }));
}

/** The hidden characters of the validator's rule, as themselves or as references, shown by their code. */
function controlFindings(text: string, forms: ControlsIn, stops = ''): OutputFinding[] {
  if (forms === 'none') return [];
  return findControls(text, { references: forms === 'references' }).map((found) => {
    // The words around it, up to markup (`stops`): the evidence, and the text to find it in the content.
    const written = controlContext(text, found, stops);
    const message = `Texten innehåller ${found.name}.`;
    return {
      line: found.lineOffset + 1,
      rule: 'invisible-control',
      message,
      evidence: showControls(written),
      written,
    };
  });
}

/**
 * How a text can hold a hidden character: as itself, or (in HTML, which a reader decodes) also as a
 * character reference; in plain text (`.txt`, the calendar, Pagefind's strings) `&#8203;` is text, as
 * a report may show it in code. `none` for binary data.
 */
type ControlsIn = 'references' | 'characters' | 'none';

/** Schemes, personnummer and hidden characters in decoded text; line numbers are the text's. */
function textFindings(text: string, allowlist: readonly AllowlistEntry[], controls: ControlsIn): OutputFinding[] {
  const findings: OutputFinding[] = [];
  const lines = text.split('\n');
  lines.forEach((content, index) => {
    // A scheme needs a colon, written or as an entity: most lines have neither.
    if (!content.includes(':') && !content.includes('&')) return;
    for (const found of textSchemes(decodeHTML(content))) {
      findings.push({
        line: index + 1,
        rule: 'script-url',
        message: `Texten innehåller en ${found.scheme}:-adress.`,
        evidence: found.evidence,
      });
    }
  });
  const hits = personnummer(text, allowlist);
  return [...findings, ...hits, ...controlFindings(text, controls)];
}

/**
 * The personnummer of a page's text (one text node or attribute value a line), each number once:
 * also with the pieces run together as a reader sees them, so a number split by markup
 * (`1912<b>1212</b>-1212`) is whole again.
 */
function htmlPersonnummer(text: string, allowlist: readonly AllowlistEntry[]): OutputFinding[] {
  const { lines, joined } = unallowedPersonnummerAcrossLines(text, allowlist);
  const found = lines.map(personnummerFinding);
  const seen = new Set(found.map((finding) => finding.evidence.replace(/\D/g, '').slice(-10)));
  for (const finding of joined.map(personnummerFinding)) {
    const digits = finding.evidence.replace(/\D/g, '').slice(-10);
    if (!seen.has(digits)) found.push({ ...finding, line: 1 });
    seen.add(digits);
  }
  return found;
}

function personnummer(text: string, allowlist: readonly AllowlistEntry[]): OutputFinding[] {
  return unallowedPersonnummer(text, allowlist).map(personnummerFinding);
}

function personnummerFinding(hit: FoundPersonnummer): OutputFinding {
  return {
    line: hit.line,
    rule: 'personnummer',
    message: `Innehåller ett personnummer (${maskPersonnummer(hit.raw)}).`,
    evidence: hit.raw,
  };
}

/**
 * RSS: each item's HTML by the HTML rules (an HTML part found clean in an earlier build is not read
 * again, `part`), the whole text by the text rules; findings belong to the item's link.
 */
function xmlFindings(xml: string, origin: string, allowlist: readonly AllowlistEntry[], part: PartCheck): Located[] {
  const located: Located[] = [];
  const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)];
  let parts = 0;
  // Offsets come in order: count the lines once, up to each (slicing from the start every time was
  // quadratic in the feed's length, which holds every report).
  let counted = 0;
  let lines = 1;
  const lineOf = (offset: number) => {
    for (; counted < offset; counted++) if (xml.charCodeAt(counted) === 10) lines++;
    return lines;
  };
  for (const item of items) {
    const body = item[1] ?? '';
    const url = /<link>([^<]*)<\/link>/.exec(body)?.[1];
    const path = url && URL.canParse(url) ? new URL(url).pathname : undefined;
    for (const field of body.matchAll(/<(content:encoded|description)>([\s\S]*?)<\/\1>/g)) {
      const html = xmlText(field[2] ?? '');
      const line = lineOf((item.index ?? 0) + '<item>'.length + (field.index ?? 0));
      const found = part(parts++, html, () =>
        checkHtml(html, { origin, fragment: true }).map((finding) => ({
          finding: { ...finding, line: line + finding.line - 1 },
          url: path,
        })),
      );
      located.push(...found);
    }
  }
  const text = xmlText(xml);
  // The feed's text is HTML once the XML is decoded: a reader decodes its references.
  for (const finding of textFindings(text, allowlist, 'references')) located.push({ finding });
  return located;
}

/** The text of XML: CDATA opened, entities decoded (so the HTML inside is HTML again). */
function xmlText(xml: string): string {
  return xml
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) => data.replace(/&/g, '&amp;'))
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (entity) => decodeHTML(entity));
}

/** The calendar: lines unfolded (RFC 5545), text values unescaped; an event's findings belong to its URL. */
function icsFindings(ics: string, allowlist: readonly AllowlistEntry[]): Located[] {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  const parts = unfolded.split('BEGIN:VEVENT');
  return parts.flatMap((part, index) => {
    const url = index === 0 ? undefined : /^URL[^:]*:(.*)$/m.exec(part)?.[1]?.trim();
    const path = url && URL.canParse(url) ? new URL(url).pathname : undefined;
    const text = part.replace(/\\([,;\\])/g, '$1').replace(/\\[nN]/g, '\n');
    return textFindings(text, allowlist, 'characters').map((finding) => ({ finding, url: path }));
  });
}

/**
 * Pagefind's files are gzip with a `pagefind_dcd` signature; a fragment is JSON (its page's address,
 * text and metadata), the metadata, index and filter files are CBOR, whose strings are UTF-8 as written.
 */
function pagefindFindings(bytes: Buffer, allowlist: readonly AllowlistEntry[]): Located[] {
  let data: Buffer;
  try {
    data = gunzipSync(bytes);
  } catch {
    return [];
  }
  const text = data.toString('utf8');
  const body = text.startsWith(PAGEFIND_MAGIC) ? text.slice(PAGEFIND_MAGIC.length) : text;
  let url: string | undefined;
  let readable = body;
  if (body.startsWith('{')) {
    try {
      const fragment = JSON.parse(body) as { url?: unknown };
      url = typeof fragment.url === 'string' ? fragment.url : undefined;
      readable = strings(fragment).join('\n');
    } catch {
      // Not JSON after all: scan the text as it is.
    }
  }
  // Hidden characters only in a fragment's strings: the index, metadata and filters are binary, whose
  // numbers' bytes can spell one of them; their words are the fragments' words, checked there.
  const controls = readable !== body ? 'characters' : 'none';
  return textFindings(readable, allowlist, controls).map((finding) => ({ finding, url }));
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The files of a built site, relative to its folder, with `/`. */
export function outputFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}
