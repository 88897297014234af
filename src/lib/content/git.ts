/**
 * Git, as the build reads it (git-dates.ts, content-log.ts, ../site/build-version.ts): in a child
 * process that Astro's thread does not wait for, so other pages render meanwhile. A synchronous call
 * held that thread for the whole of each git command (about 0.1–0.3 s each, several per build).
 */
import { spawn } from 'node:child_process';
import { todayInStockholm } from '../dates/stockholm-time.ts';

/**
 * What a git command printed.
 * @param input written to the command's standard input, then closed
 * @returns its standard output; rejects when it exits with another code than 0 or cannot start
 */
export function git(cwd: string, args: readonly string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(chunks));
      else reject(new Error(`git ${args.join(' ')} avslutades med kod ${code}`));
    });
    // A command that does not read its input closes it early; that is not an error.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/** What a git command printed, as text. */
export async function gitText(cwd: string, args: readonly string[]): Promise<string> {
  return (await git(cwd, args)).toString('utf8');
}

/** Why a repository's history cannot be read: outside git, or a shallow clone. */
export type HistoryUnavailable = 'not-a-repository' | 'shallow-clone';

/** Where the repository is, or why its history cannot be read. */
export type GitHistory = { top: string } | { unavailable: HistoryUnavailable };

/**
 * The repository around `cwd`, when its whole history is there: outside git and in a shallow clone
 * the history is unavailable (the dates it holds would be wrong, not missing).
 */
export async function gitHistory(cwd: string): Promise<GitHistory> {
  let lines: string[];
  try {
    lines = (await gitText(cwd, ['rev-parse', '--show-toplevel', '--is-shallow-repository'])).split('\n');
  } catch {
    return { unavailable: 'not-a-repository' };
  }
  const [top = '', shallow] = lines;
  if (shallow?.trim() === 'true') return { unavailable: 'shallow-clone' };
  return { top: top.trim() };
}

/**
 * The day of a commit date as the site shows it, in Europe/Stockholm.
 * @example commitDay('2024-03-31T23:30:00Z') // '2024-04-01'
 */
export function commitDay(iso: string): string {
  return todayInStockholm(new Date(iso));
}
