/**
 * Absolute addresses for feeds and the calendar, which leave the site and so cannot use
 * root-relative links. The public address comes from Astro's `site` setting; a local build without
 * it points at the local preview server.
 */

/** Where `astro preview` serves the site when no public address is configured. */
export const LOCAL_SITE = 'http://localhost:4321/';

/**
 * The site's public base address.
 * @param site `Astro.site` (undefined when `site` is not configured)
 * @example siteUrl(undefined).href // 'http://localhost:4321/'
 */
export function siteUrl(site: URL | undefined): URL {
  return new URL(site ?? LOCAL_SITE);
}

/**
 * An absolute address for a path of the site.
 * @param path root-relative, e.g. `/traffar/2020-09-21-goda-exempel/`
 * @param site `Astro.site`, or undefined
 * @example absoluteUrl('/kalender.ics', new URL('https://example.se/')) // 'https://example.se/kalender.ics'
 */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(path, siteUrl(site)).href;
}
