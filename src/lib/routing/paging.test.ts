import { describe, expect, it } from 'vitest';
import { listTitle } from './list-title.ts';
import { laterPages, pageNumbers, pageOf, paginate } from './paging.ts';

describe('paginate', () => {
  it('cuts a list into pages in order, the last one shorter, and numbers each item', () => {
    const items = Array.from({ length: 7 }, (_, i) => `item ${i + 1}`);
    const pages = paginate(items, 3, '/lista/');
    expect(pages.map((page) => page.items)).toEqual([
      ['item 1', 'item 2', 'item 3'],
      ['item 4', 'item 5', 'item 6'],
      ['item 7'],
    ]);
    expect(pages.map((page) => [page.number, page.count, page.from, page.to, page.total])).toEqual([
      [1, 3, 1, 3, 7],
      [2, 3, 4, 6, 7],
      [3, 3, 7, 7, 7],
    ]);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
  });

  it('keeps one empty page for an empty list, so the list has an address', () => {
    expect(paginate([], 24, '/exempel/')).toEqual([
      { number: 1, count: 1, items: [], from: 0, to: 0, total: 0, base: '/exempel/' },
    ]);
  });

  it('makes exactly full pages when the list divides evenly', () => {
    expect(paginate([1, 2, 3, 4], 2, '/x/').map((page) => page.items)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0, '/x/')).toThrow(/positive integer/);
    expect(() => paginate([1], 1.5, '/x/')).toThrow(/positive integer/);
  });
});

describe('pageOf', () => {
  const pages = paginate(['a', 'b', 'c'], 2, '/x/');

  it('gives the page with that number', () => {
    expect(pageOf(pages, 1).items).toEqual(['a', 'b']);
    expect(pageOf(pages, 2).items).toEqual(['c']);
  });

  it('fails for a page the list does not have', () => {
    expect(() => pageOf(pages, 3)).toThrow('there is no page 3 of 2');
    expect(() => pageOf(pages, 0)).toThrow();
  });
});

describe('laterPages', () => {
  it('makes route parameters for every page but the first', () => {
    const pages = paginate(['a', 'b', 'c'], 1, '/x/');
    expect(laterPages(pages).map((path) => [path.params.page, path.props.page.items])).toEqual([
      ['2', ['b']],
      ['3', ['c']],
    ]);
  });
});

describe('pageNumbers', () => {
  it('links every page of a short list', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(2, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('shows the first, the last and two on each side of the current page, with gaps between', () => {
    expect(pageNumbers(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(pageNumbers(1, 100)).toEqual([1, 2, 3, null, 100]);
    expect(pageNumbers(100, 100)).toEqual([1, null, 98, 99, 100]);
  });

  it('shows a single skipped page as itself rather than as a gap', () => {
    expect(pageNumbers(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
  });

  it('never lists more than nine entries', () => {
    for (let count = 1; count <= 60; count++) {
      for (let current = 1; current <= count; current++) {
        const numbers = pageNumbers(current, count);
        expect(numbers.length).toBeLessThanOrEqual(9);
        expect(numbers).toContain(current);
      }
    }
  });
});

describe('listTitle', () => {
  it("keeps the list's title on page 1 and names the page on later ones", () => {
    expect(listTitle('Träffar och rapporter', { number: 1, count: 3 })).toBe('Träffar och rapporter');
    expect(listTitle('Träffar och rapporter', { number: 2, count: 3 })).toBe('Träffar och rapporter, sida 2 av 3');
  });
});
