/**
 * Which commit a build was made from, for `/version.json`: the deploy workflow fetches it after
 * publishing and checks that the live site is the commit it just built.
 */
import { execFileSync } from 'node:child_process';

export interface BuildVersion {
  /** The commit: `GITHUB_SHA` in GitHub Actions, else `git rev-parse HEAD`, else "okänd". */
  commit: string;
  /** When the build ran, ISO 8601 in UTC. */
  built: string;
}

/**
 * @param env the environment (`GITHUB_SHA`)
 * @param cwd where to ask git when the environment does not say
 * @param now the build time
 * @example buildVersion({ GITHUB_SHA: 'abc' }, '.', new Date(0)) // { commit: 'abc', built: '1970-01-01T00:00:00.000Z' }
 */
export function buildVersion(
  env: Record<string, string | undefined> = process.env,
  cwd: string = process.cwd(),
  now: Date = new Date(),
): BuildVersion {
  return { commit: env.GITHUB_SHA || headCommit(cwd) || 'okänd', built: now.toISOString() };
}

function headCommit(cwd: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}
