import { describe, expect, it } from 'vitest';
import { documentTitle } from './document-title.ts';

describe('documentTitle', () => {
  it.each([
    ['Kontakt', 'Bästa platsen', 'Kontakt – Bästa platsen', 'a page: its title, then the site’s'],
    ['Bästa platsen', 'Bästa platsen', 'Bästa platsen', 'the start page: the site’s name once'],
  ])('titles %j on %j as %j (%s)', (title, site, expected) => {
    expect(documentTitle(title, site)).toBe(expected);
  });
});
