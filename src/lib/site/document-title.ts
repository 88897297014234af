/**
 * The title of a page as the browser's tab and search engines show it.
 */

/**
 * A page's title followed by the site's name; the start page, titled with the site's name, has it
 * once. The plans' filter script writes the same titles when it filters in place.
 * @example documentTitle('Kontakt', 'Bästa platsen') // 'Kontakt – Bästa platsen'
 * @example documentTitle('Bästa platsen', 'Bästa platsen') // 'Bästa platsen'
 */
export function documentTitle(title: string, siteName: string): string {
  return title === siteName ? title : `${title} – ${siteName}`;
}
