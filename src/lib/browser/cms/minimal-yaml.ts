/**
 * Writes an entry the way a careful person edits a file: only what changed. Reviewers read diffs, so
 * a save from the web editor must not reformat the rest of the file (the CMS's own YAML output drops
 * comments, changes quotes and reorders keys).
 *
 * How: the original YAML is parsed into a `yaml` Document, which keeps comments and the style of
 * every node; the new data is merged into a copy of it node by node (a value that did not change
 * keeps its node; a changed scalar keeps its quoting; a list is matched item by item, so a changed
 * matrix row is rewritten and the other rows are not). Then, at the top level, every field whose
 * value did not change is copied from the original text byte for byte, with the comments above it;
 * a changed field is written from its merged node; a removed field goes with its comments; a new
 * field goes after the field before it in the form's order. The body of an `.md`/`.mdx` file is kept
 * byte for byte unless its text changed.
 *
 * New scalars are quoted as `npm run new` quotes them (texts that start with a digit, such as dates
 * and times, in double quotes). Values that mean "nothing" to every schema (`undefined`, `null`, an
 * empty text, an object with nothing in it) are left out; an empty list is a value (a team's
 * `municipalities: []` says that no source states the municipality).
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node, type Pair } from 'yaml';
import { quotedInYaml } from '../../editor/scaffold/render.ts';

/** The data of a file as the editor sees it: its fields, and for `.md`/`.mdx` files its text. */
export type EntryData = Record<string, unknown> & { body?: string };

const STRINGIFY = { lineWidth: 0 } as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The value without what means nothing: `undefined`, `null`, `''`, objects left empty. */
export function pruned(value: unknown): unknown {
  if (value === null || value === '' || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(pruned).filter((item) => item !== undefined);
  if (isRecord(value)) {
    const entries = Object.entries(value)
      .map(([key, inner]) => [key, pruned(inner)] as const)
      .filter(([, inner]) => inner !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/**
 * The top-level fields without the `false` of a checkbox the editor never ticked: the form sends
 * `draft: false` for every entry, and a file without the field means the same.
 * @param kept the fields the file already has, which keep their `false`
 */
export function withoutUntickedBoxes(
  data: Record<string, unknown>,
  kept: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => value !== false || kept.has(key)));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Quotes the new texts of a node as `npm run new` does. */
function styled<T extends Node>(node: T): T {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && quotedInYaml(node.value)) node.type = Scalar.QUOTE_DOUBLE;
  } else if (isMap(node) || isSeq(node)) {
    for (const item of node.items) styled((isMap(node) ? (item as Pair).value : item) as Node);
  }
  return node;
}

function createNode(doc: Document, value: unknown): Node {
  return styled(doc.createNode(value) as Node);
}

/**
 * The node for `value`, reusing `node` and as much inside it as did not change.
 * @param value already pruned
 */
function merged(doc: Document, node: Node | null | undefined, value: unknown): Node {
  if (!node) return createNode(doc, value);
  if (same(node.toJS(doc), value)) return node;
  if (isMap(node) && isRecord(value)) return mergedMap(doc, node, value);
  if (isSeq(node) && Array.isArray(value)) return mergedSeq(doc, node, value);
  if (isScalar(node) && !isRecord(value) && !Array.isArray(value)) {
    node.value = value;
    if (typeof value === 'string' && quotedInYaml(value)) node.type = Scalar.QUOTE_DOUBLE;
    return node;
  }
  return createNode(doc, value);
}

const keyOf = (pair: Pair) => String(isScalar(pair.key) ? pair.key.value : pair.key);

function mergedMap(doc: Document, node: YAMLMap, value: Record<string, unknown>): YAMLMap {
  const byKey = new Map(node.items.map((pair) => [keyOf(pair as Pair), pair as Pair]));
  const kept = (node.items as Pair[]).filter((pair) => keyOf(pair) in value);
  for (const pair of kept) pair.value = merged(doc, pair.value as Node, value[keyOf(pair)]);
  // New keys go after the key that precedes them in the data's order (the form's order).
  let previous: Pair | undefined;
  for (const [key, inner] of Object.entries(value)) {
    const existing = byKey.get(key);
    if (existing) {
      previous = existing;
      continue;
    }
    const pair = doc.createPair(key, undefined) as Pair;
    pair.value = createNode(doc, inner);
    kept.splice(previous ? kept.indexOf(previous) + 1 : 0, 0, pair);
    previous = pair;
  }
  node.items = kept;
  return node;
}

/** Index pairs (old, new) of the longest run of equal items, in order. */
function commonItems(old: readonly string[], next: readonly string[]): Array<[number, number]> {
  const table = Array.from({ length: old.length + 1 }, () => new Array<number>(next.length + 1).fill(0));
  for (let i = old.length - 1; i >= 0; i--) {
    for (let j = next.length - 1; j >= 0; j--) {
      table[i]![j] = old[i] === next[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < old.length && j < next.length) {
    if (old[i] === next[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * A list matched item by item: equal items keep their nodes; between them, changed items are merged
 * into the old ones in order, extra new items are created and extra old items dropped.
 */
function mergedSeq(doc: Document, node: YAMLSeq, value: unknown[]): YAMLSeq {
  const old = node.items as Node[];
  const oldJson = old.map((item) => JSON.stringify(item.toJS(doc)));
  const anchors: Array<[number, number]> = [
    ...commonItems(
      oldJson,
      value.map((item) => JSON.stringify(item)),
    ),
    [old.length, value.length],
  ];
  const items: Node[] = [];
  let i = 0;
  let j = 0;
  for (const [oi, nj] of anchors) {
    const gapOld = old.slice(i, oi);
    for (let k = 0; j + k < nj; k++) items.push(merged(doc, gapOld[k], value[j + k]));
    if (oi < old.length) items.push(old[oi] as Node);
    i = oi + 1;
    j = nj + 1;
  }
  node.items = items;
  return node;
}

/** A YAML text for data that has no original: fields in the form's order, new scalars quoted as `npm run new` does. */
export function freshYaml(data: unknown): string {
  const doc = new Document();
  doc.contents = createNode(doc, data) as typeof doc.contents;
  return doc.toString(STRINGIFY);
}

const COMMENT_OR_BLANK = /^[ \t]*(#.*)?$/;

/** Where each top-level pair's text starts, with the comment and blank lines above it. */
function pairStarts(text: string, pairs: readonly Pair[]): number[] {
  return pairs.map((pair) => {
    let start = text.lastIndexOf('\n', ((pair.key as Node).range?.[0] ?? 1) - 1) + 1;
    while (start > 0) {
      const previous = text.lastIndexOf('\n', start - 2) + 1;
      if (!COMMENT_OR_BLANK.test(text.slice(previous, start - 1))) break;
      start = previous;
    }
    return start;
  });
}

/** One top-level pair as YAML, without the comments and blank lines above it (kept from the original). */
function pairText(pair: Pair): string {
  const doc = new Document();
  const map = new YAMLMap();
  const key = pair.key as Node;
  delete key.commentBefore;
  key.spaceBefore = false;
  map.items.push(pair);
  doc.contents = map as typeof doc.contents;
  return doc.toString(STRINGIFY);
}

/**
 * Writes `next` over the YAML text `original`, changing only what differs.
 * @param original the YAML as it is in the file (front matter without its `---` lines, or a YAML file)
 * @param next the new data (a map, or a list for the list files)
 * @returns the new YAML text, ending in a line break
 */
export function rewriteYaml(original: string, next: unknown): string {
  const doc = parseDocument(original);
  const before = doc.toJS() as unknown;
  const unticked = isRecord(next)
    ? withoutUntickedBoxes(next, new Set(isRecord(before) ? Object.keys(before) : []))
    : next;
  const value = pruned(unticked) ?? {};
  const top = doc.contents;
  const shapeKept = (isMap(top) && isRecord(value)) || (isSeq(top) && Array.isArray(value));
  if (doc.errors.length > 0 || !shapeKept) return freshYaml(value);
  if (same(doc.toJS(), value)) return original;
  if (!isMap(top) || !isRecord(value)) {
    const copy = doc.clone();
    copy.contents = merged(copy, copy.contents as Node, value) as typeof copy.contents;
    return copy.toString(STRINGIFY);
  }
  const pairs = top.items as Pair[];
  const starts = pairStarts(original, pairs);
  const lastValue = (pairs.at(-1)?.value ?? pairs.at(-1)?.key) as Node | undefined;
  const tailStart = lastValue?.range
    ? original.indexOf('\n', lastValue.range[1] - 1) + 1 || original.length
    : original.length;
  const segments = pairs.map((pair, index) => ({
    key: keyOf(pair),
    text: original.slice(starts[index], index + 1 < pairs.length ? starts[index + 1] : tailStart),
    pair,
  }));
  const copy = doc.clone();
  const copyPairs = new Map((copy.contents as YAMLMap).items.map((pair) => [keyOf(pair as Pair), pair as Pair]));
  const out: string[] = [original.slice(0, starts[0] ?? 0)];
  const written = new Set<string>();
  const writeNew = (key: string) => {
    const pair = copy.createPair(key, undefined) as Pair;
    pair.value = createNode(copy, value[key]);
    out.push(pairText(pair));
    written.add(key);
  };
  const order = Object.keys(value);
  // New keys that come before every existing key in the form's order go first.
  for (const key of order) {
    if (segments.some((segment) => segment.key === key)) break;
    writeNew(key);
  }
  for (const segment of segments) {
    if (!(segment.key in value)) continue;
    const before = segment.pair.value ? (segment.pair.value as Node).toJS(doc) : null;
    if (same(before, value[segment.key])) out.push(segment.text);
    else {
      const leading = /^(?:[ \t]*(?:#.*)?\n)*/.exec(segment.text)?.[0] ?? '';
      const pair = copyPairs.get(segment.key) as Pair;
      pair.value = merged(copy, pair.value as Node, value[segment.key]);
      out.push(leading + pairText(pair));
    }
    written.add(segment.key);
    // The new keys that follow this one in the form's order, up to the next existing key.
    for (const key of order.slice(order.indexOf(segment.key) + 1)) {
      if (written.has(key) || segments.some((s) => s.key === key)) break;
      writeNew(key);
    }
  }
  for (const key of order) if (!written.has(key)) writeNew(key);
  out.push(original.slice(tailStart));
  const text = out.join('');
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** An `.md`/`.mdx` file split into its front matter (without the `---` lines) and its body. */
export function splitFile(text: string): { yaml: string; body: string } | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : undefined;
}

/** The body as it is written after the front matter: a blank line, the text, a line break. */
function bodyText(body: string | undefined): string {
  const trimmed = (body ?? '').replace(/^\s*\n/, '').trimEnd();
  return trimmed ? `\n${trimmed}\n` : '';
}

/**
 * Writes an `.md`/`.mdx` file: its front matter rewritten by `rewriteYaml`, its body kept as it was
 * unless the text changed.
 * @param original the file as it is, or undefined for a new file
 */
export function rewriteFrontMatterFile(original: string | undefined, next: EntryData): string {
  const { body, ...data } = next;
  const split = original === undefined ? undefined : splitFile(original);
  const yaml = split ? rewriteYaml(split.yaml, data) : freshYaml(pruned(withoutUntickedBoxes(data)) ?? {});
  const keptBody = split && split.body.trim() === (body ?? '').trim() ? split.body : bodyText(body);
  return `---\n${yaml}---\n${keptBody}`;
}

/** Reads an `.md`/`.mdx` file as the editor's data: its fields and `body`. */
export function readFrontMatterFile(text: string): EntryData {
  const split = splitFile(text);
  if (!split) return { body: text };
  const data = parseDocument(split.yaml).toJS() as unknown;
  return { ...(isRecord(data) ? data : {}), body: split.body.replace(/^\s*\n/, '') };
}
