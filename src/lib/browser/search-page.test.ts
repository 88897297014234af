// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { search as strings } from '../../i18n/sv/search.ts';
import {
  cleanExcerpt,
  MAX_RESULTS,
  renderResult,
  resultLabel,
  startSearchPage,
  statusText,
  type Pagefind,
  type PagefindResult,
} from './search-page.ts';

/** The search page's hooks, as src/pages/sok/index.astro renders them (fewer filter values). */
const PAGE = `
  <form id="sokformular" action="/sok/" method="get">
    <input id="sokord" name="q" type="search">
    <button type="submit">Sök</button>
    <details>
      <summary>Avgränsa</summary>
      <input type="checkbox" name="typ" value="traff">
      <input type="checkbox" name="kommun" value="nassjo">
      <input type="checkbox" name="kommun" value="vetlanda">
      <select id="sortera" name="sortera">
        <option value="relevans">Bäst träff först</option>
        <option value="datum">Nyast först</option>
      </select>
    </details>
  </form>
  <p data-search-noscript>Sökningen behöver JavaScript.</p>
  <p id="sokstatus" role="status"></p>
  <ol id="sokresultat"></ol>
  <template id="sokmall">
    <li><p class="search-result-type"></p><h2><a></a></h2><p class="search-result-excerpt"></p></li>
  </template>
  <div hidden id="soktexter"></div>`;

const result = (n: number): PagefindResult => ({
  url: `/traffar/traff-${n}/`,
  excerpt: `Om <mark>hembesök</mark> <b>${n}</b>`,
  meta: { title: `Träff ${n}`, typ: 'Träff', datum: '21 september 2020' },
});

/** A stand-in for Pagefind that answers every search with `count` results. */
function fakePagefind(count: number) {
  const search = vi.fn<Pagefind['search']>(async () => ({
    results: Array.from({ length: count }, (_, i) => ({ data: async () => result(i + 1) })),
  }));
  return { search };
}

/** Lets the script's pending promises settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const status = () => document.querySelector('#sokstatus')?.textContent;
const titles = () => [...document.querySelectorAll('#sokresultat a')].map((link) => link.textContent);
const form = () => document.querySelector('#sokformular') as HTMLFormElement;
const box = (name: string, value: string) =>
  document.querySelector(`input[name="${name}"][value="${value}"]`) as HTMLInputElement;

/** Opens the page at `url` and starts its script with a fake Pagefind. */
async function open(url: string, pagefind = fakePagefind(2)) {
  history.replaceState(null, '', url);
  document.body.innerHTML = PAGE;
  (document.querySelector('#soktexter') as HTMLElement).dataset.texts = JSON.stringify(strings);
  const load = vi.fn(async () => pagefind);
  startSearchPage(document, load);
  await settle();
  return { pagefind, load };
}

describe('cleanExcerpt', () => {
  it('keeps the highlight marks and drops every other tag', () => {
    expect(cleanExcerpt('Om <mark>hembesök</mark> <img src=x onerror=alert(1)>i <b>Nässjö</b>')).toBe(
      'Om <mark>hembesök</mark> i Nässjö',
    );
  });
});

describe('resultLabel', () => {
  it.each([
    [{ typ: 'Träff', datum: '21 september 2020' }, 'Träff · 21 september 2020'],
    [{ typ: 'Gott exempel' }, 'Gott exempel'],
    [{}, ''],
  ])('shows %j as %j', (meta, label) => {
    expect(resultLabel(meta)).toBe(label);
  });
});

describe('statusText', () => {
  it.each([
    [0, 'hembesök', 'Inget resultat för "hembesök". Pröva ett annat ord, eller ta bort någon avgränsning.'],
    [1, 'hembesök', '1 resultat för "hembesök"'],
    [7, 'hembesök', '7 resultat för "hembesök"'],
    [7, '', '7 resultat'],
  ])('announces %i results for %j as %j', (count, query, text) => {
    expect(statusText(count, query, strings)).toBe(text);
  });
});

describe('renderResult', () => {
  it('fills the template with the title as a link, the type and date, and the cleaned excerpt', () => {
    document.body.innerHTML = PAGE;
    const item = renderResult(document.querySelector('#sokmall') as HTMLTemplateElement, result(3));
    expect(item.querySelector('a')?.getAttribute('href')).toBe('/traffar/traff-3/');
    expect(item.querySelector('a')?.textContent).toBe('Träff 3');
    expect(item.querySelector('.search-result-type')?.textContent).toBe('Träff · 21 september 2020');
    expect(item.querySelector('.search-result-excerpt')?.innerHTML).toBe('Om <mark>hembesök</mark> 3');
  });

  it('shows the address when Pagefind knows no title', () => {
    document.body.innerHTML = PAGE;
    const item = renderResult(document.querySelector('#sokmall') as HTMLTemplateElement, {
      url: '/exempel/x/',
      excerpt: '',
      meta: {},
    });
    expect(item.querySelector('a')?.textContent).toBe('/exempel/x/');
  });
});

describe('the search page', () => {
  beforeEach(() => {
    history.replaceState(null, '', '/');
  });

  it('hides the notice for visitors without JavaScript, and loads nothing of Pagefind before a search', async () => {
    const { load } = await open('/sok/');
    expect(document.querySelector<HTMLElement>('[data-search-noscript]')?.hidden).toBe(true);
    expect(load).not.toHaveBeenCalled();
    expect(status()).toBe('');
  });

  it('restores a shared search from the address into the form and shows its results', async () => {
    const { pagefind } = await open('/sok/?q=hembes%C3%B6k&kommun=nassjo&sortera=datum');
    expect((form().elements.namedItem('q') as HTMLInputElement).value).toBe('hembesök');
    expect(box('kommun', 'nassjo').checked).toBe(true);
    expect(box('kommun', 'vetlanda').checked).toBe(false);
    expect((form().elements.namedItem('sortera') as HTMLSelectElement).value).toBe('datum');
    expect(form().querySelector('details')?.open).toBe(true);
    expect(pagefind.search).toHaveBeenCalledWith('hembesök', {
      filters: { kommun: { any: ['nassjo'] } },
      sort: { date: 'desc' },
    });
    expect(titles()).toEqual(['Träff 1', 'Träff 2']);
    expect(status()).toBe('2 resultat för "hembesök"');
  });

  it('keeps the filters closed when the address chooses none', async () => {
    await open('/sok/?q=barn');
    expect(form().querySelector('details')?.open).toBe(false);
  });

  it('puts a submitted search in the address as a new step, and searches', async () => {
    const { pagefind } = await open('/sok/');
    const before = history.length;
    (form().elements.namedItem('q') as HTMLInputElement).value = 'barn';
    form().requestSubmit();
    await settle();
    expect(location.pathname + location.search).toBe('/sok/?q=barn');
    expect(history.length).toBe(before + 1);
    expect(pagefind.search).toHaveBeenCalledWith('barn', { filters: {} });
    expect(status()).toBe('2 resultat för "barn"');
  });

  it('adds no step when the same search is submitted again', async () => {
    await open('/sok/?q=barn');
    const before = history.length;
    form().requestSubmit();
    await settle();
    expect(history.length).toBe(before);
  });

  it('searches at once on a change of filter, replacing the address without a new step', async () => {
    const { pagefind } = await open('/sok/');
    const before = history.length;
    box('typ', 'traff').checked = true;
    box('typ', 'traff').dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(location.search).toBe('?typ=traff');
    expect(history.length).toBe(before);
    expect(pagefind.search).toHaveBeenCalledWith(null, { filters: { typ: { any: ['traff'] } } });
    expect(status()).toBe('2 resultat');
  });

  it('waits for the query to be submitted: typing alone does not search', async () => {
    const { load } = await open('/sok/');
    const query = form().elements.namedItem('q') as HTMLInputElement;
    query.value = 'barn';
    query.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(load).not.toHaveBeenCalled();
    expect(location.search).toBe('');
  });

  it('empties the results and asks for a query when the search is cleared', async () => {
    await open('/sok/?q=barn');
    (form().elements.namedItem('q') as HTMLInputElement).value = '';
    form().requestSubmit();
    await settle();
    expect(titles()).toEqual([]);
    expect(status()).toBe(strings.empty);
    expect(location.search).toBe('');
  });

  it('shows the search of the address again on Back, in the form and the results', async () => {
    const { pagefind } = await open('/sok/?q=barn');
    history.replaceState(null, '', '/sok/?q=skola&kommun=vetlanda');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect((form().elements.namedItem('q') as HTMLInputElement).value).toBe('skola');
    expect(box('kommun', 'vetlanda').checked).toBe(true);
    expect(pagefind.search).toHaveBeenLastCalledWith('skola', { filters: { kommun: { any: ['vetlanda'] } } });
  });

  it(`shows at most ${MAX_RESULTS} results, and counts all of them`, async () => {
    await open('/sok/?q=barn', fakePagefind(MAX_RESULTS + 3));
    expect(titles()).toHaveLength(MAX_RESULTS);
    expect(status()).toBe(`${MAX_RESULTS + 3} resultat för "barn"`);
  });

  it('says so when Pagefind cannot be loaded', async () => {
    history.replaceState(null, '', '/sok/?q=barn');
    document.body.innerHTML = PAGE;
    (document.querySelector('#soktexter') as HTMLElement).dataset.texts = JSON.stringify(strings);
    startSearchPage(document, () => Promise.reject(new Error('offline')));
    await settle();
    expect(status()).toBe(strings.failed);
  });

  it('shows only the latest search when an earlier one answers after it', async () => {
    let answerFirst: (value: Awaited<ReturnType<Pagefind['search']>>) => void = () => undefined;
    const slow = fakePagefind(1);
    slow.search.mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)));
    await open('/sok/?q=forsta', slow);
    (form().elements.namedItem('q') as HTMLInputElement).value = 'andra';
    form().requestSubmit();
    await settle();
    answerFirst({ results: [{ data: async () => result(9) }] });
    await settle();
    expect(titles()).toEqual(['Träff 1']);
    expect(status()).toBe('1 resultat för "andra"');
  });
});
