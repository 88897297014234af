/**
 * What a check is. The validator (`content.ts`) is a list of them, each a small module under
 * `checks/` with one job that returns its problems: checks of one file, run on every file in turn,
 * and checks across files, run once every file is read.
 */
import type { CollectionName } from '../../schemas/fragments.ts';
import type { ContentFile } from './file-views.ts';
import type { FileKind } from './files.ts';
import type { AllowlistEntry } from './personnummer.ts';
import type { Problem, TextProblem } from './problem.ts';
import type { RuleId } from './rules.ts';
import type { YamlSource } from './yaml-source.ts';

/** What the run has learnt before a file is checked. */
export interface RunState {
  /** The reviewed personnummer (the allowlist file is read before all others). */
  allowlist: readonly AllowlistEntry[];
  /** `owner/name` of the repository being built, on GitHub Actions (`checks/repository.ts`). */
  repository?: string | undefined;
}

/** A check of one file. */
export interface FileCheck {
  /** The check's name, as its file under `checks/`. */
  name: string;
  /** The kinds of file it looks at (see `files.ts`); other files never reach it. */
  kinds: readonly FileKind['kind'][];
  /** When true, a file with a problem here gets no further checks: nothing after it can be read. */
  final?: boolean;
  /** The problems of one file, without the file's path (the loop adds it). */
  check(file: ContentFile, run: RunState): readonly TextProblem[];
}

/** An entry that got through the checks of its file far enough to be read: its fields are a map. */
export interface LoadedEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: unknown;
  source: YamlSource;
  /** Whether the file has text after its front matter. */
  hasBody: boolean;
}

/** Everything read from the content folder, for the checks across files. */
export interface LoadedContent {
  /** Every loaded entry, in the order its file was read; two files may share an id. */
  loaded: readonly LoadedEntry[];
  /** Entries per collection, by id: the first file wins when an id is duplicated. */
  entries: ReadonlyMap<CollectionName, ReadonlyMap<string, LoadedEntry>>;
  /** The ids of each list file (`municipalities.yaml`, …) that could be read. */
  listIds: ReadonlyMap<CollectionName, ReadonlySet<string>>;
}

/** A check across files. */
export interface ContentCheck {
  /** The check's name, as its file under `checks/`. */
  name: string;
  /** The problems it finds, each with its file. */
  check(content: LoadedContent): readonly Problem[];
}

/**
 * A problem about a whole file, at its first line.
 * @example wholeFile('file-empty', 'filen är tom').line // 1
 */
export function wholeFile(rule: RuleId, message: string, field = 'file'): TextProblem {
  return { line: 1, column: 1, severity: 'error', field, message, rule };
}
