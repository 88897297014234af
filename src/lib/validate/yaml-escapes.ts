/**
 * The characters a double-quoted YAML value writes by number (`"\u202e"`, `\U0001F600`, `\xe4`):
 * read from the parsed document, so that a check can report one where it is written. Each comes with
 * the value it stands in, as written and as read, so that a check can also see what only the escapes
 * make (`"\u0026#x202E;"` is read as the reference `&#x202E;`). Used by yaml-source.ts (`escapes`).
 */
import { isMap, isScalar, isSeq, Scalar, type Document } from 'yaml';
import type { LineColumn } from './yaml-source.ts';

/** A character written as an escape in a double-quoted value. */
export interface YamlEscape extends LineColumn {
  char: string;
  /** The escape as written, e.g. `\u202E`. */
  written: string;
  path: (string | number)[];
  /** The value (or key) it stands in, as written, quotes included. */
  source: string;
  /** The same value as read, its escapes made characters. */
  value: string;
}

/**
 * The escapes by number of every double-quoted scalar, keys too, with the path of each.
 * @param maxDepth how deep to walk (the YAML's nesting limit; deeper YAML is refused anyway)
 */
export function escapesIn(
  doc: Document,
  text: string,
  at: (offset: number) => LineColumn,
  maxDepth: number,
): YamlEscape[] {
  const found: YamlEscape[] = [];
  const scalar = (node: unknown, path: (string | number)[]) => {
    if (!isScalar(node) || node.type !== Scalar.QUOTE_DOUBLE || !node.range) return;
    const [start, end] = node.range;
    const source = text.slice(start, end);
    if (!source.includes('\\')) return;
    const value = String(node.value);
    // Every escape in turn, so that `\\u202e` (a backslash, then text) is not read as one.
    for (const match of source.matchAll(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|[\s\S])/g)) {
      const hex = match[1] ?? match[2] ?? match[3];
      if (hex === undefined) continue;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) continue;
      const char = String.fromCodePoint(code);
      found.push({ ...at(start + match.index), char, written: match[0], path, source, value });
    }
  };
  const walk = (node: unknown, path: (string | number)[]) => {
    if (path.length > maxDepth) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const inner = [...path, isScalar(pair.key) ? String(pair.key.value) : String(pair.key)];
        scalar(pair.key, inner);
        walk(pair.value, inner);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    } else scalar(node, path);
  };
  walk(doc.contents, []);
  return found;
}
