/**
 * `repository` in content/site.yaml decides where the web editor saves and where every page's
 * "Föreslå en ändring" and history links lead. A pull request that changed it would send editors'
 * saves and visitors' suggestions to another repository, and a reviewer would have to notice one
 * line. So where the build runs on GitHub Actions, the field must name the repository being built;
 * a site that moves changes both in the same step. Elsewhere (an editor's machine, the web editor)
 * the run knows no repository and the check is silent.
 */
import { repoOf } from '../../browser/cms/settings.ts';
import type { FileCheck } from '../check.ts';
import { isRecord } from '../schema-walk.ts';

/**
 * `owner/name` of the repository a run builds: GitHub Actions' `GITHUB_REPOSITORY`, on Actions only.
 * @example builtRepository({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'region/basta' }) // 'region/basta'
 */
export function builtRepository(env: NodeJS.ProcessEnv | Record<string, string | undefined>): string | undefined {
  return env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY ? env.GITHUB_REPOSITORY : undefined;
}

/** Reports a `repository` that names another repository on GitHub than the one being built. */
export const repository: FileCheck = {
  name: 'repository',
  kinds: ['site'],
  check(file, run) {
    const built = run.repository;
    const data = file.data;
    if (!built || !file.yaml || !isRecord(data) || typeof data.repository !== 'string') return [];
    const named = repoOf(data.repository);
    // GitHub's owner and repository names are case-insensitive.
    if (named?.toLowerCase() === built.toLowerCase()) return [];
    return [
      {
        ...file.yaml.locate(['repository']),
        severity: 'error',
        field: 'repository',
        message: `adressen ${data.repository} är inte projektet som byggs här (https://github.com/${built}). Webbredigeraren skulle spara ändringar där, och länkarna "Föreslå en ändring" skulle leda dit. Skriv https://github.com/${built}.`,
        rule: 'repository',
      },
    ];
  },
};
