/**
 * What the foot of a page says about its source: when it last changed (from git), where its
 * history is and where to suggest a change, on the hosting service (GitHub URL shapes).
 */
import type { GitDates } from '../content/git-dates.ts';
import { repoOf } from '../browser/cms/settings.ts';
import { routes } from '../routing/routes.ts';
import { classify } from '../validate/files.ts';

export interface PageMeta {
  /** `YYYY-MM-DD`, or undefined when git cannot tell. */
  lastChanged?: string;
  /** The history of the page's file (or of its folder, for pages built from many files). */
  historyUrl?: string;
  /**
   * Where to suggest a change to a page built from one file: the entry in the web editor (/admin/)
   * when the repository is on GitHub and the file is an entry, else the hosting service's editor.
   */
  editUrl?: string;
}

/**
 * @param files the content files the page is built from, relative to the repository root
 * @param dates the build's git dates
 * @param repository the repository's web address, from content/site.yaml
 * @param branch the published branch
 */
export function pageMeta(files: readonly string[], dates: GitDates, repository?: string, branch = 'main'): PageMeta {
  const meta: PageMeta = {};
  const known = files.map((file) => dates.byFile.get(file));
  if (files.length > 0 && !dates.unavailable && known.every((date) => date !== undefined)) {
    meta.lastChanged = known.sort().at(-1) as string;
  }
  if (repository && files.length > 0) {
    const target = files.length === 1 ? (files[0] as string) : commonFolder(files);
    const history = historyUrl(repository, target, branch);
    if (history) meta.historyUrl = history;
    if (files.length === 1) meta.editUrl = editUrl(repository, files[0] as string, branch);
  }
  return meta;
}

/**
 * The web editor's address of an entry's file when the repository is on GitHub (the editor saves
 * there), else the hosting service's own editor.
 * @example editUrl('https://github.com/a/b', 'content/teams/x.mdx') // '/admin/#/collections/teams/entries/x'
 */
export function editUrl(repository: string, file: string, branch = 'main'): string {
  const kind = file.startsWith('content/') ? classify(file.slice('content/'.length)) : undefined;
  if (repoOf(repository) && kind?.kind === 'entry') return routes.adminEntry(kind.collection, kind.id);
  return `${repositoryBase(repository)}/edit/${branch}/${file}`;
}

/**
 * The history of a file or folder on the hosting service (GitHub's address shape).
 * @param repository the repository's web address, from content/site.yaml; none gives none
 * @param target a file or folder, relative to the repository root
 * @example historyUrl('https://github.com/a/b/', 'content') // 'https://github.com/a/b/commits/main/content'
 */
export function historyUrl(repository: string | undefined, target: string, branch = 'main'): string | undefined {
  return repository ? `${repositoryBase(repository)}/commits/${branch}/${target}` : undefined;
}

/**
 * The content files a page is built from, for its "last changed" (see {@link pageMeta}): files
 * named as paths, and each entry's `filePath`, from single entries and lists of them; missing
 * entries are skipped.
 * @example filesOf('content/site.yaml', { filePath: 'a.mdx' }, [{ filePath: 'b.mdx' }], undefined)
 * // ['content/site.yaml', 'a.mdx', 'b.mdx']
 */
export function filesOf(...parts: ReadonlyArray<FilePart | readonly FilePart[]>): Array<string | undefined> {
  return parts
    .flatMap((part) => (Array.isArray(part) ? (part as readonly FilePart[]) : [part as FilePart]))
    .flatMap((entry) => (entry === undefined ? [] : [typeof entry === 'string' ? entry : entry.filePath]));
}

/** A file of a page: its path, an entry read from it, or nothing. */
type FilePart = string | FileEntry | undefined;

/** An entry with the file it is read from (Astro's entries have `filePath`). */
interface FileEntry {
  filePath?: string | undefined;
}

function repositoryBase(repository: string): string {
  return repository.replace(/\/+$/, '');
}

function commonFolder(files: readonly string[]): string {
  const parts = files.map((file) => file.split('/').slice(0, -1));
  const first = parts[0] ?? [];
  let length = 0;
  while (length < first.length && parts.every((p) => p[length] === first[length])) length++;
  return first.slice(0, length).join('/');
}
