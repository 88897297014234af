/**
 * What an editor types in the web editor's text is text. The CMS writes typed characters into the
 * Markdown as they stand, so `<b>`, `{…}`, `&amp;` or a line that starts with `import ` would reach
 * the file as HTML, an expression, a character reference or code: the build refuses those, and the
 * pull request's validator stops them, but the editor meant the characters. The format
 * (formats.ts) writes the body through `literalBody`, which escapes them — outside our components'
 * own syntax (the editor components' patterns) and inside the texts of those components — so what
 * was typed is what the page shows. Characters already escaped, and code spans, are left alone.
 */
import { EDITOR_COMPONENTS, type EditorComponent } from './editor-components.ts';

/** The Markdown escape of each character that MDX would otherwise read as syntax. */
const SYNTAX = /(?<!\\)(?:[<{}]|&(?=#?\w+;))/g;

/** A line that MDX would read as an `import`/`export` statement: its first letter as a reference. */
const ESM_LINE = /^(\s*)([ie])(mport|xport)\b/gm;

/** Inline code spans, which show their text as it stands. */
const CODE_SPAN = /(`+)[\s\S]*?\1/g;

/** A text without components, escaped. */
function escapeText(text: string): string {
  let result = '';
  let last = 0;
  for (const span of text.matchAll(CODE_SPAN)) {
    result += escapePlain(text.slice(last, span.index)) + span[0];
    last = span.index + span[0].length;
  }
  return result + escapePlain(text.slice(last));
}

function escapePlain(text: string): string {
  return text
    .replace(SYNTAX, (character) => `\\${character}`)
    .replace(ESM_LINE, (_, space: string, letter: string, rest: string) => `${space}&#${letter.charCodeAt(0)};${rest}`);
}

/** The components in a body, in order, each with where it starts and ends. */
function componentsIn(
  body: string,
): Array<{ start: number; end: number; component: EditorComponent; match: RegExpExecArray }> {
  const found = EDITOR_COMPONENTS.flatMap((component) =>
    [...body.matchAll(new RegExp(component.pattern.source, `${component.pattern.flags.replace('g', '')}g`))].map(
      (match) => ({
        start: match.index,
        end: match.index + match[0].length,
        component,
        match: match as RegExpExecArray,
      }),
    ),
  ).sort((a, b) => a.start - b.start);
  return found.filter((item, i) => i === 0 || item.start >= (found[i - 1] as { end: number }).end);
}

/**
 * The body with what was typed as text escaped, the components' syntax kept.
 * @example literalBody('<b>fet</b> {x}') // '\\<b>fet\\</b> \\{x\\}'
 */
export function literalBody(body: string): string {
  let result = '';
  let last = 0;
  for (const { start, end, component, match } of componentsIn(body)) {
    result += escapeText(body.slice(last, start));
    const values = component.fromBlock(match);
    const inner = values.body;
    // A component's text is escaped in turn; a block whose text needs nothing is kept as written.
    const escaped = typeof inner === 'string' ? literalBody(inner) : inner;
    result += escaped === inner ? match[0] : component.toBlock({ ...values, body: escaped });
    last = end;
  }
  return result + escapeText(body.slice(last));
}
