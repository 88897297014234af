import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compoundTerms } from './compounds.ts';
import { indexWords } from './index-words.ts';
import {
  addSearchExtras,
  COMPOUND_TERMS_CACHE,
  SEARCH_EXTRAS_CACHE,
  searchExtras,
  separateElements,
  withoutSearchExtras,
  withSearchExtras,
} from './search-extras.ts';

// The real splitter, watched: a page whose extras are kept is not split again.
vi.mock('./compounds.ts', async (original) => {
  const actual = await original<typeof import('./compounds.ts')>();
  return { ...actual, compoundTerms: vi.fn(actual.compoundTerms) };
});

const GLOSSARY = [{ terms: ['BVC', 'barnhälsovård'] }];
const PAGE =
  '<html><body><nav>Meny</nav><main id="innehall" data-pagefind-body><h1>Stärkt föräldraskapsstöd</h1><p>Hembesök av barnhälsovården.</p></main></body></html>';

describe('searchExtras', () => {
  it('gives the compound parts and the glossary words of a text, none it already holds', () => {
    const terms = searchExtras('Stärkt föräldraskapsstöd\nHembesök av barnhälsovården och stöd.', GLOSSARY);
    expect(terms).toEqual(expect.arrayContaining(['besök', 'vården', 'hälsovården', 'BVC']));
    expect(terms).not.toContain('stöd');
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('finds a glossary word and a compound written with combining marks (NFD) as written composed', () => {
    const text = 'Hembesök av barnhälsovården.';
    expect(searchExtras(text.normalize('NFD'), GLOSSARY)).toEqual(searchExtras(text, GLOSSARY));
    expect(searchExtras(text.normalize('NFD'), GLOSSARY)).toContain('BVC');
  });
});

describe('withSearchExtras', () => {
  it('puts one hidden, empty element with the terms as Pagefind metadata first in the indexed body', () => {
    const html = withSearchExtras(PAGE, GLOSSARY);
    const element = /<main[^>]*>(<span [^>]*><\/span>)<h1>/.exec(html)?.[1] ?? '';
    expect(element).toMatch(
      /^<span hidden data-search-extras data-pagefind-meta="sokord:[^"]*\bbesök\b[^"]*"><\/span>$/,
    );
    expect(element).toContain('BVC');
  });

  it('leaves a page that is not indexed as it is', () => {
    const page = '<main><p>Hembesök av barnhälsovården.</p></main>';
    expect(withSearchExtras(page, GLOSSARY)).toBe(page);
  });

  it('separates the elements of the indexed body only, and is undone by withoutSearchExtras but for that', () => {
    const html = withSearchExtras(PAGE, GLOSSARY);
    expect(html).toContain('<nav>Meny</nav><main');
    expect(withoutSearchExtras(html)).toBe(PAGE.replace('</h1><p>', '</h1>\n<p>'));
  });
});

describe('separateElements', () => {
  it('puts a line break where an element ends and the next begins, and nowhere else', () => {
    expect(separateElements('<dl><dt>Plats</dt><dd>Ryhov</dd></dl><p>a <b>b</b>, c</p>')).toBe(
      '<dl><dt>Plats</dt>\n<dd>Ryhov</dd></dl>\n<p>a <b>b</b>, c</p>',
    );
  });
});

/** Built pages as Astro writes them, by file name. */
const PAGES: Record<string, string> = {
  'a.html': PAGE,
  'b.html': PAGE.replace('Hembesök av barnhälsovården.', 'Elevhälsan och skolsköterskorna i länet.'),
  'c.html': '<html><body><main><p>Ingen sökbar sida.</p></main></body></html>',
};
/** How often the splitter is asked when every page is computed: once a page. */
const ALL = Object.keys(PAGES).length;

describe('addSearchExtras with a cache', () => {
  const split = vi.mocked(compoundTerms);
  let cacheFolder = '';
  beforeEach(() => {
    cacheFolder = mkdtempSync(path.join(tmpdir(), 'basta-search-cache-'));
    split.mockClear();
  });

  /** One build's search preparation over fresh copies of `pages` (as Astro copies them each build). */
  function prepare(pages = PAGES, options: { glossary?: typeof GLOSSARY; code?: string; cache?: boolean } = {}) {
    const site = mkdtempSync(path.join(tmpdir(), 'basta-search-site-'));
    const files = Object.entries(pages).map(([name, html]) => {
      mkdirSync(site, { recursive: true });
      writeFileSync(path.join(site, name), html);
      return path.join(site, name);
    });
    split.mockClear();
    const cache = { file: path.join(cacheFolder, SEARCH_EXTRAS_CACHE), code: options.code ?? 'code-1' };
    const words = addSearchExtras(files, options.glossary ?? GLOSSARY, options.cache === false ? undefined : cache);
    return {
      files: files.map((file) => readFileSync(file, 'utf8')),
      wordList: JSON.stringify(indexWords(words)),
      splitPages: split.mock.calls.length,
    };
  }

  it("takes every page's extras from the last build when nothing changed, without splitting any compound", () => {
    expect(prepare().splitPages).toBe(ALL);
    expect(prepare().splitPages).toBe(0);
  });

  it('writes the same page files and word list with kept extras as without a cache', () => {
    const uncached = prepare(PAGES, { cache: false });
    prepare();
    const kept = prepare();
    expect(kept.splitPages).toBe(0);
    expect(kept.files).toEqual(uncached.files);
    expect(kept.wordList).toBe(uncached.wordList);
    expect(kept.files[0]).toContain('data-search-extras');
  });

  it.each([
    ['a page changed', { pages: { ...PAGES, 'b.html': PAGES['b.html']!.replace('länet', 'kommunerna') } }, 1],
    ['the glossary changed', { glossary: [{ terms: ['BVC', 'barnhälsovård', 'BHV'] }] }, ALL],
    ["the project's code changed", { code: 'code-2' }, ALL],
  ])(
    'computes again what %s touches',
    (_, change: { pages?: typeof PAGES; glossary?: typeof GLOSSARY; code?: string }, split) => {
      prepare();
      const again = prepare(change.pages, change);
      expect(again.splitPages).toBe(split);
      expect(again).toEqual({ ...prepare(change.pages, { ...change, cache: false }), splitPages: split });
    },
  );

  it('keeps only the pages of the last build', () => {
    prepare();
    prepare({ 'a.html': PAGES['a.html']! });
    expect(prepare().splitPages).toBe(ALL - 1);
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length / 2)],
    ['not a list of pages', () => '{"terms": []}'],
    ['holding pages of the wrong shape', (text: string) => text.replaceAll('"words"', '"ord"')],
  ])('computes every page again when the kept file is %s', (_, spoil) => {
    const uncached = prepare(PAGES, { cache: false });
    prepare();
    const file = path.join(cacheFolder, SEARCH_EXTRAS_CACHE);
    writeFileSync(file, spoil(readFileSync(file, 'utf8')));
    expect(prepare()).toEqual({ ...uncached, splitPages: ALL });
  });
  /** The kept words' terms, by word key, under `code`. */
  function keptTerms(code = 'code-1'): Map<string, string[]> {
    const pairs = JSON.parse(readFileSync(path.join(cacheFolder, COMPOUND_TERMS_CACHE), 'utf8')) as [
      string,
      string[],
    ][];
    return new Map(
      pairs.filter(([key]) => key.startsWith(`${code}\0`)).map(([key, terms]) => [key.slice(code.length + 1), terms]),
    );
  }
  /** Plants a term the dictionary would never give, as the kept terms of `word`. */
  function plant(word: string, term: string, code = 'code-1'): void {
    const file = path.join(cacheFolder, COMPOUND_TERMS_CACHE);
    const pairs = JSON.parse(readFileSync(file, 'utf8')) as [string, string[]][];
    writeFileSync(
      file,
      JSON.stringify(pairs.map(([key, terms]) => [key, key === `${code}\0${word}` ? [term] : terms])),
    );
  }
  const changedB = { ...PAGES, 'b.html': PAGES['b.html']!.replace('i länet', 'och barnhälsovården i länet') };

  it("keeps each word's compound terms, and splits a changed page's words from them instead of the dictionary", () => {
    prepare();
    expect(keptTerms().get('barnhälsovården')).toEqual(['hälsovården', 'hälsa', 'vården']);
    expect(keptTerms().get('Stärkt')).toEqual([]);
    plant('barnhälsovården', 'planterad');
    const again = prepare(changedB);
    expect(again.splitPages).toBe(1);
    expect(again.files[1]).toContain('planterad');
    // The page taken whole from the last build is not changed by the planted term.
    expect(again.files[0]).not.toContain('planterad');
  });

  it("asks the dictionary again for every word when the project's code changed", () => {
    prepare();
    plant('barnhälsovården', 'planterad');
    const again = prepare(changedB, { code: 'code-2' });
    expect(again.files.join('')).not.toContain('planterad');
    expect(keptTerms('code-2').get('barnhälsovården')).toEqual(['hälsovården', 'hälsa', 'vården']);
    expect(keptTerms('code-1').size).toBe(0);
  });

  it('keeps the words of the pages it took from the last build, and only its own when it computed every page', () => {
    prepare();
    prepare({ 'b.html': PAGES['b.html']! });
    // b was taken from the last build: a's words are kept on with it.
    expect(keptTerms().has('barnhälsovården')).toBe(true);
    prepare({ 'b.html': PAGES['b.html']!.replace('länet', 'regionen') });
    // Every page computed: only b's words are kept.
    expect(keptTerms().has('barnhälsovården')).toBe(false);
    expect(keptTerms().has('skolsköterskorna')).toBe(true);
  });

  it('computes the same extras from kept terms as without a cache', () => {
    prepare();
    expect(prepare(changedB)).toEqual({ ...prepare(changedB, { cache: false }), splitPages: 1 });
  });
});
