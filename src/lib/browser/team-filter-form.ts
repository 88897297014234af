/**
 * The script of the combined team filter on /exempel/ (src/components/teams/FilterForm.astro; the
 * rules it applies are in team-filters.ts). It reveals the form, hides the filter links, and filters
 * the cards in place on every choice or submission: the counts in the options follow the other
 * filters' choice, the live region says how many teams are shown, and the choice is written to the
 * address (`?kommun=…&fokus=…&status=…`), which the script applies on load.
 *
 * The page holds the cards (`[data-team-cards] > li`, each with its ids in `data-kommun`,
 * `data-fokus` and `data-status`), a live region (`data-team-count`) and a paragraph for "no match"
 * (`data-team-none`). When the list is cut into pages (`data-pagination`), the first choice fetches
 * the other pages (PARALLEL_FETCHES at a time, FETCH_TIMEOUT_MS each) and moves their cards into
 * this one, so the filter covers every team; the page links are then hidden. If a page cannot be
 * fetched, or belongs to another build of the list, the count says so and the filter chooses among
 * this page's cards.
 *
 * It imports only the teams' strings: importing `sv` would ship every string of the site to the
 * browser (5 KB gzipped, over the page-weight budget of tests/e2e/budgets.test.ts).
 */
import { fill } from '../../i18n/fill.ts';
import { teams as strings } from '../../i18n/sv/teams.ts';
import { FILTER_KEYS, pageUrl, samePage, type FilterKey } from '../routing/routes.ts';
import {
  countsFor,
  filterFromQuery,
  filterToQuery,
  idsFromAttribute,
  matchesFilter,
  type TeamFacets,
  type TeamFilter,
} from './team-filters.ts';

/** At most this many pages of the list are fetched at once. */
export const PARALLEL_FETCHES = 4;
/** How long one page of the list may take to arrive. */
export const FETCH_TIMEOUT_MS = 10_000;

/** The cards of a list page. */
const CARDS = '[data-team-cards] > li';

/**
 * The ids a card carries in each filter, from its `data-` attributes.
 * @example cardFacets({ kommun: 'nassjo vetlanda', fokus: '', status: 'infort' })
 * // { kommun: ['nassjo', 'vetlanda'], fokus: [], status: ['infort'] }
 */
export function cardFacets(data: Readonly<Partial<Record<FilterKey, string>>>): TeamFacets {
  return {
    kommun: idsFromAttribute(data.kommun),
    fokus: idsFromAttribute(data.fokus),
    status: idsFromAttribute(data.status),
  };
}

/**
 * The numbers of a list's pages other than the one shown, in order.
 * @example otherPages(2, 4) // [1, 3, 4]
 */
export function otherPages(current: number, pages: number): number[] {
  return Array.from({ length: pages }, (_, i) => i + 1).filter((n) => n !== current);
}

/**
 * Runs `work` on every item, at most `limit` at a time, in the items' order; rejects with the first
 * failure.
 */
export async function eachInParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

/**
 * The cards in list order, each once: a card is known by its link, so a team that moved from one
 * page to the next while the pages were fetched is not shown twice.
 */
export function uniqueCards<T extends Element>(cards: readonly T[]): T[] {
  const seen = new Set<string>();
  return cards.filter((card) => {
    const key = card.querySelector('a')?.getAttribute('href') ?? '';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The cards of a fetched page of the list.
 * @param html the page
 * @param pages how many pages the list has here; a page that says otherwise is of another build
 * @throws when the page belongs to another build of the list
 */
export function cardsOfPage(html: string, pages: number): HTMLLIElement[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (Number(doc.querySelector<HTMLElement>('[data-pagination]')?.dataset.pages) !== pages) {
    throw new Error('the list has changed');
  }
  return [...doc.querySelectorAll<HTMLLIElement>(CARDS)];
}

/** Fetches a page of the site as text, within FETCH_TIMEOUT_MS; rejects on an error status. */
export async function fetchPage(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`${response.status}`);
  return response.text();
}

/**
 * An option's text: the value's name and how many teams it would show.
 * @example optionText('Nässjö', 3) // 'Nässjö (3)'
 */
export function optionText(name: string, count: number): string {
  return fill(strings.filter.withCount, { name, count });
}

/**
 * What the live region says: how many teams are shown, and whether some pages could not be fetched.
 * @example countText(2, 7, false) // 'Visar 2 av 7 exempel.'
 */
export function countText(shown: number, total: number, failed: boolean): string {
  const showing = fill(strings.list.showing, { count: shown, total });
  return failed ? `${showing} ${strings.list.loadFailed}` : showing;
}

/**
 * Starts the combined filter of a team list page, if the page has one.
 * @param doc the page
 * @param load how a page of the list is fetched (tests pass a stand-in)
 */
export function startTeamFilterForm(doc: Document, load: (url: string) => Promise<string> = fetchPage): void {
  const win = doc.defaultView;
  const form = doc.querySelector<HTMLFormElement>('form[data-team-filter]');
  const list = doc.querySelector<HTMLElement>('[data-team-cards]');
  const count = doc.querySelector<HTMLElement>('[data-team-count]');
  const none = doc.querySelector<HTMLElement>('[data-team-none]');
  const pagination = doc.querySelector<HTMLElement>('[data-pagination]');
  if (!win || !form || !count) return;

  const selects = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, form.elements.namedItem(key) as HTMLSelectElement]),
  ) as Record<FilterKey, HTMLSelectElement>;
  const known = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, [...selects[key].options].map((option) => option.value).filter(Boolean)]),
  ) as Record<FilterKey, string[]>;
  let items = [...doc.querySelectorAll<HTMLLIElement>(CARDS)];
  let facets = items.map((item) => cardFacets(item.dataset));

  /** Fetches the list's other pages and puts all cards, in list order and each once, into this page's list. */
  const loadAllPages = async (): Promise<void> => {
    const base = pagination?.dataset.base;
    const current = Number(pagination?.dataset.page);
    const pages = Number(pagination?.dataset.pages);
    if (!list || !base || !(pages > 1)) return;
    const byPage: HTMLLIElement[][] = Array.from({ length: pages }, () => []);
    byPage[current - 1] = items;
    await eachInParallel(otherPages(current, pages), PARALLEL_FETCHES, async (n) => {
      byPage[n - 1] = cardsOfPage(await load(pageUrl(base, n)), pages);
    });
    list.replaceChildren(
      ...uniqueCards(byPage.flat()).map((item) => (item.ownerDocument === doc ? item : doc.importNode(item, true))),
    );
    items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
    pagination?.setAttribute('hidden', '');
  };

  /** Resolves once every page's cards are here (or fetching them failed: then this page's only). */
  let loaded: Promise<void> | undefined;
  let failed = false;
  const loadOnce = (): Promise<void> => {
    loaded ??= (async () => {
      if (!pagination) return;
      count.textContent = strings.list.loading;
      try {
        await loadAllPages();
        facets = items.map((item) => cardFacets(item.dataset));
      } catch {
        failed = true;
      }
    })();
    return loaded;
  };

  const apply = (filter: TeamFilter): void => {
    let shown = 0;
    items.forEach((item, index) => {
      const match = matchesFilter(facets[index] as TeamFacets, filter);
      item.hidden = !match;
      if (match) shown += 1;
    });
    for (const key of FILTER_KEYS) {
      selects[key].value = filter[key] ?? '';
      const counts = countsFor(facets, key, filter);
      for (const option of selects[key].options) {
        if (option.value)
          option.textContent = optionText(option.dataset.label ?? option.value, counts.get(option.value) ?? 0);
      }
    }
    count.textContent = countText(shown, items.length, failed);
    if (none) none.hidden = shown > 0;
  };

  const chosen = (): TeamFilter =>
    filterFromQuery(new URLSearchParams(FILTER_KEYS.map((key) => [key, selects[key].value])), known);
  const update = async (filter: TeamFilter): Promise<void> => {
    // "Show all" before any choice: nothing to fetch, and this page's counts would be wrong.
    if (!loaded && Object.keys(filter).length === 0) {
      for (const key of FILTER_KEYS) selects[key].value = '';
      return;
    }
    await loadOnce();
    apply(filter);
    win.history.replaceState(null, '', samePage(win.location.pathname, filterToQuery(filter)));
  };

  form.hidden = false;
  doc.querySelector<HTMLElement>('[data-filter-links]')?.setAttribute('hidden', '');
  form.addEventListener('change', () => void update(chosen()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update(chosen());
  });
  form.querySelector('[data-team-filter-reset]')?.addEventListener('click', () => void update({}));
  const initial = filterFromQuery(win.location.search, known);
  if (Object.keys(initial).length > 0) void loadOnce().then(() => apply(initial));
}
