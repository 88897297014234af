/**
 * The script of the search page (/sok/): progressive enhancement of its form. With JavaScript it
 * searches in place with Pagefind, keeps query and filters in the URL (shareable, Back works) and
 * announces the result count. Pagefind is downloaded only when a search is actually run.
 *
 * The page provides the form (`#sokformular`), a status region (`#sokstatus`), the result list
 * (`#sokresultat`), a template of one result (`#sokmall`) and the search strings as JSON in
 * `#soktexter`'s `data-texts`: the script imports no string table, which would ship every string of
 * the site (see src/i18n/fill.ts).
 */
import { fill } from '../../i18n/fill.ts';
import { routes, samePage } from '../routing/routes.ts';
import { correctedQuery, lookedUp, nearestWords } from './nearest-words.ts';
import {
  hasFilters,
  isSearch,
  pagefindOptions,
  parseSearchState,
  serializeSearchState,
  type PagefindOptions,
  type SearchFilterGroup,
  type SearchState,
} from './search-state.ts';

/** What Pagefind tells of one result. */
export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

/** The part of Pagefind's API the page uses. */
export interface Pagefind {
  search(
    query: string | null,
    options: PagefindOptions,
  ): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> }>;
}

/** The strings the script shows in the status region (`sv.search`, src/i18n/sv/search.ts). */
export type SearchTexts = Record<
  'empty' | 'loading' | 'failed' | 'none' | 'oneResult' | 'results' | 'resultsFiltered' | 'corrected' | 'suggestions',
  string
>;

/** At most this many results are shown. */
export const MAX_RESULTS = 50;

/**
 * Pagefind's excerpt with nothing but its `<mark>` highlights: any other tag is dropped.
 * @example cleanExcerpt('a <mark>b</mark> <em>c</em>') // 'a <mark>b</mark> c'
 */
export function cleanExcerpt(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
}

/**
 * The line above a result's title: its type and date, as the page declared them for Pagefind.
 * @example resultLabel({ typ: 'Träff', datum: '21 september 2020' }) // 'Träff · 21 september 2020'
 */
export function resultLabel(meta: Readonly<Record<string, string>>): string {
  return [meta.typ, meta.datum].filter(Boolean).join(' · ');
}

/**
 * What the status region says once a search has answered.
 * @param count how many results Pagefind found
 * @param query the query, `''` when only filters were chosen
 * @example statusText(2, 'hembesök', texts) // '2 resultat för "hembesök"'
 */
export function statusText(count: number, query: string, texts: SearchTexts): string {
  if (count === 0) return fill(texts.none, { query });
  if (!query) return fill(texts.resultsFiltered, { count });
  if (count === 1) return fill(texts.oneResult, { query });
  return fill(texts.results, { count, query });
}

/** A result as an item of the list, from the page's template (a `<li>` with a link and two paragraphs). */
export function renderResult(template: HTMLTemplateElement, result: PagefindResult): HTMLLIElement {
  const item = template.content.firstElementChild?.cloneNode(true) as HTMLLIElement;
  const link = item.querySelector('a') as HTMLAnchorElement;
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  (item.querySelector('.search-result-type') as HTMLElement).textContent = resultLabel(result.meta);
  (item.querySelector('.search-result-excerpt') as HTMLElement).innerHTML = cleanExcerpt(result.excerpt);
  return item;
}

/** The state the form shows. */
export function stateFromForm(form: HTMLFormElement): SearchState {
  return parseSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

/** Shows a state in the form, opening the filters when any is chosen. */
export function showStateInForm(form: HTMLFormElement, state: SearchState): void {
  (form.elements.namedItem('q') as HTMLInputElement).value = state.query;
  (form.elements.namedItem('sortera') as HTMLSelectElement).value = state.sort;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = (state.filters[box.name as SearchFilterGroup] ?? []).includes(box.value);
  }
  if (hasFilters(state.filters)) form.querySelector('details')?.setAttribute('open', '');
}

/** Loads Pagefind from the site, once. */
function pagefindLoader(): () => Promise<Pagefind> {
  let pagefind: Promise<Pagefind> | undefined;
  return () => {
    const path = routes.searchScript;
    pagefind ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
    return pagefind;
  };
}

/** Loads the index's word list from the site, once; an empty list if it cannot be had. */
function wordsLoader(): () => Promise<string[]> {
  let words: Promise<string[]> | undefined;
  return () => {
    words ??= fetch(routes.searchWords)
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => []);
    return words;
  };
}

/**
 * The nearest indexed words to each word of a query (its first words: `lookedUp`), at most three in all.
 * @example suggestions('Warfwinge', ['warfvinge']) // ['warfvinge']
 */
export function suggestions(query: string, words: readonly string[]): string[] {
  const found = lookedUp(query).flatMap((word) => nearestWords(word, words));
  return [...new Set(found)].slice(0, 3);
}

/**
 * Starts the search page: hides the notice for visitors without JavaScript, runs the search in the
 * address, and searches on each submission, change of filter or sorting, and step back or forward.
 * @param doc the page
 * A search that finds nothing is run again with each unknown word replaced by its nearest indexed
 * word (a small typo: `Warfwinge`), saying so; if that finds nothing either, the page suggests the
 * nearest indexed words and shows the links to the archives (`#sokhjalp`).
 * @param loadPagefind how to get Pagefind (tests pass a stand-in)
 * @param loadWords how to get the index's word list (tests pass a stand-in)
 */
export function startSearchPage(
  doc: Document,
  loadPagefind: () => Promise<Pagefind> = pagefindLoader(),
  loadWords: () => Promise<string[]> = wordsLoader(),
): void {
  const win = doc.defaultView;
  const form = doc.querySelector<HTMLFormElement>('#sokformular');
  const status = doc.querySelector<HTMLElement>('#sokstatus');
  const list = doc.querySelector<HTMLOListElement>('#sokresultat');
  const template = doc.querySelector<HTMLTemplateElement>('#sokmall');
  const help = doc.querySelector<HTMLElement>('#sokhjalp');
  const suggested = doc.querySelector<HTMLElement>('#sokforslag');
  const texts = JSON.parse(doc.querySelector<HTMLElement>('#soktexter')?.dataset.texts ?? '{}') as SearchTexts;
  doc.querySelector<HTMLElement>('[data-search-noscript]')?.setAttribute('hidden', '');
  if (!win || !form || !status || !list || !template) return;
  const { history, location } = win;

  // Only the latest search may show its results: an earlier one can answer after it.
  let run = 0;
  /** Shows the nearest words (as searches with the same filters) and the archives, or hides both. */
  const showHelp = (state: SearchState, words: readonly string[] | undefined): void => {
    help?.toggleAttribute('hidden', !words);
    if (!suggested) return;
    const links = (words ?? []).map((word) => {
      const link = doc.createElement('a');
      link.href = samePage(location.pathname, serializeSearchState({ ...state, query: word }));
      link.textContent = word;
      return link;
    });
    suggested.toggleAttribute('hidden', links.length === 0);
    suggested.replaceChildren(texts.suggestions, ...links.flatMap((link, i) => (i === 0 ? [' ', link] : [', ', link])));
  };

  const search = async (state: SearchState): Promise<void> => {
    showHelp(state, undefined);
    if (!isSearch(state)) {
      list.replaceChildren();
      status.textContent = texts.empty;
      return;
    }
    const current = ++run;
    status.textContent = texts.loading;
    try {
      const engine = await loadPagefind();
      let found = await engine.search(state.query || null, pagefindOptions(state));
      let corrected: string | undefined;
      let words: string[] = [];
      if (found.results.length === 0 && state.query) {
        words = await loadWords();
        corrected = correctedQuery(state.query, words);
        const again = corrected ? await engine.search(corrected, pagefindOptions(state)) : undefined;
        if (again && again.results.length > 0) found = again;
        else corrected = undefined;
      }
      const results = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (current !== run) return;
      list.replaceChildren(...results.map((result) => renderResult(template, result)));
      status.textContent = corrected
        ? fill(texts.corrected, { query: state.query, corrected, count: found.results.length })
        : statusText(found.results.length, state.query, texts);
      if (found.results.length === 0 && state.query) showHelp(state, suggestions(state.query, words));
    } catch {
      status.textContent = texts.failed;
    }
  };

  /** Searches for a state, and writes it to the address as a new step (`push`), in place of this one, or not. */
  const show = (state: SearchState, mode: 'push' | 'replace' | 'none'): void => {
    const url = samePage(location.pathname, serializeSearchState(state));
    if (mode === 'push' && url !== samePage(location.pathname, location.search)) history.pushState(null, '', url);
    if (mode === 'replace') history.replaceState(null, '', url);
    void search(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show(stateFromForm(form), 'push');
  });
  form.addEventListener('change', (event) => {
    // Typing a query changes nothing until it is submitted.
    if ((event.target as HTMLElement).id !== 'sokord') show(stateFromForm(form), 'replace');
  });
  win.addEventListener('popstate', () => {
    const state = parseSearchState(location.search);
    showStateInForm(form, state);
    show(state, 'none');
  });

  const initial = parseSearchState(location.search);
  showStateInForm(form, initial);
  if (isSearch(initial)) show(initial, 'none');
}
