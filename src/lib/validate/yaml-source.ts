/**
 * YAML with positions: parses a YAML text once and answers "where is this field?" so every
 * problem can name a line and column. Uses the `yaml` package (YAML 1.2 core schema: dates stay
 * text, which is what the schemas expect).
 */
import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  Scalar,
  visit,
  type Document,
} from 'yaml';
import type { TextProblem } from './problem.ts';
import { escapesIn, type YamlEscape } from './yaml-escapes.ts';

export type { YamlEscape };

export interface LineColumn {
  line: number;
  column: number;
}

export interface YamlSource {
  /** The parsed value, or undefined when the text has syntax errors. */
  data: unknown;
  /** Syntax errors, with their positions in the file. */
  problems: TextProblem[];
  /**
   * Where a field is. For a missing field it answers the position of the closest existing parent,
   * and with `key: true` the position of the key rather than the value.
   */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): LineColumn;
  /**
   * The field at a place of the file (1-based line and column, as `locate` answers): the path of the
   * key or value written there, or of the map or list a comment or blank line stands in; `[]` for a
   * place in the YAML outside every field (a comment above the first), undefined for a place outside
   * the YAML text (the `---` lines and the body of a Markdown file). The reverse of `locate`.
   */
  pathAt(line: number, column: number): (string | number)[] | undefined;
  /**
   * Each character a double-quoted value (or key) writes by its number, as an escape (`"\u202e"`,
   * `\U0001F600`, `\xe4`): what it stands for, the escape as written, where it is, and its field.
   */
  escapes(): YamlEscape[];
}

/**
 * Parses YAML that starts at `firstLine` of its file (2 for front matter after `---`).
 * @param text the YAML text
 * @param firstLine the file line on which `text` starts
 */
export function parseYaml(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const at = (offset: number): LineColumn => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  // Brackets nested past the limit are refused before the parser spends seconds on them.
  const deepFlow = deepFlowOffset(text);
  if (deepFlow !== undefined) {
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    return {
      data: undefined,
      problems: [limitProblem(at(deepFlow), 'depth')],
      locate: () => at(deepFlow),
      pathAt: (line, column) => (offsetOf(lineCounter, firstLine, line, column) === undefined ? undefined : []),
      escapes: () => [],
    };
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const multiline = new Set(doc.errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY').map((e) => e.pos[0]));
  const errors = doc.errors.filter((e) => !(e.code === 'BLOCK_AS_IMPLICIT_KEY' && multiline.has(e.pos[0])));
  const problems: TextProblem[] = errors.map((error) => {
    // A value that runs on into a wrongly indented "key: value" line: the editor's mistake is on
    // that later line, where the error's range ends.
    const { line, column } =
      error.code === 'MULTILINE_IMPLICIT_KEY' ? firstCharacterOfLine(text, at, error.pos[1]) : at(error.pos[0]);
    const wrongDash = wrongDashAt(text, line - firstLine);
    if (wrongDash) return { ...wrongDash, line };
    return {
      line,
      column,
      severity: 'error',
      field: 'yaml',
      message: yamlMessage(error.code),
      // The parser gave up on nesting too deep for its stack.
      rule: error.code === 'RESOURCE_EXHAUSTION' ? 'yaml-limit' : 'yaml-syntax',
    };
  });
  // Two parser errors on one line with a wrong dash are one mistake.
  const unique = problems.filter(
    (problem, index) =>
      problem.rule !== 'list-dash' || problems.findIndex((other) => other.line === problem.line) === index,
  );
  problems.splice(0, problems.length, ...unique);
  if (problems.length === 0) {
    const limit = limitExceeded(doc);
    if (limit) problems.push(limitProblem(at(limit.offset), limit.what));
  }
  if (problems.length === 0) problems.push(...readingProblems(doc, text, at));
  const data = problems.length > 0 ? undefined : doc.toJS({ maxAliasCount: MAX_ALIASES });
  return {
    data,
    problems,
    locate: (path, options) => locateIn(doc, path, options?.key ?? false, at),
    pathAt(line, column) {
      const offset = offsetOf(lineCounter, firstLine, line, column);
      return offset === undefined ? undefined : (pathIn(doc.contents, offset, []) ?? []);
    },
    escapes: () => escapesIn(doc, text, at, YAML_LIMITS.depth),
  };
}

/** The offset in the YAML text of a place in the file, or undefined when the place is not in the YAML. */
function offsetOf(lineCounter: LineCounter, firstLine: number, line: number, column: number): number | undefined {
  const start = lineCounter.lineStarts[line - firstLine];
  return start === undefined || column < 1 ? undefined : start + column - 1;
}

/**
 * The path of the deepest field whose key or value (with a comment after it on its line) holds the
 * offset; the path of a pair whose span holds it (a comment or blank line inside the pair's value);
 * undefined when no field holds it.
 */
function pathIn(node: unknown, offset: number, path: (string | number)[]): (string | number)[] | undefined {
  // Past the limit a file is refused anyway, and its nodes are not walked.
  if (path.length > YAML_LIMITS.depth) return undefined;
  const holds = (range: readonly number[] | null | undefined, from: number) =>
    !!range && offset >= from && offset < range[2]!;
  const items: Array<[key: unknown, value: unknown, segment: string | number]> = isMap(node)
    ? node.items.map((pair) => [pair.key, pair.value, isScalar(pair.key) ? String(pair.key.value) : String(pair.key)])
    : isSeq(node)
      ? node.items.map((item, index) => [undefined, item, index])
      : [];
  for (const [key, value, segment] of items) {
    const keyRange = isNode(key) ? key.range : undefined;
    const valueRange = isNode(value) ? value.range : undefined;
    const from = keyRange?.[0] ?? valueRange?.[0] ?? Infinity;
    // The pair runs from its key to the end of its value (or of its key, when it has no value).
    if (!holds(valueRange ?? keyRange, from)) continue;
    const inner = [...path, segment];
    if (valueRange && offset >= valueRange[0] && (isMap(value) || isSeq(value))) {
      return pathIn(value, offset, inner) ?? inner;
    }
    return inner;
  }
  return undefined;
}

/** A dash that Word or Outlook puts in front of a list item: en dash, em dash, bullet, minus sign. */
const WRONG_DASH = /(?:^|\n)[ \t]*([–—•·−‐])[ \t]/;

const WRONG_DASH_MESSAGE = (dash: string) =>
  `raden börjar med "${dash}" i stället för ett bindestreck, så listan blir en enda text (så blir det när en lista klistras in från Word). Skriv ett vanligt bindestreck och ett mellanslag först på varje rad i listan, till exempel:\n  - ida-erixon\n  - anna-andersson`;

/** A YAML error on a line that begins with Word's dash: the dash is the mistake to name. */
function wrongDashAt(text: string, lineIndex: number): TextProblem | undefined {
  const lineText = text.split('\n')[lineIndex] ?? '';
  const match = /^([ \t]*)([–—•·−‐])[ \t]/.exec(lineText);
  if (!match) return undefined;
  return {
    line: lineIndex + 1,
    column: match[1]!.length + 1,
    severity: 'error',
    field: 'yaml',
    message: WRONG_DASH_MESSAGE(match[2]!),
    rule: 'list-dash',
  };
}

/**
 * Values that parse, but not as the editor wrote them. A plain (unquoted) value followed by ` #` on
 * its line ends there: YAML reads the rest as a comment, so `place: Sal 3 #2` publishes "Sal 3". And
 * a list pasted from Word, whose items begin with an en dash or a bullet instead of `-`, is one text.
 * A comment alone on its line, and a `#` inside a value (`a#b`) or inside quotes, are fine.
 */
function readingProblems(doc: Document, text: string, at: (offset: number) => LineColumn): TextProblem[] {
  const problems: TextProblem[] = [];
  // A tag (`!!str`, `!egen`) decides how a value is read, and Astro's YAML parser reads tags
  // otherwise than this one: an unknown tag is text here and stops Astro's build there. Content
  // needs none.
  visit(doc, {
    Node(_key, node, ancestors) {
      if (!node.tag || !node.range) return;
      const parent = ancestors.at(-1);
      const written = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      const lineStart = text.lastIndexOf('\n', node.range[0] - 1) + 1;
      const tagAt = text.lastIndexOf(written, node.range[0]);
      problems.push({
        ...at(tagAt >= lineStart ? tagAt : node.range[0]),
        severity: 'error',
        field: isPair(parent) && isScalar(parent.key) && parent.key !== node ? String(parent.key.value) : 'yaml',
        message: `"${written}" före värdet är en YAML-tagg, och sådana används inte i innehållet. Ta bort "${written}".${isScalar(node) ? ` Ska texten börja med ${written}, skriv hela värdet inom citattecken, till exempel ${isPair(parent) && isScalar(parent.key) && parent.key !== node ? `${String(parent.key.value)}: ` : ''}${JSON.stringify(`${written} ${String(node.value)}`)}.` : ''}`,
        rule: 'yaml-syntax',
      });
    },
  });
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || node.type !== Scalar.PLAIN || !node.range) return;
      const parent = ancestors.at(-1);
      const name = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : undefined;
      const [start, end, nodeEnd] = node.range;
      const source = text.slice(start, end);
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const ownLine =
        text.slice(lineStart, start).trim() === '' || /^[ \t]*-[ \t]*$/.test(text.slice(lineStart, start));
      const dash = WRONG_DASH.exec(ownLine ? source : source.replace(/^[^\n]*/, ''));
      if (dash) {
        const offset = start + text.slice(start, end).indexOf(dash[1]!, dash.index);
        problems.push({
          ...at(offset),
          severity: 'error',
          field: name ?? 'yaml',
          message: WRONG_DASH_MESSAGE(dash[1]!),
          rule: 'list-dash',
        });
        return;
      }
      const after = text.slice(end, nodeEnd);
      if (/^[ \t]+#/.test(after)) {
        const line = text
          .slice(start, text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end))
          .trimEnd();
        problems.push({
          ...at(start),
          severity: 'error',
          field: name ?? 'yaml',
          message: `värdet slutar vid " #": det som står efter (${JSON.stringify(line.slice(end - start).trim())}) läses som en kommentar och kommer inte med på webbplatsen. Sätt hela värdet inom citattecken: ${name === undefined ? '- ' : `${name}: `}${JSON.stringify(line)}. En kommentar skrivs på en egen rad som börjar med #.`,
          rule: 'yaml-comment',
        });
      }
    },
  });
  return problems;
}

/**
 * How deep fields may nest (content needs four levels: a list of maps of lists …) and how many
 * aliases (`*name`) a file may use. Past them a file is refused, not parsed to the end: a "billion
 * laughs" file of a few lines expands to gigabytes through aliases of aliases, and thousands of
 * nested brackets exhaust the parser's stack.
 */
export const YAML_LIMITS = { depth: 20, aliases: 20 } as const;

/** toJS's own guard, past our count: each alias is also expanded at most this often. */
const MAX_ALIASES = 100;

/** The offset of the first `[` or `{` nested deeper than the limit, outside quotes and comments. */
function deepFlowOffset(text: string): number | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = '';
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (char === '[' || char === '{') {
      if (++depth > YAML_LIMITS.depth) return i;
    } else if ((char === ']' || char === '}') && depth > 0) depth--;
  }
  return undefined;
}

/** The first node nested past the limit, or the alias past the count, walking the tree without recursion. */
function limitExceeded(doc: Document): { offset: number; what: 'depth' | 'aliases' } | undefined {
  const stack: Array<[unknown, number]> = [[doc.contents, 1]];
  let aliases = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    const offset = isNode(node) && node.range ? node.range[0] : 0;
    if (isAlias(node) && ++aliases > YAML_LIMITS.aliases) return { offset, what: 'aliases' };
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > YAML_LIMITS.depth) return { offset, what: 'depth' };
    // Pushed last to first, so nodes come off the stack in the order they are written.
    for (const item of [...node.items].reverse()) {
      if (isPair(item)) stack.push([item.value, depth + 1], [item.key, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

function limitProblem(at: LineColumn, what: 'depth' | 'aliases'): TextProblem {
  return {
    ...at,
    severity: 'error',
    field: 'yaml',
    message:
      what === 'depth'
        ? `YAML-fel: fälten är nästlade i fler än ${YAML_LIMITS.depth} nivåer; skriv dem enklare`
        : `YAML-fel: fler än ${YAML_LIMITS.aliases} alias (*namn); skriv ut värdena i stället`,
    rule: 'yaml-limit',
  };
}

function locateIn(
  doc: Document,
  path: readonly PropertyKey[],
  wantKey: boolean,
  at: (offset: number) => LineColumn,
): LineColumn {
  let node: unknown = doc.contents;
  let keyNode: unknown;
  let best = isNode(node) && node.range ? at(node.range[0]) : at(0);
  for (const segment of path) {
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      break;
    }
    const target = wantKey && keyNode ? keyNode : (node ?? keyNode);
    if (isNode(target) && target.range) best = at(target.range[0]);
    else if (isNode(keyNode) && keyNode.range) best = at(keyNode.range[0]);
  }
  return best;
}

function firstCharacterOfLine(text: string, at: (offset: number) => LineColumn, offset: number): LineColumn {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0].length ?? 0;
  return at(lineStart + indent);
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'samma fält står två gånger; ta bort det ena',
  BAD_INDENT: 'fel indrag; rada upp fältet med de andra på samma nivå',
  MISSING_CHAR: 'ett tecken saknas, ofta ett kolon efter fältnamnet eller ett avslutande citattecken',
  MULTILINE_IMPLICIT_KEY:
    'raden har för stort indrag (eller så saknas kolon); fält på samma nivå ska börja i samma kolumn',
  BLOCK_AS_IMPLICIT_KEY: 'ett fält saknar kolon, eller en text behöver citattecken',
  UNEXPECTED_TOKEN: 'ett oväntat tecken; texter med kolon, # eller citattecken behöver sättas inom citattecken',
  TAB_AS_INDENT: 'använd mellanslag, inte tabb, för indrag',
  BAD_SCALAR_START: 'en text som börjar med ett specialtecken behöver citattecken',
  RESOURCE_EXHAUSTION: 'fälten är nästlade för djupt; skriv dem enklare',
};

/** The parser's own English text is not shown: editors get the Swedish hint for its error code. */
function yamlMessage(code: string): string {
  return `YAML-fel: ${YAML_HINTS[code] ?? 'kontrollera indrag, kolon och citattecken'}`;
}
