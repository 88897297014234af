/**
 * The one place where a body becomes a tree: the Markdown/MDX parse of a whole body, and the parse
 * of a raw HTML fragment inside it. The rules in this folder only read the trees made here.
 *
 * The body is parsed by the renderer's own parser (Sätteri, which Astro 7 renders `.md` and `.mdx`
 * with) with the features astro.config.mjs gives it (src/lib/mdx/markdown.ts): GFM with footnotes
 * and tables, smart punctuation. So there is no construct that the validator reads one way and the
 * site renders another (tests/one-parser.test.ts runs hostile bodies through both).
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { MARKDOWN_FEATURES } from '../../mdx/markdown.ts';
import type { MdxAttribute } from '../../mdx/attribute-value.ts';

// ---------------------------------------------------------------------------------------------
// The few node shapes the rules read (mdast, mdx and hast), kept minimal.

/** A place in the text: 1-based line and column, and the 0-based offset where the parser gives it. */
export interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** Where a node starts and ends. */
export interface Position {
  start: Point;
  end: Point;
}

/** A statement or expression of the code in an MDX node. */
export interface EstreeNode {
  type: string;
  loc?: { start: { line: number; column: number } };
}

/** The code of an MDX node (`import`, `export`, `{…}`). */
export interface Program {
  body: EstreeNode[];
  comments?: unknown[];
}

/** An attribute of an MDX tag, with its place. */
export type JsxAttribute = MdxAttribute & { position?: Position };

/** A node of the Markdown/MDX tree. */
export interface MdNode {
  type: string;
  position?: Position;
  children?: MdNode[];
  name?: string | null;
  attributes?: JsxAttribute[];
  url?: string;
  alt?: string | null;
  value?: string;
  identifier?: string;
  /** A heading's level, 1 for `#`. */
  depth?: number;
  data?: { estree?: Program | null };
}

/** A node of the tree of a raw HTML fragment. */
export interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  content?: HastNode;
  position?: Position;
}

// ---------------------------------------------------------------------------------------------
// Parsers.

const htmlParser = unified().use(rehypeParse, { fragment: true }).freeze();
/**
 * Only to explain a syntax error that Sätteri reports: micromark's MDX parser (the reference that
 * Sätteri follows) names the construct and its place more precisely. Its tree is never checked.
 */
const explainer = unified().use(remarkParse).use(remarkMdx).freeze();

/** Sätteri's error message: `line:column: reason (source:rule)`. */
const SATTERI_ERROR = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w-]+):([\w-]+)\))?$/;

/** The micromark package names that the syntax explanations (syntax.ts) know the errors by. */
const SOURCES: Record<string, string> = {
  'mdx-jsx': 'micromark-extension-mdx-jsx',
  'mdx-expression': 'micromark-extension-mdx-expression',
  'mdx-esm': 'micromark-extension-mdxjs-esm',
  'mdxjs-esm': 'micromark-extension-mdxjs-esm',
};

/** The parser's error as the syntax explanations read it: reason, place, source and rule. */
export interface BodySyntaxError extends Error {
  reason: string;
  line: number;
  column: number;
  source: string;
  ruleId: string;
}

function syntaxError(error: unknown): BodySyntaxError | unknown {
  const message = error instanceof Error ? error.message : String(error);
  const match = SATTERI_ERROR.exec(message);
  if (!match) return error;
  const source = match[4] ?? '';
  const fields = { reason: match[3]!, line: Number(match[1]), column: Number(match[2]) };
  return Object.assign(new Error(message), fields, { source: SOURCES[source] ?? source, ruleId: match[5] ?? '' });
}

/**
 * Parses a body as the site build does, with the renderer's parser and options.
 * @param text the body (the whole file with its front matter lines blanked)
 * @param format `mdx` for MDX files, `md` for plain Markdown
 * @returns the tree; throws the parser's error on an MDX syntax error (plain Markdown reads any text)
 * @example parseBody('Text.\n', 'md').children?.[0]?.type // 'paragraph'
 */
export function parseBody(text: string, format: 'md' | 'mdx'): MdNode {
  const options = { features: MARKDOWN_FEATURES };
  try {
    if (format === 'md') return markdownToMdast(text, options) as unknown as MdNode;
    const tree = mdxToMdast(text, options) as unknown as MdNode;
    placeAttributes(tree, text);
    return tree;
  } catch (error) {
    if (format === 'mdx') {
      try {
        explainer.parse(text);
      } catch (explained) {
        throw explained;
      }
    }
    throw syntaxError(error);
  }
}

/**
 * Parses the raw HTML of one `html` node of plain Markdown as a fragment.
 * @param html the node's value; positions in the tree are relative to it
 * @example parseHtmlFragment('<b>x</b>').children?.[0]?.tagName // 'b'
 */
export function parseHtmlFragment(html: string): HastNode {
  return htmlParser.parse(html) as unknown as HastNode;
}

/** Sätteri gives attributes no place: each gets the place of its name in the text, after its tag's. */
function placeAttributes(node: MdNode, text: string): void {
  const start = node.position?.start.offset;
  if (node.attributes && start !== undefined) {
    let from = start;
    for (const attribute of node.attributes) {
      if (attribute.position || attribute.type !== 'mdxJsxAttribute') continue;
      const name = new RegExp(`\\s(${attribute.name.replace(/[^\w-]/g, '')})(?=[\\s=/>])`, 'g');
      name.lastIndex = from;
      const found = name.exec(text);
      if (!found) continue;
      from = found.index + found[0].length;
      const point = pointAt(text, found.index + 1);
      attribute.position = { start: point, end: pointAt(text, from) };
    }
  }
  for (const child of node.children ?? []) placeAttributes(child, text);
}

function pointAt(text: string, offset: number): Point {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n'), offset };
}
