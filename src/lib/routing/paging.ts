/**
 * Lists that grow with the content are cut into pages, so every page stays within the page-weight
 * budget however large the network grows: the archive, the team stories and their filter pages,
 * each hub's meetings, and the rounds on the about page. Page 1 keeps the list's own address
 * (`/traffar/`); page n > 1 is `<list>sida/<n>/`. Hubs and the calendar show their first items and
 * link the full lists.
 */

/** Team cards per page: fills a grid of one to four columns evenly. */
export const TEAMS_PER_PAGE = 24;
/** Meetings per page of the archive and of a hub's meetings (a meeting is a line, not a card). */
export const MEETINGS_PER_PAGE = 40;
/**
 * Rounds (series) per page of the about page: a round is its whole background text, several
 * paragraphs, far heavier than a meeting's line or a team's card.
 */
export const ROUNDS_PER_PAGE = 10;
/** Upcoming and past meetings the calendar lists, each; the archive holds them all. */
export const CALENDAR_MEETINGS = 12;
/** Team stories and meetings a hub (/kommuner/<id>/, /fokusomraden/<id>/) lists, each; it links the rest. */
export const HUB_ITEMS = 12;

/** One page of a list. */
export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has (at least 1, also for an empty list). */
  count: number;
  items: T[];
  /** 1-based position of the page's first item in the whole list (0 on an empty list). */
  from: number;
  /** 1-based position of the page's last item. */
  to: number;
  /** Items in the whole list. */
  total: number;
  /** The list's address (page 1), ending in `/`. */
  base: string;
}

/**
 * Cuts a list into pages of `size` items. An empty list has one empty page, so the list's
 * address always exists.
 * @example paginate(['a', 'b', 'c'], 2, '/x/').map((p) => p.items) // [['a', 'b'], ['c']]
 */
export function paginate<T>(items: readonly T[], size: number, base: string): Array<ListPage<T>> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      number: i + 1,
      count,
      items: slice,
      from: slice.length === 0 ? 0 : i * size + 1,
      to: i * size + slice.length,
      total: items.length,
      base,
    };
  });
}

/**
 * Page `number` of a list cut into pages; a page that does not exist fails the build, as a route
 * would otherwise render an empty list.
 * @example pageOf(paginate(['a', 'b', 'c'], 2, '/x/'), 2).items // ['c']
 */
export function pageOf<P extends { number: number }>(pages: readonly P[], number: number): P {
  const page = pages[number - 1];
  if (!page) throw new Error(`there is no page ${number} of ${pages.length}`);
  return page;
}

/**
 * Route parameters for the pages after the first (`src/pages/…/sida/[page].astro`).
 * @example laterPages([{ number: 1 }, { number: 2 }]) // [{ params: { page: '2' }, props: { page: { number: 2 } } }]
 */
export function laterPages<P extends { number: number }>(pages: readonly P[]) {
  return pages.slice(1).map((page) => ({ params: { page: String(page.number) }, props: { page } }));
}

/**
 * Which page numbers a pagination bar links: the first, the last, and two on each side of the
 * current one; `null` marks a gap (shown as "…"). Never more than nine entries however many pages.
 * @example pageNumbers(6, 12) // [1, null, 4, 5, 6, 7, 8, null, 12]
 * @example pageNumbers(5, 10) // [1, 2, 3, 4, 5, 6, 7, null, 10]
 * @example pageNumbers(2, 3) // [1, 2, 3]
 */
export function pageNumbers(current: number, count: number): Array<number | null> {
  const shown = new Set([1, count]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= count) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const result: Array<number | null> = [];
  numbers.forEach((n, i) => {
    const before = numbers[i - 1];
    // A gap of exactly one page is shown as that page rather than "…".
    if (before !== undefined && n - before === 2) result.push(before + 1);
    else if (before !== undefined && n - before > 2) result.push(null);
    result.push(n);
  });
  return result;
}
