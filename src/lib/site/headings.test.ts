import { describe, expect, it } from 'vitest';
import { demoteHeadings, embeddedHtml, prefixIds } from './headings.ts';

describe('demoteHeadings', () => {
  it.each([
    ['<h2 id="bakgrund">Bakgrund</h2>', 1, '<h3 id="bakgrund">Bakgrund</h3>'],
    ['<h2>A</h2><p>x</p><h3>B</h3>', 1, '<h3>A</h3><p>x</p><h4>B</h4>'],
    ['<h1>A</h1>', 2, '<h3>A</h3>'],
    ['<h5>A</h5><h6>B</h6>', 2, '<h6>A</h6><h6>B</h6>'],
    ['<H2>A</H2>', 1, '<h3>A</h3>'],
  ])('moves the headings of %s down by %i', (html, by, expected) => {
    expect(demoteHeadings(html, by)).toBe(expected);
  });

  it('leaves other elements whose names start with h alone', () => {
    const html = '<header><hr><p>h2 is text</p></header>';
    expect(demoteHeadings(html, 1)).toBe(html);
  });
});

describe('prefixIds', () => {
  it('prefixes every id and every link to an anchor of the fragment', () => {
    expect(prefixIds('<h3 id="bakgrund">Bakgrund</h3><a href="#bakgrund">upp</a>', 'omgang-')).toBe(
      '<h3 id="omgang-bakgrund">Bakgrund</h3><a href="#omgang-bakgrund">upp</a>',
    );
  });

  it('prefixes the ids that labels and ARIA attributes refer to, such as a footnote’s', () => {
    const html =
      '<a href="#fn-1" id="fnref-1" aria-describedby="footnote-label">1</a><h2 id="footnote-label">Fotnoter</h2>' +
      '<label for="a">A</label><input id="a"><p aria-labelledby="x  y">z</p>';
    expect(prefixIds(html, 'r-')).toBe(
      '<a href="#r-fn-1" id="r-fnref-1" aria-describedby="r-footnote-label">1</a><h2 id="r-footnote-label">Fotnoter</h2>' +
        '<label for="r-a">A</label><input id="r-a"><p aria-labelledby="r-x r-y">z</p>',
    );
  });

  it('leaves other attributes and links to other pages alone', () => {
    const html = '<p data-id="x"><a href="/traffar/#a">a</a></p>';
    expect(prefixIds(html, 'omgang-')).toBe(html);
  });
});

describe('embeddedHtml', () => {
  it('moves the headings of an entry’s HTML down a level and prefixes their ids', () => {
    expect(embeddedHtml('<h2 id="syfte">Syfte</h2><p>Text.</p>', 'omgang-')).toBe(
      '<h3 id="omgang-syfte">Syfte</h3><p>Text.</p>',
    );
  });
});
