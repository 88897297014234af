import { describe, expect, it } from 'vitest';
import { searchExtras, withoutSearchExtras, withSearchExtras } from './search-extras.ts';

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

  it('is undone by withoutSearchExtras, which gives plain Pagefind its page', () => {
    expect(withoutSearchExtras(withSearchExtras(PAGE, GLOSSARY))).toBe(PAGE);
  });
});
