/**
 * The start page's own sentences.
 */
import { fill, sv } from '../../i18n/sv.ts';
import type { Series } from '../../schemas/series.ts';
import { formatDate } from '../dates/dates.ts';

/**
 * The sentence before the current round's background text on the start page: the round that goes
 * on, or the last one when all have ended; nothing when there is no round.
 * @param series the round that started last (see `latestSeries`)
 */
export function seriesIntro(series: { data: Pick<Series, 'name' | 'start' | 'end'> } | undefined): string | undefined {
  if (!series) return undefined;
  const { name, start, end } = series.data;
  return end
    ? fill(sv.home.lastSeries, { series: name, start: formatDate(start), end: formatDate(end) })
    : fill(sv.home.currentSeries, { series: name, start: formatDate(start) });
}
