/**
 * A scheme that runs code split by markup (`java*script*:alert(1)`, `java<b></b>script:`,
 * `` `java`script: ``): each piece is a text node of its own, which the walk in index.ts checks
 * alone, but a reader sees them run together, and so do the plain-text edition, the feed and the
 * search index, where the last wall would refuse them (../text-scheme.ts). Here the text of each
 * block (a paragraph, a heading, a table cell) is read whole, so that the editor hears of it on
 * its line; a scheme inside one piece was reported by that piece already and is not said twice.
 */
import type { TextProblem } from '../problem.ts';
import { textSchemeMessage, textSchemes } from '../text-scheme.ts';
import type { MdNode, Point } from './parse.ts';
import { bodyProblem } from './problem.ts';

/** Inline nodes: a node with one of these among its children holds a block's text. */
const PHRASING = new Set([
  'text',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'break',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'image',
  'imageReference',
  'footnoteReference',
]);
/** Inline nodes whose text runs on with the text around them. */
const WRAPPERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

/** A text node's place in its block's text. */
interface Piece {
  node: MdNode;
  start: number;
  end: number;
}

/**
 * The schemes split by markup in a body's tree.
 * @param tree the parsed body
 * @param source the text it was parsed from (to find an inline code span's opening backticks)
 * @example splitSchemes(parseBody('java*script*:alert(1)\n', 'md'), 'java*script*:alert(1)\n')[0]?.rule // 'javascript-url'
 */
export function splitSchemes(tree: MdNode, source: string): TextProblem[] {
  const problems: TextProblem[] = [];
  visitBlocks(tree, (block) => {
    const pieces: Piece[] = [];
    const text = blockText(block, pieces);
    if (pieces.length < 2 || !text.includes(':')) return;
    for (const found of textSchemes(text)) {
      const piece = pieces.find((candidate) => candidate.start <= found.start && found.start < candidate.end);
      // Within one text node: the walk has said it.
      if (!piece || found.end <= piece.end) continue;
      problems.push(
        bodyProblem(placeIn(piece, found.start - piece.start, source), 'javascript-url', textSchemeMessage(found)),
      );
    }
  });
  return problems;
}

/** Calls `onBlock` for every node that holds inline text. */
function visitBlocks(node: MdNode, onBlock: (block: MdNode) => void): void {
  const children = node.children;
  if (!children) return;
  if (children.some((child) => PHRASING.has(child.type))) {
    onBlock(node);
    return;
  }
  for (const child of children) visitBlocks(child, onBlock);
}

/**
 * The text a reader sees in an inline container (a block, a link): its text and code run together
 * through emphasis, links and inline components; tags, images and expressions show none.
 * @example inlineText(link) // 'www.1177.se' for `[www.*1177*.se](…)`
 */
export function inlineText(node: MdNode): string {
  return blockText(node, []);
}

/** The text a reader sees in an inline container; each text node's place goes into `pieces`. */
function blockText(node: MdNode, pieces: Piece[], text = ''): string {
  for (const child of node.children ?? []) {
    if (child.type === 'text' || child.type === 'inlineCode') {
      const value = child.value ?? '';
      pieces.push({ node: child, start: text.length, end: text.length + value.length });
      text += value;
    } else if (child.type === 'break') text += '\n';
    else if (WRAPPERS.has(child.type)) text = blockText(child, pieces, text);
    // Raw HTML tags, images and expressions show no text of their own in the run.
  }
  return text;
}

/** The place of the `offset`th character of a text node's value in the file. */
function placeIn(piece: Piece, offset: number, source: string): Point | undefined {
  const start = piece.node.position?.start;
  if (!start) return undefined;
  const before = (piece.node.value ?? '').slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  if (lastBreak >= 0) {
    // On a later line the line's own indentation (a quote's `> `) is not in the value.
    return { line: start.line + before.split('\n').length - 1, column: offset - lastBreak };
  }
  // An inline code span's value starts after its backticks.
  const opening =
    piece.node.type === 'inlineCode' && start.offset !== undefined
      ? (/^`+ ?/.exec(source.slice(start.offset))?.[0].length ?? 0)
      : 0;
  return { line: start.line, column: start.column + opening + offset };
}
