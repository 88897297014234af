/**
 * When each content file last changed, from git. Read once per build with a single `git log`.
 * On a shallow clone, outside git, or for a file git has no commit of, the answer is "unknown":
 * the build date is never passed off as a change date.
 */
import { commitDay, gitHistory, gitText, type HistoryUnavailable } from './git.ts';

export interface GitDates {
  /** Why dates are missing, when they are; undefined when git history is complete. */
  unavailable?: HistoryUnavailable;
  /** Last commit date (`YYYY-MM-DD`, Europe/Stockholm) per path relative to the repository root. */
  byFile: Map<string, string>;
}

/**
 * Reads the last change date of every file under `paths`.
 * @param cwd a folder inside the repository
 * @param paths what to read the history of, relative to the repository root (default: everything)
 */
export async function readGitDates(cwd: string, paths: readonly string[] = ['.']): Promise<GitDates> {
  const history = await gitHistory(cwd);
  if ('unavailable' in history) return { unavailable: history.unavailable, byFile: new Map() };
  const byFile = new Map<string, string>();
  let log = '';
  try {
    // The branch's own history, as /andringar/ reads it (content-log.ts): a pull request merged with a
    // merge commit changed its files on the day of the merge.
    log = await gitText(history.top, [
      'log',
      '--first-parent',
      '--format=%x00%cI',
      '--name-only',
      '--no-renames',
      '--',
      ...paths,
    ]);
  } catch {
    // A repository without any commit yet: no file has a date.
    return { byFile };
  }
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) date = commitDay(line.slice(1));
    else if (line && !byFile.has(line)) byFile.set(line, date);
  }
  return { byFile };
}
