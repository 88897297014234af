/**
 * Checks the text (body) of an `.md` or `.mdx` file: that it parses, that it uses only the allowed
 * components with their props, and that nothing reaches the site that runs code or hides content
 * from people who cannot see it. Messages are plain Swedish for editors.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import rehypeParse from 'rehype-parse';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { COMPONENT_NAMES, MDX_COMPONENTS } from '../mdx/components.ts';
import type { ComponentProp, ComponentSpec } from '../mdx/components.ts';
import { attributeValue, type AttributeRefusal, type MdxAttribute } from '../mdx/attribute-value.ts';
import { VideoUrlSchema, WebUrlSchema } from '../../schemas/fragments.ts';
import type { TextProblem } from './problem.ts';
import { suggest } from './suggest.ts';

/** What the caller needs back: the problems, and the local images whose files it must find. */
export interface BodyResult {
  problems: TextProblem[];
  /** Markdown images whose `src` is not an http(s) address, as written (relative to the file). */
  images: Array<{ src: string; line: number; column: number }>;
}

// ---------------------------------------------------------------------------------------------
// Parsers, created once.
//
// Two parts of GFM cost most of micromark's time and are left out when they cannot change the result:
// - literal autolinks (`www.x.se`, a bare `https://…`) only turn a bare address into a link to that
//   address and swallow characters inside it. They matter only when an address contains a character
//   whose meaning they could change (`{`, `}`, `` ` ``, `[`, `]`, `\`).
// - tables need a delimiter row (`| --- |`, `:---`); without such a line there is no table.
// Otherwise the parse is the site build's: remark-mdx first (as in @mdx-js/mdx), then GFM (Astro).

/** remark-gfm without literal autolinks, optionally without tables; the same order otherwise. */
function remarkGfmPart(this: Processor, tables: boolean): undefined {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown());
  if (tables) {
    data.micromarkExtensions.push(gfmTable());
    data.fromMarkdownExtensions.push(gfmTableFromMarkdown());
  }
  data.micromarkExtensions.push(gfmTaskListItem());
  data.fromMarkdownExtensions.push(gfmTaskListItemFromMarkdown());
}

const PARSERS = {
  mdx: {
    full: unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze(),
    tables: unified().use(remarkParse).use(remarkMdx).use(remarkGfmPart, true).freeze(),
    plain: unified().use(remarkParse).use(remarkMdx).use(remarkGfmPart, false).freeze(),
  },
  md: {
    full: unified().use(remarkParse).use(remarkGfm).freeze(),
    tables: unified().use(remarkParse).use(remarkGfmPart, true).freeze(),
    plain: unified().use(remarkParse).use(remarkGfmPart, false).freeze(),
  },
};
const htmlParser = unified().use(rehypeParse, { fragment: true }).freeze();

/** What a literal autolink could cover at most, and the characters whose meaning it could change. */
const LITERAL = /(?:https?:\/\/|www\.)[^\s<]*/gi;
const SPECIAL = /[{}`[\]\\]/;
/** A line that could be a table's delimiter row: only `|`, `:`, `-` and spaces after `>` or indent. */
const DELIMITER_ROW = /^[ \t>]*([|:-][|: \t-]*)\r?$/gm;

function parserFor(text: string, format: 'md' | 'mdx') {
  const parsers = PARSERS[format];
  LITERAL.lastIndex = 0;
  for (let match = LITERAL.exec(text); match !== null; match = LITERAL.exec(text)) {
    if (SPECIAL.test(match[0])) return parsers.full;
  }
  DELIMITER_ROW.lastIndex = 0;
  for (let match = DELIMITER_ROW.exec(text); match !== null; match = DELIMITER_ROW.exec(text)) {
    const row = match[1]!;
    if (row.includes('-') && (row.includes('|') || row.includes(':'))) return parsers.tables;
  }
  return parsers.plain;
}

// ---------------------------------------------------------------------------------------------
// The few node shapes we read (mdast, mdx and hast), kept minimal.

interface Point {
  line: number;
  column: number;
  offset?: number;
}

interface Position {
  start: Point;
  end: Point;
}

interface EstreeNode {
  type: string;
  loc?: { start: { line: number; column: number } };
}

interface Program {
  body: EstreeNode[];
  comments?: unknown[];
}

type JsxAttribute = MdxAttribute & { position?: Position };

interface MdNode {
  type: string;
  position?: Position;
  children?: MdNode[];
  name?: string | null;
  attributes?: JsxAttribute[];
  url?: string;
  alt?: string | null;
  value?: string;
  identifier?: string;
  data?: { estree?: Program | null };
}

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  content?: HastNode;
  position?: Position;
}

interface Context {
  text: string;
  problems: TextProblem[];
  images: BodyResult['images'];
  /** `![alt][ref]`, resolved against the definitions once the whole tree is walked. */
  imageRefs: MdNode[];
  definitions: Map<string, string>;
}

// ---------------------------------------------------------------------------------------------

/**
 * Checks one text and reports every problem in it, so an editor can fix them all in one go; only a
 * syntax error stops the check, as nothing after it can be read reliably.
 * @param text the whole file, with the front matter lines blanked so that line numbers match the file
 * @param format `mdx` for MDX files, `md` for plain Markdown (which Astro renders with raw HTML allowed)
 */
export function checkBody(text: string, format: 'md' | 'mdx'): BodyResult {
  const context: Context = { text, problems: [], images: [], imageRefs: [], definitions: new Map() };
  const parser = parserFor(text, format);
  let tree: MdNode;
  try {
    tree = parser.parse(text) as unknown as MdNode;
  } catch (error) {
    // Only MDX has syntax errors; plain Markdown reads any text.
    context.problems.push(syntaxProblem(error, text));
    return { problems: context.problems, images: context.images };
  }
  walk(tree, context);
  for (const node of context.imageRefs) {
    const url = context.definitions.get(node.identifier ?? '');
    if (url !== undefined) addImage(url, node, context);
  }
  if (context.problems.length > 1) context.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { problems: context.problems, images: context.images };
}

function report(context: Context, at: Point | undefined, rule: string, message: string): void {
  context.problems.push({
    line: at?.line ?? 1,
    column: at?.column ?? 1,
    severity: 'error',
    field: 'body',
    message,
    rule,
  });
}

function walk(node: MdNode, context: Context): void {
  switch (node.type) {
    case 'mdxjsEsm':
      checkEsm(node, context);
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      checkExpression(node, context);
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, context);
      break;
    case 'link':
      checkUrl(node.url ?? '', 'Länken', true, node.position?.start, context);
      break;
    case 'definition':
      checkUrl(node.url ?? '', 'Länken', true, node.position?.start, context);
      if (node.identifier !== undefined && !context.definitions.has(node.identifier)) {
        context.definitions.set(node.identifier, node.url ?? '');
      }
      return;
    case 'image':
      checkAlt(node, context);
      if (checkUrl(node.url ?? '', 'Bildens adress', true, node.position?.start, context)) {
        addImage(node.url ?? '', node, context);
      }
      return;
    case 'imageReference':
      checkAlt(node, context);
      context.imageRefs.push(node);
      return;
    case 'html':
      checkHtml(node, context);
      return;
  }
  const children = node.children;
  if (children !== undefined) for (let i = 0; i < children.length; i++) walk(children[i]!, context);
}

// ---------------------------------------------------------------------------------------------
// MDX: import/export, expressions, components.

function checkEsm(node: MdNode, context: Context): void {
  const body = node.data?.estree?.body;
  if (!body || body.length === 0) {
    report(context, node.position?.start, 'mdx-esm', esmMessage(node.value?.startsWith('import') ?? false));
    return;
  }
  for (const statement of body) {
    const loc = statement.loc?.start;
    const at = loc ? { line: loc.line, column: loc.column + 1 } : node.position?.start;
    report(context, at, 'mdx-esm', esmMessage(statement.type === 'ImportDeclaration'));
  }
}

function esmMessage(isImport: boolean): string {
  return isImport
    ? 'Rader med import är inte tillåtna. Faktaruta, Citat och Video fungerar utan import: ta bort raden.'
    : 'Rader med export är kod och inte tillåtna i texten. Ta bort raden.';
}

function checkExpression(node: MdNode, context: Context): void {
  const estree = node.data?.estree;
  const onlyComment = estree != null && estree.body.length === 0 && (estree.comments?.length ?? 0) > 0;
  report(
    context,
    node.position?.start,
    'mdx-expression',
    onlyComment
      ? 'Kommentarer {/* … */} är inte tillåtna i texten. Ta bort kommentaren.'
      : 'Klamrar { } betyder kod i MDX och är inte tillåtna i texten. Menar du tecknen, skriv \\{ och \\}.',
  );
}

const HANDLER = /^on[a-z]/i;

function checkElement(node: MdNode, context: Context): void {
  const at = node.position?.start;
  const name = node.name;
  const spec: ComponentSpec | undefined =
    name && Object.hasOwn(MDX_COMPONENTS, name) ? (MDX_COMPONENTS as Record<string, ComponentSpec>)[name] : undefined;

  if (!name) {
    report(context, at, 'mdx-component', 'Tomma taggar <> och </> är inte tillåtna. Ta bort dem.');
  } else if (!spec) {
    const forbidden = forbiddenTag(name.toLowerCase());
    if (forbidden) report(context, at, forbidden.rule, forbidden.message);
    else report(context, at, 'mdx-component', unknownComponentMessage(name));
  }

  const attributes = node.attributes ?? [];
  for (const attribute of attributes) {
    const attributeAt = attribute.position?.start ?? at;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(
        context,
        attributeAt,
        'mdx-expression',
        `{…} i taggen <${name ?? ''}> är inte tillåtet. Skriv varje attribut för sig, till exempel title="…".`,
      );
      continue;
    }
    const attributeName = attribute.name;
    if (HANDLER.test(attributeName)) {
      report(context, attributeAt, 'mdx-event-handler', handlerMessage(attributeName));
      continue;
    }
    const prop: ComponentProp | undefined =
      spec && Object.hasOwn(spec.props, attributeName) ? spec.props[attributeName] : undefined;
    const value = attributeValue(attribute);
    if (value.kind === 'refused') {
      report(
        context,
        attributeAt,
        value.reason === 'code' ? 'mdx-expression' : 'mdx-prop-type',
        refusedMessage(attributeName, value.reason, prop),
      );
      continue;
    }
    if (
      value.kind === 'text' &&
      !checkUrl(value.value, `Attributet ${attributeName}`, prop?.type === 'url', attributeAt, context)
    ) {
      continue;
    }
    if (!spec || !name) continue;
    if (!prop) {
      report(context, attributeAt, 'mdx-unknown-prop', unknownPropMessage(name, attributeName, spec));
      continue;
    }
    const typeError = propTypeError(name, attributeName, prop, value.value);
    if (typeError) report(context, attributeAt, 'mdx-prop-type', typeError);
  }

  if (!spec || !name) return;
  for (const propName in spec.props) {
    const prop = spec.props[propName]!;
    if (!prop.required) continue;
    let given = false;
    for (const attribute of attributes) {
      if (attribute.type === 'mdxJsxAttribute' && attribute.name === propName) given = true;
    }
    if (!given) {
      report(
        context,
        at,
        'mdx-missing-prop',
        `Taggen <${name}> saknar ${propName}: lägg till ${propExample(propName, prop)}. ${prop.description}`,
      );
    }
  }
  if (!spec.children && hasContent(node)) {
    report(
      context,
      at,
      'mdx-component',
      `Taggen <${name}> ska inte ha något innehåll: skriv den som <${name} … /> och ta bort texten och </${name}>.`,
    );
  }
}

function hasContent(node: MdNode): boolean {
  for (const child of node.children ?? []) {
    if (child.type !== 'text' || (child.value ?? '').trim() !== '') return true;
  }
  return false;
}

/**
 * What to write instead of a value the rule of src/lib/mdx/attribute-value.ts refuses, with the
 * form the prop takes when the component has it.
 */
function refusedMessage(name: string, reason: AttributeRefusal, prop: ComponentProp | undefined): string {
  const instead = prop ? `skriv ${propExample(name, prop)}` : 'skriv text inom citattecken, {true} eller {false}';
  switch (reason) {
    case 'bare':
      return `Attributet ${name} saknar värde: ${instead}.`;
    case 'text-in-braces':
      return `Text skrivs inom citattecken utan klamrar: skriv ${name}="…".`;
    case 'number':
      return `Attributet ${name} kan inte vara ett tal: ${instead}.`;
    case 'spread':
    case 'code':
      return `Attributet ${name} innehåller kod. Ett attribut är text inom citattecken, {true} eller {false}: ${instead}.`;
  }
}

function propTypeError(
  component: string,
  name: string,
  prop: ComponentProp,
  value: string | boolean,
): string | undefined {
  switch (prop.type) {
    case 'boolean':
      if (typeof value === 'boolean') return undefined;
      return `${name} ska vara {true} eller {false}, utan citattecken: skriv ${name}={true} eller ${name}={false}.`;
    case 'string':
    case 'url': {
      if (typeof value !== 'string') return `${name} ska vara text inom citattecken: ${name}="…".`;
      if (value.trim() === '') {
        return prop.required ? `${name} i <${component}> får inte vara tomt. ${prop.description}` : undefined;
      }
      if (prop.type === 'url') {
        const problem = urlProblem(component, name, value);
        if (problem) return `Fel adress i ${name}: ${problem}.`;
      }
      return undefined;
    }
  }
}

function urlProblem(component: string, name: string, value: string): string | undefined {
  const schema = component === 'Video' && name === 'url' ? VideoUrlSchema : WebUrlSchema;
  try {
    const result = schema.safeParse(value);
    return result.success ? undefined : result.error.issues[0]?.message;
  } catch {
    // VideoUrlSchema's host check throws on text that is no address at all.
    return 'ska vara en adress som börjar med https://';
  }
}

function propExample(name: string, prop: ComponentProp): string {
  switch (prop.type) {
    case 'boolean':
      return `${name}={true} eller ${name}={false}`;
    case 'url':
      return `${name}="https://…"`;
    case 'string':
      return `${name}="…"`;
  }
}

function unknownComponentMessage(name: string): string {
  const suggestion = suggest(name, COMPONENT_NAMES);
  if (suggestion) return `Taggen <${name}> finns inte. Menade du <${suggestion}>?`;
  const hint = markdownHint(name.toLowerCase());
  const allowed = COMPONENT_NAMES.map((component) => `<${component}>`).join(', ');
  return `Taggen <${name}> är inte tillåten. ${hint ?? `Skriv Markdown i stället, eller använd någon av ${allowed}.`}`;
}

function unknownPropMessage(component: string, name: string, spec: ComponentSpec): string {
  const names = Object.keys(spec.props);
  if (names.length === 0) return `Taggen <${component}> har inga attribut: ta bort ${name}.`;
  const suggestion = suggest(name, names);
  return suggestion
    ? `Taggen <${component}> har inget attribut ${name}. Menade du ${suggestion}?`
    : `Taggen <${component}> har inget attribut ${name}. Det som går att använda är: ${names.join(', ')}.`;
}

function handlerMessage(name: string): string {
  return `Attributet ${name} är inte tillåtet: det kör kod i besökarens webbläsare. Ta bort det.`;
}

/** Tags that get their own rule because of what they do, not just because they are HTML. */
function forbiddenTag(tag: string): { rule: string; message: string } | undefined {
  switch (tag) {
    case 'script':
      return {
        rule: 'mdx-script',
        message: '<script> är inte tillåtet: det kör kod i besökarens webbläsare. Ta bort taggen och allt i den.',
      };
    case 'style':
      return {
        rule: 'mdx-style',
        message: '<style> är inte tillåtet: utseendet styrs av webbplatsens mallar. Ta bort taggen och allt i den.',
      };
    case 'iframe':
      return {
        rule: 'mdx-iframe',
        message:
          '<iframe> är inte tillåtet: inbäddade sidor kan spåra besökarna. Använd <Video url="…" title="…" captions={false} /> för filmer från Vimeo eller YouTube, eller en vanlig länk.',
      };
    default:
      return undefined;
  }
}

/** How to write with Markdown what an editor tried to write with an HTML tag. */
function markdownHint(tag: string): string | undefined {
  switch (tag) {
    case 'a':
      return 'Skriv länkar så här: [text](https://…).';
    case 'img':
      return 'Skriv bilder så här: ![vad bilden visar](bild.jpg).';
    case 'br':
      return 'För en ny rad utan nytt stycke: avsluta raden med \\ (omvänt snedstreck).';
    case 'b':
    case 'strong':
      return 'Skriv fetstil så här: **fet text**.';
    case 'i':
    case 'em':
      return 'Skriv kursiv stil så här: *kursiv text*.';
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return 'Skriv rubriker så här: ## Rubrik.';
    case 'p':
      return 'Skriv stycken med en tom rad emellan.';
    case 'ul':
    case 'ol':
    case 'li':
      return 'Skriv listor med - eller 1. först på varje rad.';
    case 'blockquote':
      return 'Skriv citat med > först på raden.';
    case 'hr':
      return 'Skriv en skiljelinje som --- på en egen rad.';
    case 'table':
    case 'tr':
    case 'td':
    case 'th':
      return 'Skriv tabeller med | mellan kolumnerna, se guiden för redaktörer.';
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Addresses and images.

const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(colon|tab|newline|sol|period));?/gi;
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', period: '.' };
// Characters a browser ignores in or before a scheme, and other invisible ones.
const IGNORED = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

/** The scheme that makes an address run code or smuggle content, as `javascript:` etc., if any. */
function dangerousScheme(url: string, link: boolean): string | undefined {
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
 * Reports an address with a dangerous scheme. `link` is true where the value is an address (links,
 * images, url props); other attribute values are only checked for script schemes.
 * @returns true when the address is fine
 */
function checkUrl(url: string, subject: string, link: boolean, at: Point | undefined, context: Context): boolean {
  const scheme = dangerousScheme(url, link);
  if (scheme === undefined) return true;
  report(
    context,
    at,
    'javascript-url',
    scheme === 'data:'
      ? `${subject} börjar med data:, vilket inte är tillåtet. Använd en webbadress som börjar med https://, eller en fil i content/.`
      : `${subject} börjar med ${scheme} och skulle köra kod i besökarens webbläsare. Använd en vanlig webbadress som börjar med https://.`,
  );
  return false;
}

const ABSOLUTE_WEB = /^https?:\/\//i;

function addImage(src: string, node: MdNode, context: Context): void {
  if (ABSOLUTE_WEB.test(src) || dangerousScheme(src, true) !== undefined) return;
  const at = node.position?.start;
  context.images.push({ src, line: at?.line ?? 1, column: at?.column ?? 1 });
}

function checkAlt(node: MdNode, context: Context): void {
  if ((node.alt ?? '').trim() !== '') return;
  report(
    context,
    node.position?.start,
    'image-alt',
    'Bilden saknar alt-text. Beskriv vad bilden visar inom hakparenteserna, till exempel ![Barn som leker i en park](bild.jpg).',
  );
}

// ---------------------------------------------------------------------------------------------
// Plain Markdown: raw HTML.

const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'cite', 'background', 'data'];
const START_TAG = /^<([a-z][a-z0-9-]*)/i;
const HANDLER_IN_TAG = /\s(on[a-z]+)\s*=/gi;

function checkHtml(node: MdNode, context: Context): void {
  const value = node.value ?? '';
  const start = node.position?.start;
  // Positions inside the node are exact only when its value is the text as written (not inside > or a list).
  const exact =
    start?.offset !== undefined &&
    node.position?.end.offset !== undefined &&
    context.text.slice(start.offset, node.position.end.offset) === value;
  const tree = htmlParser.parse(value) as unknown as HastNode;
  const before = context.problems.length;
  let elements = 0;
  const visit = (hast: HastNode): void => {
    if (hast.type === 'element' && hast.tagName) {
      elements++;
      const at = exact ? inside(start, hast.position?.start) : start;
      checkHtmlElement(hast.tagName, hast.properties ?? {}, at, context);
    }
    if (hast.content) visit(hast.content);
    for (const child of hast.children ?? []) visit(child);
  };
  visit(tree);
  if (elements > 0 || context.problems.length > before) return;
  // Tags such as <html>, <head> and <body> vanish when parsed as a fragment; report them anyway.
  const tag = START_TAG.exec(value);
  if (!tag) return;
  checkHtmlElement(tag[1]!.toLowerCase(), {}, start, context);
  for (const match of value.matchAll(HANDLER_IN_TAG)) {
    report(context, start, 'mdx-event-handler', handlerMessage(match[1]!));
  }
}

function checkHtmlElement(
  tag: string,
  properties: Record<string, unknown>,
  at: Point | undefined,
  context: Context,
): void {
  const forbidden = forbiddenTag(tag);
  if (forbidden) {
    report(context, at, forbidden.rule, forbidden.message);
  } else if (tag === 'object' || tag === 'embed') {
    report(
      context,
      at,
      'raw-html',
      `<${tag}> är inte tillåtet: det bäddar in innehåll från andra källor. Ta bort taggen.`,
    );
  } else if (tag === 'form') {
    report(
      context,
      at,
      'raw-html',
      '<form> är inte tillåtet: formulär kan skicka besökarnas uppgifter vidare. Ta bort taggen och länka till formuläret i stället.',
    );
  } else {
    const component = COMPONENT_NAMES.find((name) => name.toLowerCase() === tag);
    report(
      context,
      at,
      'raw-html',
      component
        ? `<${component}> fungerar bara i .mdx-filer. Byt filens ändelse till .mdx, eller skriv texten med Markdown.`
        : `HTML-taggen <${tag}> är inte tillåten. ${markdownHint(tag) ?? 'Skriv texten med Markdown i stället.'}`,
    );
  }
  for (const key in properties) {
    if (HANDLER.test(key)) report(context, at, 'mdx-event-handler', handlerMessage(key.toLowerCase()));
  }
  for (const key of URL_PROPERTIES) {
    const url = properties[key];
    if (typeof url === 'string') checkUrl(url, `Attributet ${key.toLowerCase()}`, true, at, context);
  }
}

/** A point inside an html node, from the node's start and the point relative to its value. */
function inside(start: Point | undefined, relative: Point | undefined): Point | undefined {
  if (!start || !relative) return start;
  return relative.line === 1
    ? { line: start.line, column: start.column + relative.column - 1 }
    : { line: start.line + relative.line - 1, column: relative.column };
}

// ---------------------------------------------------------------------------------------------
// MDX syntax errors, explained.

interface ParseError {
  reason?: string;
  message?: string;
  ruleId?: string | null;
  source?: string | null;
  place?: Point | Position | null;
  line?: number | null;
  column?: number | null;
}

const LESS_THAN_HINT = 'Menar du tecknet <, skriv \\< eller "mindre än".';
const BRACE_HINT = 'Menar du tecknet {, skriv \\{ (och \\} för }).';
const LAZY =
  'En tagg eller klammer inne i ett citat (>) eller en lista fortsätter på en rad som inte börjar likadant. Börja varje rad med > eller samma indrag, eller skriv allt på en rad.';

function syntaxProblem(error: unknown, text: string): TextProblem {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ParseError;
  const reason = String(e.reason ?? e.message ?? error);
  const lines = new Lines(text);
  const point = e.place && 'start' in e.place ? e.place.start : (e.place ?? undefined);
  const offset =
    point?.offset ??
    (e.line ? lines.offset(e.line, e.column ?? 1) : point ? lines.offset(point.line, point.column) : 0);
  const explained = explain(e.source ?? '', e.ruleId ?? '', reason, offset, text, lines);
  const at = explained.at ?? lines.point(offset);
  return {
    line: at.line,
    column: at.column,
    severity: 'error',
    field: 'body',
    message: explained.message,
    rule: 'mdx-syntax',
  };
}

function explain(
  source: string,
  ruleId: string,
  reason: string,
  offset: number,
  text: string,
  lines: Lines,
): { message: string; at?: Point | undefined } {
  if (ruleId === 'unexpected-lazy') return { message: LAZY };

  if (source === 'micromark-extension-mdx-jsx') {
    const crash = /^Unexpected (?:end of file|character `(.+?)` \(U\+[0-9A-F]+\)) (.+?), expected/s.exec(reason);
    const character = crash?.[1];
    const where = crash?.[2] ?? '';
    const tagStart = text.lastIndexOf('<', offset);
    const atTag = tagStart === -1 ? undefined : lines.point(tagStart);
    if (where === 'before name') {
      if (character === '!') {
        return {
          message: 'HTML-kommentarer <!-- … --> fungerar inte i MDX. Ta bort kommentaren.',
          at: atTag,
        };
      }
      return { message: `Tecknet < tolkas som början på en tagg. ${LESS_THAN_HINT}`, at: atTag };
    }
    if (where === 'before local name' || character === '@' || character === ':') {
      return {
        message:
          'Adresser inom < > fungerar inte i MDX. Skriv länken som [text](https://…), eller [namn@exempel.se](mailto:namn@exempel.se) för e-post.',
        at: atTag,
      };
    }
    if (where === 'before attribute value') {
      return { message: 'Värdet på ett attribut ska stå inom citattecken, till exempel title="Rubrik".' };
    }
    if (where === 'in attribute value') {
      const quote = /closing quote `(.)`/.exec(reason)?.[1] ?? '"';
      const opening = text.lastIndexOf(quote, offset);
      return {
        message: `Citattecknet ${quote} i början av värdet stängs aldrig: lägg till ${quote} efter värdet.`,
        at: opening === -1 ? undefined : lines.point(opening),
      };
    }
    if (where === 'after self-closing slash') {
      return { message: 'Efter / i en tagg ska > komma direkt, till exempel <Video … />.' };
    }
    if (character === undefined) {
      return { message: `Taggen stängs aldrig med >. ${LESS_THAN_HINT}`, at: atTag };
    }
    return { message: `Taggen är felskriven: tecknet ${character} får inte stå här. ${LESS_THAN_HINT}` };
  }

  if (source === 'micromark-extension-mdx-expression') {
    if (ruleId === 'unexpected-eof') {
      const brace = unclosedBrace(text);
      return {
        message: `Tecknet { öppnar kod som aldrig stängs. ${BRACE_HINT}`,
        at: brace === -1 ? undefined : lines.point(brace),
      };
    }
    if (ruleId === 'acorn') {
      const brace = openingBrace(text, offset);
      return {
        message: `Det som står inom klamrar { } är inte giltig kod: klamrar betyder kod i MDX. ${BRACE_HINT}`,
        at: brace === -1 ? undefined : lines.point(brace),
      };
    }
    if (ruleId === 'unexpected-empty-expression') {
      const brace = text.lastIndexOf('{', offset);
      return {
        message: 'Tomma klamrar {} är inte tillåtna. Skriv ett värde, till exempel title="Rubrik".',
        at: brace === -1 ? undefined : lines.point(brace),
      };
    }
    return { message: 'Klamrar { } får inte stå så här i en tagg. Skriv attributen som namn="värde".' };
  }

  if (source === 'micromark-extension-mdxjs-esm') {
    const at = lines.point(offset);
    return {
      message:
        'En rad som börjar med import eller export tolkas som kod. Ta bort raden, eller börja meningen med ett annat ord.',
      at: { line: at.line, column: 1 },
    };
  }

  if (source === 'mdast-util-mdx-jsx') {
    const unclosed =
      /^Expected a closing tag for `<([^>`]*)>` \((\d+):(\d+)-\d+:\d+\)(?: before the end of `(\w+)`)?/.exec(reason);
    if (unclosed) {
      const name = unclosed[1]!.split(/\s/)[0] ?? '';
      const at = { line: Number(unclosed[2]), column: Number(unclosed[3]) };
      if (!name) return { message: 'Tomma taggar <> och </> är inte tillåtna. Ta bort dem.', at };
      if (!Object.hasOwn(MDX_COMPONENTS, name)) {
        return { message: forbiddenTag(name.toLowerCase())?.message ?? unknownComponentMessage(name), at };
      }
      let message = `Taggen <${name}> stängs aldrig: lägg till </${name}>.`;
      if (unclosed[4] === 'paragraph') {
        message += ` Står taggen inne i en mening måste </${name}> stå i samma stycke; skriv annars <${name}> på en egen rad.`;
      }
      return { message, at };
    }
    const mismatch =
      /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>` \((\d+):/.exec(
        reason,
      );
    if (mismatch) {
      const open = mismatch[2]!.split(/\s/)[0] ?? '';
      return {
        message: `</${mismatch[1]}> passar inte ihop med <${open}> på rad ${mismatch[3]}: stäng först <${open}> med </${open}>.`,
      };
    }
    const crossing = /^Expected the closing tag `<\/([^>`]*)>`/.exec(reason);
    if (crossing) {
      return {
        message: `</${crossing[1]}> korsar annan formatering (till exempel *kursiv*, **fet** eller en länk). Flytta taggen så att den stängs innanför samma formatering som den öppnas i.`,
      };
    }
    const closingName = /^\/\s*([^\s>/]*)/.exec(text.slice(offset, offset + 100))?.[1] ?? '';
    if (ruleId === 'unexpected-closing-slash') {
      return {
        message: `</${closingName}> stänger en tagg som aldrig öppnats. Ta bort den, eller lägg till <${closingName}> där innehållet börjar.`,
        at: text[offset - 1] === '<' ? lines.point(offset - 1) : undefined,
      };
    }
    if (ruleId === 'unexpected-attribute') {
      return { message: 'En sluttagg som </Faktaruta> får inte ha attribut. Flytta dem till starttaggen.' };
    }
    if (ruleId === 'unexpected-self-closing-slash') {
      return { message: 'En sluttagg ska inte sluta med /: skriv till exempel </Faktaruta>.' };
    }
  }

  return { message: `Texten kan inte läsas som MDX (${reason}). Kontrollera tecknen < och { på raden.` };
}

/**
 * The `{` that starts an expression running to the end of the text. Such an expression contains no
 * `}` (each `}` ends or retries it), so it is the first real `{` after the last `}`.
 */
function unclosedBrace(text: string): number {
  for (let i = text.lastIndexOf('}') + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 92 /* \ */) {
      i++;
    } else if (code === 96 /* ` */) {
      let size = 1;
      while (text.charCodeAt(i + size) === 96) size++;
      const close = closingRun(text, i + size, size);
      i = close === -1 ? i + size - 1 : close + size - 1;
    } else if (code === 123 /* { */) {
      return i;
    }
  }
  return -1;
}

/** Where a run of exactly `size` backticks starts at or after `from`, or -1. */
function closingRun(text: string, from: number, size: number): number {
  for (let i = text.indexOf('`', from); i !== -1; i = text.indexOf('`', i)) {
    let run = 1;
    while (text.charCodeAt(i + run) === 96) run++;
    if (run === size) return i;
    i += run;
  }
  return -1;
}

/** The `{` that opens the expression in which `offset` lies, skipping balanced pairs. */
function openingBrace(text: string, offset: number): number {
  let depth = 0;
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 125) depth++;
    else if (code === 123) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Converts between offsets and 1-based line/column; built only when a syntax error is explained. */
class Lines {
  private readonly starts: number[] = [0];
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  offset(line: number, column: number): number {
    const start = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
    return Math.min(start + column - 1, this.length);
  }

  point(offset: number): Point {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1, offset };
  }
}
