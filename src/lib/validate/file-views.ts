/**
 * One file under `content/` as the checks see it: classified by its path, read once, its front
 * matter split once, its YAML parsed once, its body checked once and its fields validated against
 * their schema once. Each view is made on first use, so a check that stops a file (an empty file, a
 * YAML error) saves the work of the views after it, and a file nobody reads (an image) is never read.
 * No file system here (content-file.ts reads the files from disk), so the web editor checks with it.
 */
import type { z } from 'astro/zod';
import { COLLECTIONS, SEARCH_WORDS_FILE, SITE_FILE } from '../../schemas/index.ts';
import { AllowlistSchema } from './allowlist.ts';
import type { BodyResult } from './body/index.ts';
import type { DecodedText } from './encoding.ts';
import { classify, type FileKind } from './files.ts';
import type { TextProblem } from './problem.ts';
import { splitFrontMatter, type SplitFile } from './front-matter.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

/** A file of the content folder and its views. */
export interface ContentFile {
  /** Path relative to the project root, with forward slashes: how problems name the file. */
  readonly path: string;
  /** Path relative to the content folder, with forward slashes. */
  readonly relative: string;
  /** The content folder, absolute. */
  readonly contentRoot: string;
  /** What the file is (see `files.ts`). */
  readonly kind: FileKind;
  /** The file's text (read as UTF-8, a byte order mark dropped). */
  readonly text: string;
  /** Why the file's bytes are not UTF-8, if they are not. */
  readonly encodingProblem: TextProblem | undefined;
  /** The front matter and body, for entries of collections with a body (`.md`/`.mdx`). */
  readonly frontMatter: SplitFile | undefined;
  /** The YAML (the whole file, or the front matter), or undefined for files without YAML or front matter. */
  readonly yaml: YamlSource | undefined;
  /** The parsed YAML; undefined when there is none or it has syntax errors. */
  readonly data: unknown;
  /** The body's problems and local images, for entries with text after a readable front matter. */
  readonly body: BodyResult | undefined;
  /** The schema the file's fields follow. */
  readonly schema: z.ZodType | undefined;
  /** The fields checked against the schema; undefined when there are no fields to check. */
  readonly validated: z.ZodSafeParseResult<unknown> | undefined;
}

/**
 * A file under the content folder with its views; nothing is read until a view is asked for. No file
 * system here: `openContentFile` (content-file.ts) reads from disk, and the web editor
 * (src/lib/browser/cms/entry-check.ts) passes the text it is about to save.
 * @param contentRoot the content folder, absolute (`content` in the browser)
 * @param filePath the file's path relative to the project root, as problems name it
 * @param relative the file's path relative to the content folder
 * @param read gives the file's text, decoded (`decodeText`, encoding.ts)
 * @param kind what the file is; by its path unless the caller knows better (a symlink on disk)
 * @param checkBody checks a body (`checkBody`, body/index.ts, with Sätteri's native parser); the web
 *   editor has none in the browser, so its files have no `body` view and the body is checked in the PR
 */
export function contentFileOf(
  contentRoot: string,
  filePath: string,
  relative: string,
  read: () => DecodedText,
  kind: FileKind = classify(relative),
  checkBody?: (body: string, format: 'md' | 'mdx') => BodyResult,
): ContentFile {
  const decoded = once(read);
  const text = () => decoded().text;
  const frontMatter = once(() => (hasBodyAndFrontMatter(kind) ? splitFrontMatter(text()) : undefined));
  const yaml = once((): YamlSource | undefined => {
    switch (kind.kind) {
      case 'allowlist':
      case 'site':
      case 'glossary':
      case 'list':
        return parseYaml(text());
      case 'entry': {
        const split = frontMatter();
        if (!split) return parseYaml(text());
        return split.yaml === undefined ? undefined : parseYaml(split.yaml, split.yamlFirstLine);
      }
      default:
        return undefined;
    }
  });
  const body = once(() => {
    const split = frontMatter();
    if (!checkBody || kind.kind !== 'entry' || !split || split.yaml === undefined || !split.hasBody) return undefined;
    return checkBody(split.body, kind.extension === '.md' ? 'md' : 'mdx');
  });
  const schema = schemaOf(kind);
  const validated = once(() => {
    const data = yaml()?.data;
    return schema && data !== undefined ? schema.safeParse(data) : undefined;
  });
  return {
    path: filePath,
    relative,
    contentRoot,
    kind,
    get text() {
      return text();
    },
    get encodingProblem() {
      return decoded().problem;
    },
    get frontMatter() {
      return frontMatter();
    },
    get yaml() {
      return yaml();
    },
    get data() {
      return yaml()?.data;
    },
    get body() {
      return body();
    },
    schema,
    get validated() {
      return validated();
    },
  };
}

/** Whether the file is an entry of a collection whose files have front matter and a body. */
function hasBodyAndFrontMatter(kind: FileKind): boolean {
  if (kind.kind !== 'entry') return false;
  const spec = COLLECTIONS[kind.collection];
  return spec.kind === 'entries' && spec.body;
}

function schemaOf(kind: FileKind): z.ZodType | undefined {
  switch (kind.kind) {
    case 'allowlist':
      return AllowlistSchema;
    case 'site':
      return SITE_FILE.schema;
    case 'glossary':
      return SEARCH_WORDS_FILE.schema;
    case 'list':
    case 'entry':
      return COLLECTIONS[kind.collection].schema;
    default:
      return undefined;
  }
}

/** The value of `compute`, computed on the first call only. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
