/**
 * The one place where a body becomes a tree: the Markdown/MDX parse of a whole body, and the parse
 * of a raw HTML fragment inside it. The rules in this folder only read the trees made here, so a
 * change of parser (to the renderer's own) happens in this file alone.
 *
 * Two parts of GFM cost most of micromark's time and are left out when they cannot change the result:
 * - literal autolinks (`www.x.se`, a bare `https://…`) only turn a bare address into a link to that
 *   address and swallow characters inside it. They matter only when an address contains a character
 *   whose meaning they could change (`{`, `}`, `` ` ``, `[`, `]`, `\`).
 * - tables need a delimiter row (`| --- |`, `:---`); without such a line there is no table.
 * Otherwise the parse is the site build's: remark-mdx first (as in @mdx-js/mdx), then GFM (Astro).
 *
 * Known gap, kept as it was: unified calls a plugin given `true` with no options and skips one given
 * `false`, so the `tables` parsers below read GFM without tables and the `plain` ones no GFM at all
 * (a footnote `[^1]: javascript:…` is then read as a link definition and reported). The switch to
 * the renderer's own parser replaces these parsers.
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
// Parsers, created once.

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

/**
 * Parses a body as the site build does.
 * @param text the body (the whole file with its front matter lines blanked)
 * @param format `mdx` for MDX files, `md` for plain Markdown
 * @returns the tree; throws the parser's error on an MDX syntax error (plain Markdown reads any text)
 * @example parseBody('Text.\n', 'md').children?.[0]?.type // 'paragraph'
 */
export function parseBody(text: string, format: 'md' | 'mdx'): MdNode {
  return parserFor(text, format).parse(text) as unknown as MdNode;
}

/**
 * Parses the raw HTML of one `html` node of plain Markdown as a fragment.
 * @param html the node's value; positions in the tree are relative to it
 * @example parseHtmlFragment('<b>x</b>').children?.[0]?.tagName // 'b'
 */
export function parseHtmlFragment(html: string): HastNode {
  return htmlParser.parse(html) as unknown as HastNode;
}
