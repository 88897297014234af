/**
 * Which commit a build was made from, for `/version.json`: the deploy workflow fetches it after
 * publishing and checks that the live site is the commit it just built.
 */
import { gitText } from '../content/git.ts';

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
 * @example await buildVersion({ GITHUB_SHA: 'abc' }, '.', new Date(0)) // { commit: 'abc', built: '1970-01-01T00:00:00.000Z' }
 */
export async function buildVersion(
  env: Record<string, string | undefined> = process.env,
  cwd: string = process.cwd(),
  now: Date = new Date(),
): Promise<BuildVersion> {
  return { commit: env.GITHUB_SHA || (await headCommit(cwd)) || 'okänd', built: now.toISOString() };
}

async function headCommit(cwd: string): Promise<string | undefined> {
  try {
    return (await gitText(cwd, ['rev-parse', 'HEAD'])).trim();
  } catch {
    return undefined;
  }
}
