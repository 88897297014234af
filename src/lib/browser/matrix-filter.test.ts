import { describe, expect, it } from 'vitest';
import { filterIndexFor, isPlainClick, parseSlugs, rowMatches } from './matrix-filter.ts';

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
