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

/** The data without our key, and the text it was read from. */
export function withoutSource(value: Record<string, unknown>): {
  data: Record<string, unknown>;
  original: string | undefined;
} {
  const { [SOURCE_KEY]: key, ...data } = value;
  return { data, original: typeof key === 'string' ? originals.get(key) : undefined };
}

/** A CMS format: how it reads a file into data and writes data into a file. */
export interface CmsFormat {
  fromFile(text: string): Record<string, unknown>;
  toFile(value: Record<string, unknown>): string;
}

/** `.md`/`.mdx` files: front matter and body. */
export const frontMatterFormat: CmsFormat = {
  fromFile: (text) => ({ ...readFrontMatterFile(text), [SOURCE_KEY]: remember(text) }),
  toFile: (value) => {
    const { data, original } = withoutSource(value);
    return rewriteFrontMatterFile(original, data as EntryData);
  },
};

/** The key under which a list file's items are edited (the CMS's list field `root: true`). */
export const LIST_KEY = 'items';

/** YAML files: a person, a list file (a list at the top of the file), `site.yaml`. */
export const yamlFormat: CmsFormat = {
  fromFile: (text) => {
    const data = parseDocument(text).toJS() as unknown;
    const fields = Array.isArray(data) ? { [LIST_KEY]: data } : ((data ?? {}) as Record<string, unknown>);
    return { ...fields, [SOURCE_KEY]: remember(text) };
  },
  toFile: (value) => {
    const { data, original } = withoutSource(value);
    const next = Object.keys(data).length === 1 && Array.isArray(data[LIST_KEY]) ? data[LIST_KEY] : data;
    return original === undefined ? freshYaml(pruned(next) ?? {}) : rewriteYaml(original, next);
  },
};
