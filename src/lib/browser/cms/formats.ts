/**
 * The file formats of the web editor: `.md`/`.mdx` with front matter, and YAML files (people, the
 * list files, `site.yaml`), each written by minimal-yaml.ts so that a save changes only what the
 * editor changed.
 *
 * The CMS hands a format's writer only the new data, not the file it came from. So the reader
 * remembers each text it read and gives the data a key of its own (`SOURCE_KEY`), which the CMS
 * keeps with the entry as it keeps any field it does not know; the writer finds the original by it
 * and takes the key out again. A new entry has no such key and is written fresh.
 */
import { parseDocument } from 'yaml';
import { VARIANT_KEY, variantLists } from './config.ts';
import { literalBody } from './literal-body.ts';
import {
  readFrontMatterFile,
  rewriteFrontMatterFile,
  rewriteYaml,
  freshYaml,
  pruned,
  type EntryData,
} from './minimal-yaml.ts';

/** The key that ties an entry's data to the text it was read from. */
export const SOURCE_KEY = '_kalla';

/** The texts read, by key. */
const originals = new Map<string, string>();

/** A short key for a text (FNV-1a), with its length. */
function keyOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}

function remember(text: string): string {
  const key = keyOf(text);
  originals.set(key, text);
  return key;
}

/**
 * The data without the keys the CMS adds to list items while editing (`__sc_item_id`, …), which it
 * leaves out when it writes, but which the check before saving sees, and without the alternative
 * of a speaker (`VARIANT_KEY`), which only the form needs.
 */
export function withoutCmsKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutCmsKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !key.startsWith('__sc_') && key !== VARIANT_KEY)
      .map(([key, inner]) => [key, withoutCmsKeys(inner)]),
  ) as T;
}

/** The data without our key, and the text it was read from. */
export function withoutSource(value: Record<string, unknown>): {
  data: Record<string, unknown>;
  original: string | undefined;
} {
  const { [SOURCE_KEY]: key, ...data } = withoutCmsKeys(value);
  return { data, original: typeof key === 'string' ? originals.get(key) : undefined };
}

const VARIANT_LISTS = variantLists();

/**
 * The data with each item of a list of a union marked with its alternative (the first of its
 * alternatives' own fields that it has), so the form shows that alternative's fields.
 */
export function withVariants(data: Record<string, unknown>): Record<string, unknown> {
  const marked = { ...data };
  for (const [name, variants] of VARIANT_LISTS) {
    const items = marked[name];
    if (!Array.isArray(items)) continue;
    marked[name] = items.map((item: unknown) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
      const variant = variants.find((key) => key in item);
      return variant ? { ...item, [VARIANT_KEY]: variant } : item;
    });
  }
  return marked;
}

/** A CMS format: how it reads a file into data and writes data into a file. */
export interface CmsFormat {
  fromFile(text: string): Record<string, unknown>;
  toFile(value: Record<string, unknown>): string;
}

/** `.md`/`.mdx` files: front matter and body. */
export const frontMatterFormat: CmsFormat = {
  fromFile: (text) => ({ ...withVariants(readFrontMatterFile(text)), [SOURCE_KEY]: remember(text) }),
  toFile: (value) => {
    const { data, original } = withoutSource(value);
    // What was typed in the text is text (literal-body.ts).
    const body = typeof data.body === 'string' ? { body: literalBody(data.body) } : {};
    return rewriteFrontMatterFile(original, { ...data, ...body } as EntryData);
  },
};

/** The key under which a list file's items are edited (the CMS's list field `root: true`). */
export const LIST_KEY = 'items';

/** The list files read, newest last: a list carries no key of ours, so it is matched by its items. */
const lists: string[] = [];

/** The list file text whose items overlap `items` most. */
function listOriginal(items: unknown[]): string | undefined {
  const wanted = new Set(items.map((item) => JSON.stringify(item)));
  let best: { text: string; score: number } | undefined;
  for (const text of lists) {
    const old = parseDocument(text).toJS() as unknown[];
    const score = old.filter((item) => wanted.has(JSON.stringify(item))).length;
    if (!best || score >= best.score) best = { text, score };
  }
  return best?.text;
}

/**
 * YAML files: a person, `site.yaml`, and the list files, whose top is a list (the CMS edits it as a
 * list field with `root: true`, and hands the format the list itself).
 */
export const yamlFormat: CmsFormat = {
  fromFile: (text) => {
    const data = parseDocument(text).toJS() as unknown;
    if (Array.isArray(data)) {
      lists.push(text);
      return data as unknown as Record<string, unknown>;
    }
    return { ...((data ?? {}) as Record<string, unknown>), [SOURCE_KEY]: remember(text) };
  },
  toFile: (value) => {
    value = withoutCmsKeys(value);
    const wrapped = !Array.isArray(value) && Object.keys(value).length === 1 && Array.isArray(value[LIST_KEY]);
    const items = Array.isArray(value) ? (value as unknown[]) : wrapped ? (value[LIST_KEY] as unknown[]) : undefined;
    if (items) {
      const original = listOriginal(items);
      return original === undefined ? freshYaml(pruned(items) ?? []) : rewriteYaml(original, items);
    }
    const { data, original } = withoutSource(value);
    return original === undefined ? freshYaml(pruned(data) ?? {}) : rewriteYaml(original, data);
  },
};
