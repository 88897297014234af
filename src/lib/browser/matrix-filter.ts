/**
 * The verksamhet filter of a plan's matrix (src/components/plans/PlanMatrix.astro), in the browser.
 * The filter links lead to pre-rendered pages, which work without JavaScript; the script filters in
 * place instead, updates the address and announces the count. Kept free of imports so the script
 * stays small: the pages pre-render every filter's text (its count in `data-count`, its tab title in
 * `data-title`), and the script only switches between them.
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

/**
 * Shows the rows of one filter link: hides the other rows, marks the link as the current one,
 * announces its count and puts its title on the browser tab.
 */
export function showFilter(
  link: HTMLAnchorElement,
  parts: { links: readonly HTMLAnchorElement[]; rows: readonly HTMLElement[]; status: HTMLElement },
): void {
  const slug = link.dataset.service ?? '';
  for (const row of parts.rows) row.hidden = !rowMatches(parseSlugs(row.dataset.services), slug);
  for (const other of parts.links) {
    if (other === link) other.setAttribute('aria-current', 'page');
    else other.removeAttribute('aria-current');
  }
  parts.status.textContent = link.dataset.count ?? '';
  if (link.dataset.title) link.ownerDocument.title = link.dataset.title;
}

/**
 * Starts the filter of every matrix on the page (`[data-plan-matrix]`, with its links
 * `a[data-service]`, rows `[data-services]` and status `[data-matrix-count]`): a plain click on a
 * link filters in place and adds a step to the history; Back and Forward show the filter of the
 * address.
 */
export function startMatrixFilters(doc: Document): void {
  const win = doc.defaultView;
  if (!win) return;
  for (const matrix of doc.querySelectorAll<HTMLElement>('[data-plan-matrix]')) {
    const links = [...matrix.querySelectorAll<HTMLAnchorElement>('a[data-service]')];
    const rows = [...matrix.querySelectorAll<HTMLElement>('[data-services]')];
    const status = matrix.querySelector<HTMLElement>('[data-matrix-count]');
    if (links.length === 0 || !status) continue;
    const parts = { links, rows, status };

    for (const link of links) {
      link.addEventListener('click', (event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        // Choosing the filter already shown changes nothing, and adds no step to Back.
        if (link.getAttribute('aria-current') === 'page') return;
        showFilter(link, parts);
        // The address of the filter page that shows the same rows, so reloading or sharing keeps the filter.
        win.history.pushState({ matrixFilter: link.dataset.service }, '', link.href);
      });
    }
    const hrefs = links.map((link) => link.href);
    win.addEventListener('popstate', () => {
      const link = links[filterIndexFor(win.location.pathname, hrefs)];
      if (link) showFilter(link, parts);
    });
  }
}
