/**
 * The raw HTML rules of plain Markdown (which Astro renders with raw HTML allowed): every element is
 * refused, each with a reason and the Markdown to write instead, and its event handlers and
 * dangerous addresses are reported on top.
 */
import { COMPONENT_NAMES } from '../../mdx/components.ts';
import type { TextProblem } from '../problem.ts';
import { parseHtmlFragment, type HastNode, type MdNode, type Point } from './parse.ts';
import { bodyProblem } from './problem.ts';
import { forbiddenTag, HANDLER, handlerMessage, markdownHint } from './tags.ts';
import { schemeProblem } from './urls.ts';

const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'cite', 'background', 'data'];
const START_TAG = /^<([a-z][a-z0-9-]*)/i;
const HANDLER_IN_TAG = /\s(on[a-z]+)\s*=/gi;

/**
 * The problems of one `html` node, each at its tag where the node's text is the text as written.
 * @param node an `html` node of plain Markdown
 * @param text the whole body, to tell whether positions inside the node are exact
 */
export function htmlProblems(node: MdNode, text: string): TextProblem[] {
  const value = node.value ?? '';
  const start = node.position?.start;
  // Positions inside the node are exact only when its value is the text as written (not inside > or a list).
  const exact =
    start?.offset !== undefined &&
    node.position?.end.offset !== undefined &&
    text.slice(start.offset, node.position.end.offset) === value;
  const problems: TextProblem[] = [];
  let elements = 0;
  const visit = (hast: HastNode): void => {
    if (hast.type === 'element' && hast.tagName) {
      elements++;
      const at = exact ? inside(start, hast.position?.start) : start;
      problems.push(...elementProblems(hast.tagName, hast.properties ?? {}, at));
    }
    if (hast.content) visit(hast.content);
    for (const child of hast.children ?? []) visit(child);
  };
  visit(parseHtmlFragment(value));
  if (elements > 0 || problems.length > 0) return problems;
  // Tags such as <html>, <head> and <body> vanish when parsed as a fragment; report them anyway.
  const tag = START_TAG.exec(value);
  if (!tag) return problems;
  problems.push(...elementProblems(tag[1]!.toLowerCase(), {}, start));
  for (const match of value.matchAll(HANDLER_IN_TAG)) {
    problems.push(bodyProblem(start, 'mdx-event-handler', handlerMessage(match[1]!)));
  }
  return problems;
}

function elementProblems(tag: string, properties: Record<string, unknown>, at: Point | undefined): TextProblem[] {
  const problems: TextProblem[] = [];
  const forbidden = forbiddenTag(tag);
  if (forbidden) {
    problems.push(bodyProblem(at, forbidden.rule, forbidden.message));
  } else if (tag === 'object' || tag === 'embed') {
    problems.push(
      bodyProblem(
        at,
        'raw-html',
        `<${tag}> är inte tillåtet: det bäddar in innehåll från andra källor. Ta bort taggen.`,
      ),
    );
  } else if (tag === 'form') {
    problems.push(
      bodyProblem(
        at,
        'raw-html',
        '<form> är inte tillåtet: formulär kan skicka besökarnas uppgifter vidare. Ta bort taggen och länka till formuläret i stället.',
      ),
    );
  } else {
    const component = COMPONENT_NAMES.find((name) => name.toLowerCase() === tag);
    problems.push(
      bodyProblem(
        at,
        'raw-html',
        component
          ? `<${component}> fungerar bara i .mdx-filer. Byt filens ändelse till .mdx, eller skriv texten med Markdown.`
          : `HTML-taggen <${tag}> är inte tillåten. ${markdownHint(tag) ?? 'Skriv texten med Markdown i stället.'}`,
      ),
    );
  }
  for (const key in properties) {
    if (HANDLER.test(key)) problems.push(bodyProblem(at, 'mdx-event-handler', handlerMessage(key.toLowerCase())));
  }
  for (const key of URL_PROPERTIES) {
    const url = properties[key];
    if (typeof url !== 'string') continue;
    const unsafe = schemeProblem(url, `Attributet ${key.toLowerCase()}`, true, at);
    if (unsafe) problems.push(unsafe);
  }
  return problems;
}

/** A point inside an html node, from the node's start and the point relative to its value. */
function inside(start: Point | undefined, relative: Point | undefined): Point | undefined {
  if (!start || !relative) return start;
  return relative.line === 1
    ? { line: start.line, column: start.column + relative.column - 1 }
    : { line: start.line + relative.line - 1, column: relative.column };
}
