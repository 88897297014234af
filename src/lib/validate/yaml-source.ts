/**
 * YAML with positions: parses a YAML text once and answers "where is this field?" so every
 * problem can name a line and column. Uses the `yaml` package (YAML 1.2 core schema: dates stay
 * text, which is what the schemas expect).
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { TextProblem } from './problem.ts';

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
}

/**
 * Parses YAML that starts at `firstLine` of its file (2 for front matter after `---`).
 * @param text the YAML text
 * @param firstLine the file line on which `text` starts
 */
export function parseYaml(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const at = (offset: number): LineColumn => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const multiline = new Set(doc.errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY').map((e) => e.pos[0]));
  const errors = doc.errors.filter((e) => !(e.code === 'BLOCK_AS_IMPLICIT_KEY' && multiline.has(e.pos[0])));
  const problems: TextProblem[] = errors.map((error) => {
    // A value that runs on into a wrongly indented "key: value" line: the editor's mistake is on
    // that later line, where the error's range ends.
    const { line, column } =
      error.code === 'MULTILINE_IMPLICIT_KEY' ? firstCharacterOfLine(text, at, error.pos[1]) : at(error.pos[0]);
    return {
      line,
      column,
      severity: 'error',
      field: 'yaml',
      message: yamlMessage(error.code),
      rule: 'yaml-syntax',
    };
  });
  const data = problems.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 });
  return {
    data,
    problems,
    locate: (path, options) => locateIn(doc, path, options?.key ?? false, at),
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
};

/** The parser's own English text is not shown: editors get the Swedish hint for its error code. */
function yamlMessage(code: string): string {
  return `YAML-fel: ${YAML_HINTS[code] ?? 'kontrollera indrag, kolon och citattecken'}`;
}
