/**
 * What a search result shows besides its title and excerpt. Apart from search-data.ts, which the
 * search page ships to the browser and which must not pull the site's strings in with it.
 */
import { sv } from '../../i18n/sv.ts';
import { formatDate } from '../dates/dates.ts';
import type { SearchData } from './search-data.ts';

/**
 * A page's type and date in words, as Pagefind meta values; no date when the page has none.
 * @example resultMeta({ type: 'traff', date: '2020-09-21' }) // ['typ:Träff', 'datum:21 september 2020']
 */
export function resultMeta(data: Pick<SearchData, 'type' | 'date'>): string[] {
  return [`typ:${sv.search.types[data.type]}`, ...(data.date ? [`datum:${formatDate(data.date)}`] : [])];
}
