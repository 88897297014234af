/**
 * A list page's title (src/lib/routing/paging.ts). Apart from paging.ts, which the filter script on
 * /exempel/ ships to the browser and which must not pull the site's strings in with it.
 */
import { fill, sv } from '../../i18n/sv.ts';

/**
 * A list page's title: the list's own on page 1, with "sida n av m" after it on later pages, so
 * every page has a title of its own (WCAG 2.4.2).
 * @example listTitle('Träffar', { number: 2, count: 5 }) // 'Träffar, sida 2 av 5'
 */
export function listTitle(title: string, page: { number: number; count: number }): string {
  return page.number <= 1 ? title : fill(sv.pagination.titleSuffix, { title, number: page.number, count: page.count });
}
