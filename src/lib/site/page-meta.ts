/**
 * What the foot of a page says about its source: when it last changed (from git), where its
 * history is and where to suggest a change, on the hosting service (GitHub URL shapes).
 */
import type { GitDates } from '../content/git-dates.ts';

export interface PageMeta {
  /** `YYYY-MM-DD`, or undefined when git cannot tell. */
  lastChanged?: string;
  /** The history of the page's file (or of its folder, for pages built from many files). */
  historyUrl?: string;
  /** The editor on the hosting service, for a page built from one file. */
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
    const base = repository.replace(/\/+$/, '');
    const target = files.length === 1 ? files[0] : commonFolder(files);
    meta.historyUrl = `${base}/commits/${branch}/${target}`;
    if (files.length === 1) meta.editUrl = `${base}/edit/${branch}/${files[0]}`;
  }
  return meta;
}

function commonFolder(files: readonly string[]): string {
  const parts = files.map((file) => file.split('/').slice(0, -1));
  const first = parts[0] ?? [];
  let length = 0;
  while (length < first.length && parts.every((p) => p[length] === first[length])) length++;
  return first.slice(0, length).join('/');
}
