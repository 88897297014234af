// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { teams as strings } from '../../i18n/sv/teams.ts';
import {
  cardFacets,
  cardsOfPage,
  countText,
  eachInParallel,
  fetchPage,
  optionText,
  otherPages,
  startTeamFilterForm,
  uniqueCards,
} from './team-filter-form.ts';

/** A fictional team card as TeamList.astro renders it. */
interface Card {
  id: string;
  kommun: string;
  fokus: string;
  status: string;
}
const card = ({ id, kommun, fokus, status }: Card) =>
  `<li data-kommun="${kommun}" data-fokus="${fokus}" data-status="${status}"><a href="/exempel/${id}/">${id}</a></li>`;

const A: Card = { id: 'a', kommun: 'norrby', fokus: 'psykisk-halsa', status: 'testar' };
const B: Card = { id: 'b', kommun: 'norrby soderby', fokus: 'fysisk-aktivitet', status: 'infort' };
const C: Card = { id: 'c', kommun: 'inte-angiven', fokus: 'psykisk-halsa', status: 'infort' };
const D: Card = { id: 'd', kommun: 'soderby', fokus: 'psykisk-halsa', status: 'testar' };

const select = (key: string, values: string[]) =>
  `<select name="${key}"><option value="">Alla</option>${values
    .map((value) => `<option value="${value}" data-label="${value.toUpperCase()}">${value}</option>`)
    .join('')}</select>`;

/** A team list page with the hooks of TeamsBrowser.astro, FilterForm.astro and Pagination.astro. */
function listPage(cards: Card[], pagination?: { page: number; pages: number }): string {
  return `
    <form data-team-filter hidden>
      ${select('kommun', ['norrby', 'soderby', 'inte-angiven'])}
      ${select('fokus', ['psykisk-halsa', 'fysisk-aktivitet'])}
      ${select('status', ['testar', 'infort'])}
      <button type="submit">Visa</button>
      <button type="button" data-team-filter-reset>Visa alla</button>
    </form>
    <nav data-filter-links></nav>
    <p role="status" data-team-count>Visar ${cards.length} exempel.</p>
    <p data-team-none hidden>Inget exempel passar.</p>
    <ul data-team-cards>${cards.map(card).join('')}</ul>
    ${
      pagination
        ? `<nav data-pagination data-base="/exempel/" data-page="${pagination.page}" data-pages="${pagination.pages}"></nav>`
        : ''
    }`;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const form = () => document.querySelector('form[data-team-filter]') as HTMLFormElement;
const selectOf = (key: string) => form().elements.namedItem(key) as HTMLSelectElement;
const shown = () =>
  [...document.querySelectorAll<HTMLLIElement>('[data-team-cards] > li')]
    .filter((item) => !item.hidden)
    .map((item) => item.textContent);
const countSays = () => document.querySelector('[data-team-count]')?.textContent;
const optionTexts = (key: string) => [...selectOf(key).options].map((option) => option.textContent);

/** Chooses a value as a visitor does: the select changes and the form hears it. */
async function choose(key: string, value: string) {
  selectOf(key).value = value;
  selectOf(key).dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

/** Opens a list page at `url` and starts the script; `pages` are the other pages' HTML by address. */
async function open(url: string, html: string, pages: Record<string, string> = {}) {
  history.replaceState(null, '', url);
  document.body.innerHTML = html;
  const load = vi.fn(async (address: string) => {
    const page = pages[address];
    if (page === undefined) throw new Error('404');
    return `<!doctype html><html><body>${page}</body></html>`;
  });
  startTeamFilterForm(document, load);
  await settle();
  return load;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('cardFacets', () => {
  it('reads the ids a card carries in each filter', () => {
    expect(cardFacets({ kommun: 'norrby soderby', fokus: '', status: 'infort' })).toEqual({
      kommun: ['norrby', 'soderby'],
      fokus: [],
      status: ['infort'],
    });
  });
});

describe('otherPages', () => {
  it.each([
    [1, 3, [2, 3]],
    [2, 4, [1, 3, 4]],
    [1, 1, []],
  ])('on page %i of %i fetches the pages %j', (current, pages, others) => {
    expect(otherPages(current, pages)).toEqual(others);
  });
});

describe('eachInParallel', () => {
  it('works on every item, never more than the limit at a time', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await eachInParallel([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await settle();
      done.push(n);
      running -= 1;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('fails when one item fails', async () => {
    await expect(
      eachInParallel([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('no');
      }),
    ).rejects.toThrow('no');
  });
});

describe('uniqueCards', () => {
  it('keeps each card once, by its link, in the given order', () => {
    document.body.innerHTML = `<ul>${[A, B, A, C, B].map(card).join('')}</ul>`;
    const cards = [...document.querySelectorAll('li')];
    expect(uniqueCards(cards).map((item) => item.textContent)).toEqual(['a', 'b', 'c']);
  });
});

describe('cardsOfPage', () => {
  it('reads the cards of a fetched page of the same list', () => {
    const cards = cardsOfPage(listPage([C, D], { page: 2, pages: 2 }), 2);
    expect(cards.map((item) => item.textContent)).toEqual(['c', 'd']);
  });

  it.each([
    ['has another number of pages', listPage([C], { page: 2, pages: 3 })],
    ['has no pages at all', listPage([C])],
  ])('refuses a page of another build of the list, which %s', (_, html) => {
    expect(() => cardsOfPage(html, 2)).toThrow('the list has changed');
  });
});

describe('fetchPage', () => {
  it('answers with the page’s text, asking within the time limit', async () => {
    const fetch = vi.fn(async () => new Response('<p>sida 2</p>', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchPage('/exempel/sida/2/')).toBe('<p>sida 2</p>');
    expect(fetch).toHaveBeenCalledWith('/exempel/sida/2/', { signal: expect.any(AbortSignal) });
  });

  it('fails on an error status', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    );
    await expect(fetchPage('/exempel/sida/9/')).rejects.toThrow('404');
  });
});

describe('the strings the script writes', () => {
  it('name a value with its count', () => {
    expect(optionText('Norrby', 3)).toBe('Norrby (3)');
  });

  it.each([
    [false, 'Visar 2 av 7 exempel.'],
    [true, `Visar 2 av 7 exempel. ${strings.list.loadFailed}`],
  ])('announce the count, and when pages failed (%j) say so: %j', (failed, text) => {
    expect(countText(2, 7, failed)).toBe(text);
  });
});

describe('the combined filter', () => {
  it('shows the form instead of the links, and changes nothing before a choice', async () => {
    await open('/exempel/', listPage([A, B, C, D]));
    expect(form().hidden).toBe(false);
    expect(document.querySelector<HTMLElement>('[data-filter-links]')?.hidden).toBe(true);
    expect(shown()).toEqual(['a', 'b', 'c', 'd']);
    expect(countSays()).toBe('Visar 4 exempel.');
  });

  it('filters in place by one value, writes it to the address and announces the count', async () => {
    await open('/exempel/', listPage([A, B, C, D]));
    await choose('kommun', 'norrby');
    expect(shown()).toEqual(['a', 'b']);
    expect(location.search).toBe('?kommun=norrby');
    expect(countSays()).toBe('Visar 2 av 4 exempel.');
  });

  it('counts in each filter’s options the teams it would show with the other filters’ choice', async () => {
    await open('/exempel/', listPage([A, B, C, D]));
    await choose('fokus', 'psykisk-halsa');
    expect(optionTexts('kommun')).toEqual(['Alla', 'NORRBY (1)', 'SODERBY (1)', 'INTE-ANGIVEN (1)']);
    expect(optionTexts('status')).toEqual(['Alla', 'TESTAR (2)', 'INFORT (1)']);
    // The chosen filter's own options count as if it were not chosen.
    expect(optionTexts('fokus')).toEqual(['Alla', 'PSYKISK-HALSA (3)', 'FYSISK-AKTIVITET (1)']);
  });

  it('combines the filters, all of which must match', async () => {
    await open('/exempel/', listPage([A, B, C, D]));
    await choose('fokus', 'psykisk-halsa');
    await choose('status', 'testar');
    expect(shown()).toEqual(['a', 'd']);
    expect(location.search).toBe('?fokus=psykisk-halsa&status=testar');
  });

  it('says so when no team matches, and shows all again on request', async () => {
    await open('/exempel/', listPage([A, B, C, D]));
    await choose('kommun', 'inte-angiven');
    await choose('status', 'testar');
    expect(shown()).toEqual([]);
    expect(document.querySelector<HTMLElement>('[data-team-none]')?.hidden).toBe(false);
    document.querySelector<HTMLButtonElement>('[data-team-filter-reset]')?.click();
    await settle();
    expect(shown()).toEqual(['a', 'b', 'c', 'd']);
    expect(document.querySelector<HTMLElement>('[data-team-none]')?.hidden).toBe(true);
    expect(selectOf('kommun').value).toBe('');
    expect(location.search).toBe('');
  });

  it('filters in place when the choice is submitted', async () => {
    await open('/exempel/', listPage([A, B, C, D]));
    selectOf('status').value = 'infort';
    form().requestSubmit();
    await settle();
    expect(shown()).toEqual(['b', 'c']);
    expect(location.pathname).toBe('/exempel/');
  });

  it('applies a choice in the address on load, ignoring unknown values', async () => {
    await open('/exempel/?kommun=soderby&fokus=okand', listPage([A, B, C, D]));
    expect(shown()).toEqual(['b', 'd']);
    expect(selectOf('kommun').value).toBe('soderby');
    expect(selectOf('fokus').value).toBe('');
  });
});

describe('the combined filter on a list cut into pages', () => {
  const pages = {
    '/exempel/sida/2/': listPage([C, B], { page: 2, pages: 3 }),
    '/exempel/sida/3/': listPage([D], { page: 3, pages: 3 }),
  };

  it('fetches nothing for "show all" before any choice', async () => {
    const load = await open('/exempel/', listPage([A, B], { page: 1, pages: 3 }), pages);
    document.querySelector<HTMLButtonElement>('[data-team-filter-reset]')?.click();
    await settle();
    expect(load).not.toHaveBeenCalled();
  });

  it('fetches the other pages on the first choice and chooses among every team, in list order, each once', async () => {
    const load = await open('/exempel/', listPage([A, B], { page: 1, pages: 3 }), pages);
    await choose('status', 'infort');
    expect(load.mock.calls.map(([address]) => address)).toEqual(['/exempel/sida/2/', '/exempel/sida/3/']);
    expect(
      [...document.querySelectorAll<HTMLLIElement>('[data-team-cards] > li')].map((item) => [
        item.textContent,
        item.hidden,
      ]),
    ).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
      ['d', true],
    ]);
    expect(document.querySelector<HTMLElement>('[data-pagination]')?.hidden).toBe(true);
    expect(countSays()).toBe('Visar 2 av 4 exempel.');
    await choose('status', 'testar');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('says it is fetching while the pages arrive', async () => {
    await open('/exempel/', listPage([A, B], { page: 1, pages: 3 }), pages);
    selectOf('status').value = 'infort';
    selectOf('status').dispatchEvent(new Event('change', { bubbles: true }));
    expect(countSays()).toBe(strings.list.loading);
    await settle();
    expect(countSays()).toBe('Visar 2 av 4 exempel.');
  });

  it('applies the choice in the address over every page when the page opens', async () => {
    await open('/exempel/?kommun=soderby', listPage([A, B], { page: 1, pages: 3 }), pages);
    expect(shown()).toEqual(['b', 'd']);
  });

  it.each([
    ['cannot be fetched', { '/exempel/sida/2/': pages['/exempel/sida/2/'] }],
    ['belongs to another build of the list', { ...pages, '/exempel/sida/3/': listPage([D], { page: 3, pages: 4 }) }],
  ])('says so, and chooses among this page only, when another page %s', async (_, served) => {
    await open('/exempel/', listPage([A, B], { page: 1, pages: 3 }), served);
    await choose('status', 'infort');
    expect(shown()).toEqual(['b']);
    expect(countSays()).toBe(`Visar 1 av 2 exempel. ${strings.list.loadFailed}`);
    expect(document.querySelector<HTMLElement>('[data-pagination]')?.hidden).toBe(false);
  });
});
