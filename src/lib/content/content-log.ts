/**
 * The latest changes to the content, from git, for the page /andringar/: which entry was added,
 * changed or removed, when, under which title, and where its page is now. Drafts never show: a change
 * counts only when the entry was published before or after it, and its title is the one a visitor
 * saw (a published version's, never a draft's). Only the history of the branch itself is read
 * (`--first-parent`): a pull request merged with a merge commit is one change, so the versions in
 * between, which no reviewer approved on their own, never show. A title that held a personnummer,
 * taken out since, is not shown: the last wall would refuse the page, and an editor cannot change
 * the history. On a shallow clone or outside git the log is unavailable; it is never made up
 * from the files as they are.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/fragments.ts';
import { changedFields, entryTitle, readVersion, versionPublished, type Version } from './versions.ts';
import { entryPage } from '../routing/routes.ts';
import { classify } from '../validate/files.ts';
import { findPersonnummer } from '../validate/personnummer.ts';
import { changes } from '../../i18n/sv/changes.ts';
import { commitDay, git, gitHistory, gitText, type HistoryUnavailable } from './git.ts';

/**
 * The collections whose changes are shown. People are left out on purpose: a person who has been
 * removed should not stay named in the log.
 */
export const LOGGED_COLLECTIONS = ['meetings', 'teams', 'plans', 'series'] as const satisfies readonly CollectionName[];
export type LoggedCollection = (typeof LOGGED_COLLECTIONS)[number];

export type LogAction = 'added' | 'changed' | 'removed';

export interface LogItem {
  /** The day of the commit, `YYYY-MM-DD` in Europe/Stockholm. */
  date: string;
  action: LogAction;
  collection: LoggedCollection;
  id: string;
  /** The entry's title as it was in that change. */
  title: string;
  /** The entry's page, when it has one now (it exists and is not a draft). */
  url?: string;
  /** The commit, for stable keys. */
  commit: string;
}

export interface ContentLog {
  /** Why there is no log, when there is none. */
  unavailable?: HistoryUnavailable;
  /** Newest first. */
  items: LogItem[];
}

export interface ContentLogOptions {
  /** A folder inside the repository (the project root). */
  cwd: string;
  /** The content folder, relative to `cwd`. Default `content`. */
  contentDir?: string;
  /** At most this many items. Default 50. */
  limit?: number;
}

/** How many commits to read at most; each commit that touches content gives one item or more. */
const MAX_COMMITS = 2000;

/** One entry file changed by one commit, before its versions are read. */
export interface Candidate {
  commit: string;
  date: string;
  status: 'A' | 'M' | 'D';
  /** Path relative to the repository root. */
  file: string;
  collection: LoggedCollection;
  id: string;
}

/**
 * Reads the latest changes to entries under the content folder.
 * @param options where the repository and the content are, and how many items to return
 * @returns the items, newest first, or why there are none
 */
export async function readContentLog(options: ContentLogOptions): Promise<ContentLog> {
  const limit = options.limit ?? 50;
  const history = await gitHistory(options.cwd);
  if ('unavailable' in history) return { unavailable: history.unavailable, items: [] };
  const { top } = history;
  const contentPath = path
    .relative(top, path.resolve(options.cwd, options.contentDir ?? 'content'))
    .split(path.sep)
    .join('/');
  let log: string;
  try {
    log = await gitText(top, [
      '-c',
      'core.quotePath=false',
      'log',
      // The branch's own history; a merge commit's change is what it brought against the branch.
      '--first-parent',
      `--max-count=${MAX_COMMITS}`,
      '--format=%x00%H %cI',
      '--name-status',
      '--no-renames',
      '--',
      contentPath,
    ]);
  } catch {
    // A repository without any commit yet.
    return { items: [] };
  }

  const candidates = parseLog(log, contentPath);
  const items: LogItem[] = [];
  const current = new Map<string, boolean>();
  const publishedNow = (candidate: Candidate): boolean => {
    let published = current.get(candidate.file);
    if (published === undefined) {
      const absolute = path.join(top, candidate.file);
      published =
        existsSync(absolute) &&
        versionPublished(readVersion(readFileSync(absolute, 'utf8'), hasBody(candidate.collection)));
      current.set(candidate.file, published);
    }
    return published;
  };

  // Read the files' versions in batches until enough items are found (drafts are skipped).
  for (let start = 0; start < candidates.length && items.length < limit; start += 100) {
    const batch = candidates.slice(start, start + 100);
    const specs = batch.flatMap((c) => [`${c.commit}:${c.file}`, `${c.commit}^:${c.file}`]);
    const blobs = await readBlobs(top, specs);
    for (const candidate of batch) {
      const body = hasBody(candidate.collection);
      const version = (spec: string): Version | undefined => {
        const text = blobs.get(spec);
        return text === undefined ? undefined : readVersion(text, body);
      };
      const after = candidate.status === 'D' ? undefined : version(`${candidate.commit}:${candidate.file}`);
      const before = candidate.status === 'A' ? undefined : version(`${candidate.commit}^:${candidate.file}`);
      const action = actionOf(before, after);
      if (!action) continue;
      const item: LogItem = {
        date: candidate.date,
        action,
        collection: candidate.collection,
        id: candidate.id,
        title: shownTitle(versionPublished(after) ? after : before, candidate),
        commit: candidate.commit,
      };
      const page = entryPage(candidate.collection, candidate.id);
      if (page && publishedNow(candidate)) item.url = page;
      items.push(item);
      if (items.length >= limit) break;
    }
  }
  return { items };
}

/**
 * The title a change is listed under: the published version's (the one after the change, or the one
 * before when the change took the entry off the site); the entry's id when it has none. Where that
 * holds a personnummer (taken out since: the file name too may have been made from the title), the
 * change is listed as "rubriken visas inte".
 */
function shownTitle(version: Version | undefined, candidate: Candidate): string {
  const title = entryTitle(version, candidate.collection) ?? candidate.id;
  return findPersonnummer(`${title}\n${candidate.id}`).length > 0 ? changes.hiddenTitle : title;
}

/**
 * What a change means to a visitor, with drafts counting as not published.
 * @returns undefined when nothing visible changed: a draft on both sides, or only comments
 */
export function actionOf(before: Version | undefined, after: Version | undefined): LogAction | undefined {
  const was = versionPublished(before);
  const is = versionPublished(after);
  // Only comments or blank lines changed: nothing a visitor can see.
  if (was && is)
    return changedFields(before?.data, after?.data).length > 0 || before?.body !== after?.body ? 'changed' : undefined;
  if (is) return 'added';
  if (was) return 'removed';
  return undefined;
}

function hasBody(collection: LoggedCollection): boolean {
  const spec = COLLECTIONS[collection];
  return spec.kind === 'entries' && spec.body;
}

/**
 * The entries changed by each commit in `git log --name-status` output, newest first.
 * @param log the output of `git log --format=%x00%H %cI --name-status`
 * @param contentPath the content folder relative to the repository root
 */
export function parseLog(log: string, contentPath: string): Candidate[] {
  const prefix = contentPath ? `${contentPath}/` : '';
  const candidates: Candidate[] = [];
  let commit = '';
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) {
      const [hash = '', iso = ''] = line.slice(1).split(' ');
      commit = hash;
      date = commitDay(iso);
      continue;
    }
    const match = /^([AMD])\t(.+)$/.exec(line);
    if (!match || !commit) continue;
    const file = match[2]!;
    if (!file.startsWith(prefix)) continue;
    const kind = classify(file.slice(prefix.length));
    if (kind.kind !== 'entry' || !(LOGGED_COLLECTIONS as readonly string[]).includes(kind.collection)) continue;
    candidates.push({
      commit,
      date,
      status: match[1] as Candidate['status'],
      file,
      collection: kind.collection as LoggedCollection,
      id: kind.id,
    });
  }
  return candidates;
}

/**
 * Reads many files at given commits with one `git cat-file --batch`.
 * @param specs `<rev>:<path>` each
 * @returns the text of each that exists
 */
async function readBlobs(top: string, specs: readonly string[]): Promise<Map<string, string>> {
  const blobs = new Map<string, string>();
  if (specs.length === 0) return blobs;
  const output = await git(top, ['cat-file', '--batch'], `${specs.join('\n')}\n`);
  let offset = 0;
  for (const spec of specs) {
    const headerEnd = output.indexOf(0x0a, offset);
    if (headerEnd === -1) break;
    const header = output.subarray(offset, headerEnd).toString('utf8');
    offset = headerEnd + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) continue;
    const size = Number(match[2]);
    if (match[1] === 'blob') blobs.set(spec, output.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return blobs;
}
