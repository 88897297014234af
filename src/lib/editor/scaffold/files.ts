/**
 * Ids and file names for `npm run new`: the id made from a title, the file a new entry goes to, and
 * the ids that already exist in the content folder (for checks, hints and examples).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYamlText } from 'yaml';
import type { CollectionName } from '../../../schemas/fragments.ts';
import { COLLECTIONS } from '../../../schemas/index.ts';
import { SCAFFOLD_KINDS, type ScaffoldKind } from './kinds.ts';

/** The ids of each collection, sorted as they are found. */
export type KnownIds = Map<CollectionName, string[]>;

/**
 * The file a new entry is written to, relative to the content folder.
 * @example fileFor('meeting', 'goda-exempel', { date: '2020-09-21' }) // 'meetings/2020-09-21-goda-exempel.mdx'
 */
export function fileFor(kind: ScaffoldKind, slug: string, values: Record<string, unknown>): string {
  const spec = COLLECTIONS[SCAFFOLD_KINDS[kind].collection];
  if (spec.kind !== 'entries') throw new Error(`${kind} är ingen samling av filer`);
  const id = kind === 'meeting' ? `${String(values.date)}-${slug}` : slug;
  return `${spec.dir}/${id}${spec.extensions[0]}`;
}

/**
 * The file that already holds the id of `relative` under another of its collection's extensions.
 * @returns the existing file, relative to the content folder, or undefined
 */
export function existingFile(kind: ScaffoldKind, relative: string, contentRoot: string): string | undefined {
  const spec = COLLECTIONS[SCAFFOLD_KINDS[kind].collection];
  const base = relative.slice(0, -path.extname(relative).length);
  return (spec.kind === 'entries' ? spec.extensions : [])
    .map((extension) => `${base}${extension}`)
    .find((candidate) => existsSync(path.join(contentRoot, candidate)));
}

function listIds(file: string): string[] {
  let data: unknown;
  try {
    data = existsSync(file) ? parseYamlText(readFileSync(file, 'utf8')) : undefined;
  } catch {
    data = undefined;
  }
  return (Array.isArray(data) ? data : [])
    .map((item: unknown) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined))
    .filter((id): id is string => typeof id === 'string');
}

function entryIds(dir: string, extensions: readonly string[]): string[] {
  return (existsSync(dir) ? readdirSync(dir) : [])
    .filter((file) => extensions.includes(path.extname(file)))
    .map((file) => file.slice(0, -path.extname(file).length))
    .sort();
}

/** The ids that exist in each collection of the content folder, for checks and hints. */
export function knownIds(contentRoot: string): KnownIds {
  const ids: KnownIds = new Map();
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    ids.set(
      name,
      spec.kind === 'list'
        ? listIds(path.join(contentRoot, spec.file))
        : entryIds(path.join(contentRoot, spec.dir), spec.extensions),
    );
  }
  return ids;
}
