/**
 * When each content file last changed, from git. Read once per build with a single `git log`.
 * On a shallow clone, outside git, or for a file git has no commit of, the answer is "unknown":
 * the build date is never passed off as a change date.
 */
import { execFileSync } from 'node:child_process';

export interface GitDates {
  /** Why dates are missing, when they are; undefined when git history is complete. */
  unavailable?: 'not-a-repository' | 'shallow-clone';
  /** Last commit date (`YYYY-MM-DD`, Europe/Stockholm) per path relative to the repository root. */
  byFile: Map<string, string>;
}

const DAY_IN_STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

/**
 * Reads the last change date of every file under `paths`.
 * @param cwd a folder inside the repository
 * @param paths what to read the history of, relative to the repository root (default: everything)
 */
export function readGitDates(cwd: string, paths: readonly string[] = ['.']): GitDates {
  let top: string;
  try {
    top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return { unavailable: 'not-a-repository', byFile: new Map() };
  }
  if (git(top, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
    return { unavailable: 'shallow-clone', byFile: new Map() };
  }
  const byFile = new Map<string, string>();
  let log = '';
  try {
    log = git(top, ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', ...paths]);
  } catch {
    // A repository without any commit yet: no file has a date.
    return { byFile };
  }
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) date = DAY_IN_STOCKHOLM.format(new Date(line.slice(1)));
    else if (line && !byFile.has(line)) byFile.set(line, date);
  }
  return { byFile };
}
