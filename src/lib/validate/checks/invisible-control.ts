/**
 * An invisible character that turns text around or hides inside a word (../invisible-control.ts),
 * anywhere in a content file: none has a use in a field, a key, a comment or the body, so the whole
 * text is read once and each character is reported on its own line and column, naming the field it
 * stands in (the body's, after the front matter). A character that a double-quoted YAML value writes
 * as an escape (`"\u202e"`) is reported where the escape is. A character written as a character
 * reference (`&#x202E;`, `&ZeroWidthSpace;`) is reported in the YAML, the front matter or a data
 * file, comments too: a page shows a field's value as written, but a feed reader decodes the RSS
 * feed's text once more, so the last wall refuses it (src/lib/build/output-check.ts), and an editor
 * had better hear it here, on its line. In the body a reference may stand in code, where it stays
 * as written, which only the body's parse can tell: ../body/.
 */
import type { FileCheck } from '../check.ts';
import type { ContentFile } from '../file-views.ts';
import {
  controlCharacter,
  controlContext,
  controlMessage,
  findControls,
  showControls,
  type FoundControl,
} from '../invisible-control.ts';
import type { TextProblem } from '../problem.ts';
import type { YamlEscape } from '../yaml-source.ts';
import { dotted } from '../zod-issues.ts';

/** Reports each refused character, as written, as a YAML escape or as a reference in the YAML. */
export const invisibleControl: FileCheck = {
  name: 'invisible-control',
  kinds: ['entry', 'site', 'list', 'glossary'],
  check(file) {
    const text = file.text;
    const found: PlacedControl[] = [...findControls(text), ...referencesInYaml(file)];
    // An escape needs a backslash; most files have none.
    const escapes = /\\[uUx]/.test(text) ? (file.yaml?.escapes() ?? []) : [];
    if (found.length === 0 && escapes.length === 0) return [];
    const lines = text.split('\n');
    const problems: TextProblem[] = [];
    for (const control of found) {
      const line = control.lineOffset + 1;
      const column = control.column + 1;
      const field = fieldAt(file, line, column);
      const context = contextOf(lines[control.lineOffset] ?? '', control.column, control.written, field !== 'body');
      problems.push(problem(line, column, field, controlMessage(control, context)));
    }
    for (const escape of escapes) {
      const control = controlCharacter(escape.char);
      if (!control) continue;
      const context = contextOf(lines[escape.line - 1] ?? '', escape.column - 1, escape.written, true);
      problems.push(
        problem(
          escape.line,
          escape.column,
          fieldOf(escape.path),
          controlMessage({ ...control, written: escape.written }, context),
        ),
      );
    }
    problems.push(...referencesByEscapes(escapes, lines));
    if (problems.length > 1) problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return problems;
  },
};

/**
 * The words around a character on its line; on a line of YAML, from the start of the value (the
 * field is named beside the message).
 */
function contextOf(lineText: string, column: number, written: string, yaml: boolean): string {
  const key = yaml ? /^[ \t]*(?:-[ \t]+)*[^\s#'"-][^:#]*:[ \t]+(["']?)/.exec(lineText.slice(0, column)) : null;
  const from = key?.[0].length ?? 0;
  const value = lineText.trimEnd();
  // A quoted value without its quotes.
  const to = key?.[1] && value.endsWith(key[1]) && value.length - 1 >= column + written.length ? -1 : undefined;
  return controlContext(value.slice(from, to), { offset: column - from, written });
}

/** A refused character found in the file, on its line (`lineOffset`) and column in the file. */
type PlacedControl = Omit<FoundControl, 'offset'>;

/**
 * The refused characters written as character references in the file's YAML: a Markdown file's
 * front matter (its lines only: the lines after it are the body's), or the whole of a YAML file.
 * None in a Markdown file whose front matter cannot be found (the front-matter rule stops it).
 */
function referencesInYaml(file: ContentFile): PlacedControl[] {
  // A reference needs an ampersand; most files have none.
  if (!file.text.includes('&')) return [];
  const split = file.frontMatter;
  const yaml = split ? split.yaml : file.text;
  if (yaml === undefined) return [];
  const before = split ? split.yamlFirstLine - 1 : 0;
  return findControls(yaml, { characters: false, references: true }).map(({ offset: _, ...found }) => ({
    ...found,
    lineOffset: found.lineOffset + before,
  }));
}

/**
 * A reference that only the escapes of a double-quoted value make: `"\u0026#x202E;"` is read as
 * `&#x202E;`, which a feed reader decodes as the character. Reported once per value, where its
 * first escape is written.
 */
function referencesByEscapes(escapes: readonly YamlEscape[], lines: readonly string[]): TextProblem[] {
  const problems: TextProblem[] = [];
  const seen = new Set<string>();
  for (const escape of escapes) {
    const key = `${dotted(escape.path)}\n${escape.source}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const read = findControls(escape.value, { characters: false, references: true });
    if (read.length <= findControls(escape.source, { characters: false, references: true }).length) continue;
    const made = read[0]!;
    const context = contextOf(lines[escape.line - 1] ?? '', escape.column - 1, escape.written, true);
    problems.push(problem(escape.line, escape.column, fieldOf(escape.path), controlMessage(made, context)));
  }
  return problems;
}

function problem(line: number, column: number, field: string, message: string): TextProblem {
  return { line, column, severity: 'error', field, message, rule: 'invisible-control' };
}

/**
 * The field a place of the file is in: the YAML field's dotted path (`yaml` outside every field),
 * `body` after a Markdown file's front matter, and `file` in a file whose front matter cannot be read.
 */
function fieldAt(file: ContentFile, line: number, column: number): string {
  const path = file.yaml?.pathAt(line, column);
  if (path !== undefined) return fieldOf(path);
  return file.frontMatter?.yaml !== undefined ? 'body' : 'file';
}

/**
 * A YAML field as a problem names it: its dotted path (`yaml` outside every field). A key may hold
 * the character itself: the field is named with it shown.
 */
function fieldOf(path: readonly (string | number)[]): string {
  return path.length > 0 ? showControls(dotted(path)) : 'yaml';
}
