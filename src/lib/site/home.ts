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

/** How many reports the start page's list of latest reports shows. */
export const START_PAGE_REPORTS = 3;
/** How many reports to give `startPageMeetings`: one for the box when no meeting is planned, and the list. */
export const START_PAGE_REPORT_POOL = START_PAGE_REPORTS + 1;

/**
 * What the start page's first box and its list of reports show: the next meeting when one is
 * planned; otherwise the latest report takes the box (so it never ends in "nothing planned") and the
 * list goes on with the reports after it.
 * @param next the next meeting, if any (see `nextMeeting`)
 * @param reports the latest reports, newest first, at least `count` + 1 when there are as many
 * @param count how many reports the list shows
 */
export function startPageMeetings<M>(
  next: M | undefined,
  reports: readonly M[],
  count = START_PAGE_REPORTS,
): { next: M | undefined; featuredReport: M | undefined; latest: M[] } {
  if (next) return { next, featuredReport: undefined, latest: reports.slice(0, count) };
  return { next: undefined, featuredReport: reports[0], latest: reports.slice(1, count + 1) };
}
