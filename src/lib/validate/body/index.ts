/**
 * Checks the text (body) of an `.md` or `.mdx` file: that it parses, that it uses only the allowed
 * components with their props, and that nothing reaches the site that runs code or hides content
 * from people who cannot see it. Messages are plain Swedish for editors.
 *
 * The body is parsed once (`parse.ts`) and walked once; each kind of node goes to its rules:
 * MDX code and components (`mdx.ts`), raw HTML (`html.ts`), addresses, link texts and images
 * (`urls.ts`), and a scheme that runs code written in the text itself (`../text-scheme.ts`); then
 * each block's text is read whole for a scheme split by markup (`split-scheme.ts`), and the text for
 * an invisible character that turns text around written as an entity (`../invisible-control.ts`; as
 * a character it is found in the whole file by ../checks/invisible-control.ts).
 * A text that cannot be parsed gets one explained syntax error (`syntax.ts`).
 */
import type { TextProblem } from '../problem.ts';
import { htmlProblems } from './html.ts';
import { elementProblems, esmProblems, expressionProblem } from './mdx.ts';
import { parseBody, type MdNode } from './parse.ts';
import { syntaxProblem } from './syntax.ts';
import { bodyProblem } from './problem.ts';
import { textSchemeMessage, textSchemes } from '../text-scheme.ts';
import { controlContext, controlMessage, findControls } from '../invisible-control.ts';
import { splitSchemes } from './split-scheme.ts';
import { headingProblem, pageOutline, type Outline } from './outline.ts';
import {
  altProblem,
  dangerousScheme,
  linkTextProblem,
  localImage,
  remoteImageProblem,
  schemelessProblem,
  schemeProblem,
  withScheme,
  type BodyImage,
} from './urls.ts';

export type { BodyImage } from './urls.ts';

/** What the caller needs back: the problems, and the local images whose files it must find. */
export interface BodyResult {
  problems: TextProblem[];
  /** Markdown images whose `src` is not an http(s) address, as written (relative to the file). */
  images: BodyImage[];
}

/** What the walk gathers. */
interface Walk {
  text: string;
  problems: TextProblem[];
  images: BodyImage[];
  /** `![alt][ref]`, resolved against the definitions once the whole tree is walked. */
  imageRefs: MdNode[];
  /** `[text][ref]` and `[ref]`, resolved likewise. */
  linkRefs: MdNode[];
  definitions: Map<string, string>;
  /** The heading levels so far. */
  outline: Outline;
  /** Where the text is shown as written, entities and all: code, and MDX code (offsets, start and end). */
  literal: Array<[number, number]>;
}

/**
 * Checks one text and reports every problem in it, so an editor can fix them all in one go; only a
 * syntax error stops the check, as nothing after it can be read reliably.
 * @param text the whole file, with the front matter lines blanked so that line numbers match the file
 * @param format `mdx` for MDX files, `md` for plain Markdown (which Astro renders with raw HTML allowed)
 * @example checkBody('{1 + 1}\n', 'mdx').problems[0]?.rule // 'mdx-expression'
 */
export function checkBody(text: string, format: 'md' | 'mdx'): BodyResult {
  let tree: MdNode;
  try {
    tree = parseBody(text, format);
  } catch (error) {
    // Only MDX has syntax errors; plain Markdown reads any text.
    return { problems: [syntaxProblem(error, text)], images: [] };
  }
  const walk: Walk = {
    text,
    problems: [],
    images: [],
    imageRefs: [],
    linkRefs: [],
    definitions: new Map(),
    outline: pageOutline(),
    literal: [],
  };
  visit(tree, walk);
  walk.problems.push(...splitSchemes(tree, text));
  walk.problems.push(...referenceProblems(walk));
  for (const node of walk.imageRefs) {
    const url = walk.definitions.get(node.identifier ?? '');
    if (url === undefined) continue;
    addProblem(remoteImageProblem(url, node), walk);
    addImage(localImage(url, node), walk);
  }
  for (const node of walk.linkRefs) {
    const url = walk.definitions.get(node.identifier ?? '');
    // A definition with a code-running scheme or without https:// has its problem already.
    if (url === undefined || dangerousScheme(url, true) !== undefined || withScheme(url) !== undefined) continue;
    addProblem(linkTextProblem(node, url), walk);
  }
  if (walk.problems.length > 1) walk.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { problems: walk.problems, images: walk.images };
}

function visit(node: MdNode, walk: Walk): void {
  switch (node.type) {
    case 'mdxjsEsm':
      literal(node, walk);
      walk.problems.push(...esmProblems(node));
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      literal(node, walk);
      walk.problems.push(expressionProblem(node));
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      walk.problems.push(...elementProblems(node));
      break;
    case 'heading':
      addProblem(headingProblem(node, walk.outline), walk);
      break;
    case 'link': {
      const unsafe = schemeProblem(node.url ?? '', 'Länken', true, node.position?.start);
      const schemeless = unsafe ? undefined : schemelessProblem(node.url ?? '', node.position?.start);
      // One problem a link: its text is checked against an address that is not wrong in itself.
      addProblem(unsafe ?? schemeless ?? linkTextProblem(node, node.url ?? ''), walk);
      // An autolink's text is its address: said once.
      if (unsafe) return;
      break;
    }
    case 'linkReference':
      walk.linkRefs.push(node);
      break;
    case 'definition':
      addProblem(
        schemeProblem(node.url ?? '', 'Länken', true, node.position?.start) ??
          schemelessProblem(node.url ?? '', node.position?.start),
        walk,
      );
      if (node.identifier !== undefined && !walk.definitions.has(node.identifier)) {
        walk.definitions.set(node.identifier, node.url ?? '');
      }
      return;
    case 'image': {
      addProblem(altProblem(node), walk);
      // The alt text is text too: it stands in the plain-text edition.
      for (const found of textSchemes(node.alt ?? '')) {
        walk.problems.push(bodyProblem(node.position?.start, 'javascript-url', textSchemeMessage(found)));
      }
      const unsafe = schemeProblem(node.url ?? '', 'Bildens adress', true, node.position?.start);
      if (unsafe) walk.problems.push(unsafe);
      else {
        addProblem(remoteImageProblem(node.url ?? '', node), walk);
        addImage(localImage(node.url ?? '', node), walk);
      }
      return;
    }
    case 'imageReference':
      addProblem(altProblem(node), walk);
      walk.imageRefs.push(node);
      return;
    case 'html':
      walk.problems.push(...htmlProblems(node, walk.text));
      return;
    case 'text':
    case 'inlineCode':
    case 'code':
      if (node.type !== 'text') literal(node, walk);
      // A scheme in the text itself, which the last wall refuses in the plain-text edition and the feed.
      for (const found of textSchemes(node.value ?? '')) {
        const start = node.position?.start;
        // A fenced code block's text starts on the line after its fence.
        const fenced =
          node.type === 'code' &&
          start?.offset !== undefined &&
          /^(?:```|~~~)/.test(walk.text.slice(start.offset, start.offset + 3));
        const at = start && {
          line: start.line + found.lineOffset + (fenced ? 1 : 0),
          // On a later line the text's own indentation (a quote's `> `) is not counted.
          column: (found.lineOffset === 0 && !fenced ? start.column : 1) + found.column,
        };
        walk.problems.push(bodyProblem(at, 'javascript-url', textSchemeMessage(found)));
      }
      return;
  }
  const children = node.children;
  if (children !== undefined) for (let i = 0; i < children.length; i++) visit(children[i]!, walk);
}

/** Notes a node whose text is shown as written: an entity in it stays text. */
function literal(node: MdNode, walk: Walk): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined) walk.literal.push([start, end]);
}

/**
 * A refused character written as an entity (`&#x202E;`, `&ZeroWidthSpace;`), which the text, an alt
 * text, a link's title, a component's attribute and raw HTML all decode; in code it stays as written.
 */
function referenceProblems(walk: Walk): TextProblem[] {
  if (!walk.text.includes('&')) return [];
  return findControls(walk.text, { characters: false, references: true })
    .filter((found) => !walk.literal.some(([start, end]) => found.offset >= start && found.offset < end))
    .map((found) =>
      bodyProblem(
        { line: found.lineOffset + 1, column: found.column + 1 },
        'invisible-control',
        controlMessage(found, controlContext(walk.text, found)),
      ),
    );
}

function addProblem(problem: TextProblem | undefined, walk: Walk): void {
  if (problem) walk.problems.push(problem);
}

function addImage(image: BodyImage | undefined, walk: Walk): void {
  if (image) walk.images.push(image);
}
