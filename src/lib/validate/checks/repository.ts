/**
 * `repository` in content/site.yaml decides where the web editor saves and where every page's
 * "Föreslå en ändring" and history links lead. A pull request that changed it would send editors'
 * saves and visitors' suggestions to another repository, and a reviewer would have to notice one
 * line. So in a pull request's checks on GitHub Actions, the field must name the repository the pull
 * request is for; a site that moves changes both in the same step. Elsewhere (an editor's machine,
 * the web editor, a fork's own workflows, whose repository is the fork) the run knows no repository
 * and the check is silent.
 */
import { repoOf } from '../../browser/cms/settings.ts';
import type { FileCheck } from '../check.ts';
import { isRecord } from '../schema-walk.ts';

/**
 * `owner/name` of the repository a pull request is for: GitHub Actions' `GITHUB_REPOSITORY`, in a
 * pull request's workflow only (`GITHUB_EVENT_NAME` `pull_request…`, where it is the base repository,
 * also for a pull request from a fork).
 * @example builtRepository({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'region/basta' }) // 'region/basta'
 */
export function builtRepository(env: NodeJS.ProcessEnv | Record<string, string | undefined>): string | undefined {
  const pullRequest = env.GITHUB_ACTIONS === 'true' && (env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request');
  return pullRequest && env.GITHUB_REPOSITORY ? env.GITHUB_REPOSITORY : undefined;
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
        message: `adressen ${data.repository} är inte projektet som förslaget gäller (https://github.com/${built}). Webbredigeraren skulle spara ändringar där, och länkarna "Föreslå en ändring" skulle leda dit. Skriv https://github.com/${built}.`,
        rule: 'repository',
      },
    ];
  },
};
