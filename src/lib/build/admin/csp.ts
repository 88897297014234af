/**
 * The Content-Security-Policy of the web editor at `/admin/`, as strict as Sveltia CMS allows
 * (measured with CMS version 0.221.1 in Chromium: tests/e2e/admin.test.ts loads every screen under it
 * and fails on any violation but the three named below). The public pages keep their own policy,
 * which Astro writes (astro.config.mjs); `/admin/` is not an Astro page and carries this one.
 *
 * What each source is for, and why it cannot be stricter:
 * - `script-src 'self'`: the CMS and our code, bundled into files under /admin/; no inline script,
 *   no `eval`.
 * - `style-src 'self' 'unsafe-inline'`: Svelte, which the CMS is written in, sets `style`
 *   attributes and adds `<style>` elements at run time; without it the interface has no layout.
 * - `img-src 'self' blob: data:`: images being uploaded are shown from `blob:` addresses; icons are
 *   `data:` addresses. GitHub's avatars (the signed-in user's picture) are allowed too.
 * - `connect-src 'self' blob: data: https://api.github.com`: the CMS reads and writes the repository
 *   through GitHub's REST and GraphQL APIs; `blob:` and `data:` for files in memory. The CMS also asks
 *   www.githubstatus.com whether GitHub is up on every load; that is left blocked (a request to a
 *   third party on every load, for a notice), so the browser logs two CSP errors and no status shows.
 * - `frame-src 'self' blob:` and `worker-src 'self' blob:`: the preview is a `blob:` document in a
 *   frame, and the CMS reads images in workers.
 * - `font-src 'self'`: the CMS's fonts are bundled. Its stylesheet also names fonts on
 *   cdn.jsdelivr.net, which this policy blocks (three violations on every load, no request made).
 * - `base-uri 'self'`: the preview document sets a `<base>` for its relative addresses.
 * - `form-action 'none'`, `object-src 'none'`, `default-src 'none'`: nothing else.
 *
 * A `<meta>` element cannot carry `frame-ancestors`; a host that can send headers should send the
 * whole policy as a header with `frame-ancestors 'none'` added (README, "The web editor").
 */

/** The policy's directives, in order; the OAuth client's origin is added to `connect-src` when set. */
export function adminCspDirectives(authUrl?: string): string[] {
  const auth = authUrl ? ` ${new URL(authUrl).origin}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data: https://avatars.githubusercontent.com",
    "font-src 'self'",
    `connect-src 'self' blob: data: https://api.github.com${auth}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'none'",
    "object-src 'none'",
  ];
}

/** The policy as a `<meta http-equiv>` carries it. */
export function adminCsp(authUrl?: string): string {
  return adminCspDirectives(authUrl).join('; ');
}

/** The headers a host should send with `/admin/` (README): the policy with what a `<meta>` cannot say. */
export function adminHeaders(authUrl?: string): Record<string, string> {
  return {
    'Content-Security-Policy': [...adminCspDirectives(authUrl), "frame-ancestors 'none'"].join('; '),
    'X-Robots-Tag': 'noindex, nofollow',
    'Referrer-Policy': 'same-origin',
  };
}
