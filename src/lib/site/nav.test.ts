import { describe, expect, it } from 'vitest';
import { currentState, NAV } from './nav.ts';

describe('currentState', () => {
  it.each([
    ['/', '/', 'page'],
    ['/exempel/', '/exempel/', 'page'],
    ['/exempel', '/exempel/', 'page'],
    ['/exempel/kaa-jonkoping/', '/exempel/', true],
    ['/fokusomraden/psykisk-halsa/', '/kommuner/', true],
    ['/exempel/', '/', undefined],
    ['/traffar/', '/exempel/', undefined],
  ] as const)('on %s the link %s is %s', (pathname, href, expected) => {
    expect(currentState(pathname, href)).toBe(expected);
  });
});

describe('NAV', () => {
  it('links every section once, with a Swedish label', () => {
    expect(new Set(NAV.map((item) => item.href)).size).toBe(NAV.length);
    expect(NAV.every((item) => item.label.length > 0)).toBe(true);
  });
});
