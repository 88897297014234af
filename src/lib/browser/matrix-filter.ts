/**
 * The matrix filter in the browser. Kept free of imports so the script that runs it stays small;
 * the pages pre-render every filter's text, and the script only switches between them.
 */

/**
 * Whether a row belongs to the filter: every row does when no service is chosen.
 * @param serviceSlugs the row's service slugs
 * @param slug the chosen service's slug, or undefined/empty for all rows
 * @example rowMatches(['skola', 'socialtjanst'], 'skola') // true
 */
export function rowMatches(serviceSlugs: readonly string[], slug: string | undefined): boolean {
  return !slug || serviceSlugs.includes(slug);
}

/**
 * The slugs in a row's `data-services` attribute (space-separated).
 * @example parseSlugs(' skola  socialtjanst ') // ['skola', 'socialtjanst']
 */
export function parseSlugs(attribute: string | undefined): string[] {
  return (attribute ?? '').split(/\s+/).filter(Boolean);
}

/**
 * Which filter link a URL path shows: the one whose address has that path, else the first (all rows).
 * @param pathname e.g. `/handlingsplaner/plan/verksamhet/skola/`
 * @param hrefs the filter links' addresses, the "all rows" link first
 * @returns the index of the link
 * @example filterIndexFor('/p/verksamhet/skola/', ['/p/#matris', '/p/verksamhet/skola/#matris']) // 1
 */
export function filterIndexFor(pathname: string, hrefs: readonly string[]): number {
  const index = hrefs.findIndex((href) => new URL(href, 'http://x').pathname === pathname);
  return index === -1 ? 0 : index;
}

/**
 * Whether a click should be left to the browser: another button, or a modifier key that opens the
 * link in a new tab or window.
 */
export function isPlainClick(
  event: Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey'>,
): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
