/**
 * One version of a content file, as git or the working tree holds it: its parsed fields and text,
 * what changed between two versions, whether a version is published and what it is called. The
 * pull-request summary (src/lib/editor/changes.ts) and the site's list of changes
 * (src/lib/content/content-log.ts) both read versions this way.
 */
import { isDeepStrictEqual } from 'node:util';
import type { CollectionName } from '../../schemas/fragments.ts';
import { splitFrontMatter } from '../validate/front-matter.ts';
import { isRecord } from '../validate/schema-walk.ts';
import { parseYaml } from '../validate/yaml-source.ts';
import { isPublished } from './published.ts';

/** What a file held at one side of the comparison. */
export interface Version {
  /** The parsed fields, or undefined when the YAML could not be read. */
  data: Record<string, unknown> | undefined;
  /** The text after the front matter (empty for YAML files). */
  body: string;
}

/**
 * Parses one version of a content file: front matter and text for Markdown files, the whole file for YAML.
 * @param text the file's text
 * @param hasBody whether the file has front matter and a text (`.md`/`.mdx`)
 */
export function readVersion(text: string, hasBody: boolean): Version {
  if (!hasBody) {
    const source = parseYaml(text);
    return { data: isRecord(source.data) ? source.data : undefined, body: '' };
  }
  const split = splitFrontMatter(text);
  if (split.yaml === undefined) return { data: undefined, body: split.body.trim() };
  const source = parseYaml(split.yaml);
  // The body keeps the front matter's lines blank; trimming drops them, so a longer front matter is no text change.
  return { data: isRecord(source.data) ? source.data : undefined, body: split.body.trim() };
}

/**
 * The top-level fields that differ between two versions, in the order of the newer one.
 * @example changedFields({ title: 'A', date: '2020' }, { title: 'B', date: '2020', time: '13:00–14:00' }) // ['title', 'time']
 */
export function changedFields(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): string[] {
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  return keys.filter((key) => !isDeepStrictEqual(before?.[key], after?.[key]));
}

/**
 * Whether a version of an entry is published: it exists and is not a draft. A version whose data
 * cannot be read counts as published: the validator reports it, and the summary must not call it
 * a draft.
 */
export const versionPublished = (version: Version | undefined): boolean =>
  version !== undefined && (version.data === undefined || isPublished(version.data));

/** The field that names an entry: people have a `title` too, but it is their job title. */
const TITLE_FIELD: Record<CollectionName, 'title' | 'name'> = {
  meetings: 'title',
  plans: 'title',
  series: 'name',
  teams: 'name',
  people: 'name',
  municipalities: 'name',
  focusAreas: 'name',
};

/**
 * The title of an entry (its `title`, or `name` where the collection names its entries so).
 * @returns the trimmed title, or undefined when the version has none
 */
export function entryTitle(version: Version | undefined, collection: CollectionName): string | undefined {
  const title = version?.data?.[TITLE_FIELD[collection]];
  return typeof title === 'string' && title.trim() ? title.trim() : undefined;
}
