// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { filterIndexFor, isPlainClick, parseSlugs, rowMatches, startMatrixFilters } from './matrix-filter.ts';

describe('rowMatches', () => {
  it.each([
    [['skola', 'socialtjanst'], undefined, true],
    [['skola', 'socialtjanst'], '', true],
    [['skola', 'socialtjanst'], 'skola', true],
    [['skola', 'socialtjanst'], 'socialtjanst', true],
    [['forskola'], 'skola', false],
    [[], 'skola', false],
  ])('shows a row with the services %j under the filter %j: %j', (slugs, slug, shown) => {
    expect(rowMatches(slugs, slug)).toBe(shown);
  });
});

describe('parseSlugs', () => {
  it.each([
    ['skola socialtjanst', ['skola', 'socialtjanst']],
    ['  skola   forskola ', ['skola', 'forskola']],
    ['', []],
    [undefined, []],
  ])('reads %j as %j', (attribute, slugs) => {
    expect(parseSlugs(attribute)).toEqual(slugs);
  });
});

describe('filterIndexFor', () => {
  const hrefs = [
    '/handlingsplaner/p/#matris',
    '/handlingsplaner/p/verksamhet/skola/#matris',
    '/handlingsplaner/p/verksamhet/bhv/#matris',
  ];

  it.each([
    ['/handlingsplaner/p/', 0],
    ['/handlingsplaner/p/verksamhet/skola/', 1],
    ['/handlingsplaner/p/verksamhet/bhv/', 2],
    ['/handlingsplaner/p/verksamhet/okand/', 0],
  ])('finds the filter of the path %j at %i, or all rows when none matches', (pathname, index) => {
    expect(filterIndexFor(pathname, hrefs)).toBe(index);
  });
});

describe('isPlainClick', () => {
  const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };

  it('filters in place on a plain click', () => {
    expect(isPlainClick(click)).toBe(true);
  });

  it.each(['metaKey', 'ctrlKey', 'shiftKey', 'altKey'] as const)(
    'leaves a click with %s to the browser, which opens the filter page in a new tab or window',
    (key) => {
      expect(isPlainClick({ ...click, [key]: true })).toBe(false);
    },
  );

  it('leaves a middle click to the browser', () => {
    expect(isPlainClick({ ...click, button: 1 })).toBe(false);
  });
});

/** A plan's matrix with the hooks of PlanMatrix.astro: three filter links and three rows. */
const MATRIX = `
  <section data-plan-matrix>
    <nav>
      <a href="/handlingsplaner/p/#matris" aria-current="page" data-service="" data-count="Visar alla 3 rader." data-title="Plan – Sajt">Alla</a>
      <a href="/handlingsplaner/p/verksamhet/skola/#matris" data-service="skola" data-count="Visar 2 av 3 rader: Skola." data-title="Plan, Skola – Sajt">Skola</a>
      <a href="/handlingsplaner/p/verksamhet/bhv/#matris" data-service="bhv" data-count="Visar 1 av 3 rader: BHV." data-title="Plan, BHV – Sajt">BHV</a>
    </nav>
    <p role="status" data-matrix-count>Visar alla 3 rader.</p>
    <div data-services="skola">rad 1</div>
    <div data-services="skola bhv">rad 2</div>
    <div data-services="socialtjanst">rad 3</div>
  </section>`;

const link = (name: string) =>
  [...document.querySelectorAll<HTMLAnchorElement>('a[data-service]')].find(
    (a) => a.textContent === name,
  ) as HTMLAnchorElement;
const shownRows = () =>
  [...document.querySelectorAll<HTMLElement>('[data-services]')]
    .filter((row) => !row.hidden)
    .map((row) => row.textContent);
const current = () => document.querySelector('a[aria-current="page"]')?.textContent;
const status = () => document.querySelector('[data-matrix-count]')?.textContent;

/** Clicks a link as a visitor does; whether the script took the click (the browser would not follow it). */
function click(target: HTMLAnchorElement, init: MouseEventInit = {}): boolean {
  let taken = false;
  // The test stops every click here, so happy-dom does not navigate away.
  document.addEventListener(
    'click',
    (event) => {
      taken = event.defaultPrevented;
      event.preventDefault();
    },
    { once: true },
  );
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
  return taken;
}

describe('the matrix filter in the page', () => {
  beforeEach(() => {
    history.replaceState(null, '', '/handlingsplaner/p/');
    document.title = 'Plan – Sajt';
    document.body.innerHTML = MATRIX;
    startMatrixFilters(document);
  });

  it('filters in place on a plain click: rows, current link, count, tab title and address', () => {
    const before = history.length;
    expect(click(link('Skola'))).toBe(true);
    expect(shownRows()).toEqual(['rad 1', 'rad 2']);
    expect(current()).toBe('Skola');
    expect(status()).toBe('Visar 2 av 3 rader: Skola.');
    expect(document.title).toBe('Plan, Skola – Sajt');
    expect(location.pathname).toBe('/handlingsplaner/p/verksamhet/skola/');
    expect(history.length).toBe(before + 1);
  });

  it('leaves a click with a modifier key to the browser', () => {
    expect(click(link('Skola'), { ctrlKey: true })).toBe(false);
    expect(shownRows()).toEqual(['rad 1', 'rad 2', 'rad 3']);
    expect(location.pathname).toBe('/handlingsplaner/p/');
  });

  it('adds no step to Back when the filter already shown is chosen', () => {
    const before = history.length;
    expect(click(link('Alla'))).toBe(true);
    expect(history.length).toBe(before);
  });

  it('shows the filter of the address on Back and Forward, or every row for an address it does not know', () => {
    click(link('BHV'));
    history.replaceState(null, '', '/handlingsplaner/p/verksamhet/skola/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(shownRows()).toEqual(['rad 1', 'rad 2']);
    expect(current()).toBe('Skola');
    history.replaceState(null, '', '/handlingsplaner/p/verksamhet/okand/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(shownRows()).toEqual(['rad 1', 'rad 2', 'rad 3']);
    expect(current()).toBe('Alla');
    expect(status()).toBe('Visar alla 3 rader.');
  });
});
