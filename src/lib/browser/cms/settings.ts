/**
 * What the built `/admin/` page tells the editor's script about the site, in one `<meta>` element
 * (a script may not be written into the page under its CSP): the repository on GitHub, the branch,
 * the OAuth client for signing in, and the public site's stylesheets for the preview. The build
 * writes it (src/lib/build/admin/page.ts); admin.ts reads it.
 */
import type { CmsBackend } from './config.ts';

/** The `name` of the `<meta>` element. */
export const SETTINGS_META = 'basta-cms';

export interface AdminSettings {
  /** `owner/name` on GitHub, from `repository` in content/site.yaml; none when the site has none. */
  repo?: string;
  /** The branch the site is published from. */
  branch: string;
  /** The OAuth client's address (`CMS_AUTH_URL` at build); without it editors sign in with a token. */
  authUrl?: string;
  /** The public site's stylesheets, for the preview. */
  styles: string[];
  /**
   * Save into the browser's own storage instead of GitHub (the CMS's `test-repo` backend): only the
   * offline tests set it (tests/e2e/admin.test.ts), by serving the page with it.
   */
  testRepo?: boolean;
}

/**
 * `owner/name` of a repository's address on GitHub.
 * @example repoOf('https://github.com/region/basta-platsen') // 'region/basta-platsen'
 * @example repoOf('https://gitlab.com/region/basta-platsen') // undefined
 */
export function repoOf(repository: string | undefined): string | undefined {
  const match = /^https:\/\/github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(repository ?? '');
  return match?.[1];
}

/** Where the editor saves; undefined when the site has no repository on GitHub. */
export function backendOf(settings: AdminSettings): CmsBackend | undefined {
  if (settings.testRepo) return { name: 'test-repo' };
  if (!settings.repo) return undefined;
  return {
    name: 'github',
    repo: settings.repo,
    branch: settings.branch,
    ...(settings.authUrl
      ? { base_url: settings.authUrl, auth_methods: ['oauth', 'token'] }
      : { auth_methods: ['token'] }),
  };
}

/** Reads the settings from the page; undefined when the element is missing or unreadable. */
export function readSettings(doc: Document): AdminSettings | undefined {
  const content = doc.querySelector(`meta[name="${SETTINGS_META}"]`)?.getAttribute('content');
  if (!content) return undefined;
  try {
    return JSON.parse(content) as AdminSettings;
  } catch {
    return undefined;
  }
}
