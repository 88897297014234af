/**
 * The validator: reads every file under `content/` on its own (not through Astro) and returns ALL
 * problems of all files. `scripts/validate.ts` prints them; `scripts/build.ts` runs the same check
 * in a process beside `astro build`, and keeps nothing Astro built unless the check passes.
 *
 * It is a list of checks (`checks/`, one job each, each returning its problems) and the loop that
 * runs them: each file is read once, its YAML parsed once and its body checked once
 * (`content-file.ts`), and every check of the file reads those; then the checks across files run
 * over what was read.
 */
import path from 'node:path';
import type { CollectionName } from '../../schemas/fragments.ts';
import type { ContentCheck, FileCheck, LoadedEntry, RunState } from './check.ts';
import { body } from './checks/body.ts';
import { bodyImages } from './checks/body-images.ts';
import { dateMismatch } from './checks/date-mismatch.ts';
import { duplicateReferences } from './checks/duplicate-references.ts';
import { scriptText } from './checks/script-text.ts';
import { encoding } from './checks/encoding.ts';
import { fileEmpty } from './checks/file-empty.ts';
import { fileKind } from './checks/file-kind.ts';
import { fileName } from './checks/file-name.ts';
import { frontMatter } from './checks/front-matter.ts';
import { hasFields } from './checks/has-fields.ts';
import { imageField } from './checks/image-field.ts';
import { invisibleControl } from './checks/invisible-control.ts';
import { idsInList, listIds } from './checks/list-ids.ts';
import { personnummer } from './checks/personnummer.ts';
import { preferReferences, references } from './checks/references.ts';
import { repository } from './checks/repository.ts';
import { schema } from './checks/schema.ts';
import { uniqueIds } from './checks/unique-ids.ts';
import { yamlSyntax } from './checks/yaml-syntax.ts';
import { openContentFile, listContentFiles } from './content-file.ts';
import type { ContentFile } from './file-views.ts';
import { ALLOWLIST_FILE } from './files.ts';
import type { AllowlistEntry } from './personnummer.ts';
import { sortProblems, type Problem } from './problem.ts';

export type { LoadedEntry } from './check.ts';

/**
 * The checks of one file, in the order they run. A file goes only to the checks of its kind, and a
 * `final` check that finds a problem ends the file's checks.
 */
export const FILE_CHECKS: readonly FileCheck[] = [
  fileKind,
  encoding,
  fileEmpty,
  personnummer,
  invisibleControl,
  fileName,
  frontMatter,
  body,
  bodyImages,
  yamlSyntax,
  hasFields,
  schema,
  listIds,
  duplicateReferences,
  scriptText,
  dateMismatch,
  imageField,
  repository,
];

/** The checks across files, run once every file is read. */
export const CONTENT_CHECKS: readonly ContentCheck[] = [uniqueIds, references];

export interface ValidationResult {
  problems: Problem[];
  /** How many files were read. */
  fileCount: number;
  /** Entries per collection, by id (the first file wins when an id is duplicated). */
  entries: Map<CollectionName, Map<string, LoadedEntry>>;
  /** The reviewed personnummer of `content/personnummer-allowlist.yaml` (empty when it is missing or wrong). */
  allowlist: AllowlistEntry[];
}

export interface ValidateOptions {
  /** The project root; paths in problems are relative to it. */
  root: string;
  /** The content folder, relative to `root`. Default `content`. */
  contentDir?: string;
  /**
   * `owner/name` of the repository being built (`builtRepository(process.env)`: GitHub Actions'),
   * which `repository` in site.yaml must name; none on an editor's machine.
   */
  repository?: string | undefined;
}

/**
 * Validates the whole content folder.
 * @returns every problem found, sorted by file and line
 */
export function validateContent(options: ValidateOptions): ValidationResult {
  const contentDir = options.contentDir ?? 'content';
  const contentRoot = path.resolve(options.root, contentDir);
  const prefix = contentDir.split(path.sep).join('/');
  const problems: Problem[] = [];
  const run: { allowlist: AllowlistEntry[]; repository: string | undefined } = {
    allowlist: [],
    repository: options.repository,
  };
  const loaded: LoadedEntry[] = [];
  const entries = new Map<CollectionName, Map<string, LoadedEntry>>();
  const listIdsByCollection = new Map<CollectionName, Set<string>>();

  // The allowlist first, so every other file is scanned against it.
  const files = listContentFiles(contentRoot).sort(
    (a, b) => Number(b === ALLOWLIST_FILE) - Number(a === ALLOWLIST_FILE),
  );
  for (const relative of files) {
    const file = openContentFile(contentRoot, path.posix.join(prefix, relative), relative);
    if (!checkFile(file, run, problems)) continue;
    // What later checks need from a file that could be read to the end.
    const kind = file.kind;
    if (kind.kind === 'allowlist') {
      // The allowlist's schema is AllowlistSchema, whose output is AllowlistEntry[].
      if (file.validated?.success) run.allowlist = file.validated.data as AllowlistEntry[];
    } else if (kind.kind === 'list') {
      listIdsByCollection.set(kind.collection, new Set(idsInList(file.data).map(([, id]) => id)));
    } else if (kind.kind === 'entry' && file.yaml) {
      const entry: LoadedEntry = {
        collection: kind.collection,
        id: kind.id,
        file: file.path,
        data: file.data,
        source: file.yaml,
        hasBody: file.frontMatter?.hasBody ?? false,
      };
      loaded.push(entry);
      const byId = entries.get(kind.collection) ?? new Map<string, LoadedEntry>();
      entries.set(kind.collection, byId);
      if (!byId.has(kind.id)) byId.set(kind.id, entry);
    }
  }

  const content = { loaded, entries, listIds: listIdsByCollection };
  for (const check of CONTENT_CHECKS) problems.push(...check.check(content));
  return {
    problems: preferReferences(sortProblems(problems)),
    fileCount: files.length,
    entries,
    allowlist: run.allowlist,
  };
}

/**
 * Runs the checks of one file and adds its problems.
 * @returns whether every check ran (no `final` check stopped the file)
 */
function checkFile(file: ContentFile, run: RunState, problems: Problem[]): boolean {
  for (const check of FILE_CHECKS) {
    if (!check.kinds.includes(file.kind.kind)) continue;
    const found = check.check(file, run);
    for (const item of found) problems.push({ file: file.path, ...item });
    if (check.final && found.length > 0) return false;
  }
  return true;
}
