/**
 * The about page: the network's rounds (series) in the order they started, with their years, cut
 * into pages.
 */
import { fill, sv } from '../../i18n/sv.ts';
import type { Series } from '../../schemas/series.ts';
import { paginate, ROUNDS_PER_PAGE, type ListPage } from '../routing/paging.ts';
import { routes } from '../routing/routes.ts';
import { prefixIds } from './headings.ts';

/**
 * A round's years as text: "2020–2021", "2021" when it started and ended the same year, or
 * "från 2023" while it goes on (no `end`).
 * @param series the round's `start` and `end` (`YYYY-MM-DD` or `YYYY-MM`)
 * @example seriesYears({ start: '2020-03', end: '2021-01' }) // '2020–2021'
 */
export function seriesYears(series: Pick<Series, 'start' | 'end'>): string {
  const start = series.start.slice(0, 4);
  if (series.end === undefined) return fill(sv.pages.about.ongoing, { start });
  const end = series.end.slice(0, 4);
  return start === end ? start : `${start}–${end}`;
}

/**
 * Rounds in the order they started, the first one first.
 * @returns a new, sorted array
 */
export function sortSeries<S extends { id: string; data: Pick<Series, 'start'> }>(series: Iterable<S>): S[] {
  return [...series].sort((a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id));
}

/**
 * The about page's rounds cut into pages of {@link ROUNDS_PER_PAGE}, in the order given (the first
 * round first): page 1 is the about page itself, the later ones `/om/sida/<n>/`. No rounds give
 * one empty page.
 * @example roundPages(['a', 'b']).map((page) => page.items) // [['a', 'b']]
 */
export function roundPages<R>(rounds: readonly R[]): Array<ListPage<R>> {
  return paginate(rounds, ROUNDS_PER_PAGE, routes.about);
}

/**
 * The anchor of a round (series) on the pages that list rounds: the about page and the archive.
 * @example seriesAnchor('vaxa-upp') // 'omgang-vaxa-upp'
 */
export function seriesAnchor(id: string): string {
  return `omgang-${id}`;
}

/**
 * A round's text with its ids prefixed by the round's anchor: the about page shows several rounds,
 * and rounds share headings ("Bakgrund").
 * @example roundIds('<h4 id="bakgrund">Bakgrund</h4>', 'a') // '<h4 id="omgang-a-bakgrund">Bakgrund</h4>'
 */
export function roundIds(html: string, id: string): string {
  return prefixIds(html, `${seriesAnchor(id)}-`);
}
