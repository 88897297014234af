import { describe, expect, it } from 'vitest';
import { searchExtras, separateElements, withoutSearchExtras, withSearchExtras } from './search-extras.ts';

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
