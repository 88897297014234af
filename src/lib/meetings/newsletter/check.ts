/**
 * Checks of an e-mail edition before it is sent.
 */

/**
 * The local origins an HTML text links to (localhost, 127.0.0.1): a build without `SITE_URL` points
 * there, and such links work only on the computer that built the site.
 * @example localAddresses('<a href="http://localhost:4321/om/">') // ['http://localhost:4321']
 */
export function localAddresses(html: string): string[] {
  const found = [...html.matchAll(/(?:href|src)="(https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?)/g)].map(
    (match) => match[1] as string,
  );
  return [...new Set(found)];
}
