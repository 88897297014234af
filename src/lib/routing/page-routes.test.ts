import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageAddress, pageRoute, pageRoutes, representativePages, routeOf } from './page-routes.ts';

const routes = [
  'index.astro',
  '404.astro',
  'traffar/index.astro',
  'traffar/[id].astro',
  'traffar/sida/[page].astro',
  'exempel/index.astro',
  'exempel/[id].astro',
  'exempel/sida/[page].astro',
  'exempel/[segment]/[value].astro',
  'exempel/[segment]/[value]/sida/[page].astro',
].map(pageRoute);

describe('pageRoute', () => {
  it.each([
    ['index.astro', '/'],
    ['traffar/index.astro', '/traffar/'],
    ['traffar/[id].astro', '/traffar/[id]/'],
    ['exempel/[segment]/[value]/sida/[page].astro', '/exempel/[segment]/[value]/sida/[page]/'],
    ['404.astro', '/404.html'],
  ])('gives the page file %s the route %s', (file, route) => {
    expect(pageRoute(file).route).toBe(route);
  });

  it('tells fixed segments from parameters', () => {
    expect(pageRoute('kommuner/[id]/traffar/index.astro').segments).toEqual([
      { name: 'kommuner' },
      { param: 'id' },
      { name: 'traffar' },
    ]);
  });

  it('refuses a segment that is only partly a parameter, which it cannot match', () => {
    expect(() => pageRoute('exempel/[id]/bild.[ext].astro')).toThrow(/bild\.\[ext\]/);
  });
});

describe('pageRoutes', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-routes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the routes of the .astro files in every folder and leaves endpoints out', () => {
    for (const file of ['index.astro', 'om/index.astro', 'traffar/[id].astro', 'rss.xml.ts', 'traffar/[id]/x.txt.ts']) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), '');
    }
    expect(pageRoutes(dir).map((r) => r.route)).toEqual(['/', '/om/', '/traffar/[id]/']);
  });

  it("reads this site's own pages, the search page and the not-found page among them", () => {
    const own = pageRoutes(path.resolve(import.meta.dirname, '../../pages')).map((r) => r.route);
    expect(own).toEqual(expect.arrayContaining(['/', '/404.html', '/sok/', '/traffar/[id]/', '/traffar/sida/[page]/']));
  });
});

describe('pageAddress', () => {
  it.each([
    ['/index.html', '/'],
    ['/traffar/index.html', '/traffar/'],
    ['/404.html', '/404.html'],
    ['/traffar/2020-03-03-x/nyhetsbrev.html', '/traffar/2020-03-03-x/nyhetsbrev.html'],
  ])('serves the built file %s at %s', (file, address) => {
    expect(pageAddress(file)).toBe(address);
  });
});

describe('routeOf', () => {
  it.each([
    ['/', '/'],
    ['/traffar/', '/traffar/'],
    ['/traffar/2020-03-03-x/', '/traffar/[id]/'],
    ['/traffar/sida/2/', '/traffar/sida/[page]/'],
    // A fixed segment wins over a parameter at the first place where two routes differ.
    ['/exempel/sida/2/', '/exempel/sida/[page]/'],
    ['/exempel/kommun/aneby/', '/exempel/[segment]/[value]/'],
    ['/exempel/kommun/aneby/sida/2/', '/exempel/[segment]/[value]/sida/[page]/'],
    ['/404.html', '/404.html'],
  ])('answers %s with the route %s', (address, route) => {
    expect(routeOf(address, routes)?.route).toBe(route);
  });

  it('answers no file that an endpoint wrote, nor an address no route has', () => {
    expect(routeOf('/traffar/2020-03-03-x/nyhetsbrev.html', routes)).toBeUndefined();
    expect(routeOf('/kontakt/', routes)).toBeUndefined();
    expect(routeOf('/traffar/a/b/c/', routes)).toBeUndefined();
  });
});

describe('representativePages', () => {
  it('picks the first page in sort order of each route that has pages, in the order of the routes', () => {
    const addresses = [
      '/traffar/2021-01-19-b/',
      '/traffar/2020-03-03-a/',
      '/exempel/status/ide/',
      '/exempel/kommun/aneby/',
      '/traffar/',
      '/',
      '/404.html',
      '/traffar/2020-03-03-a/nyhetsbrev.html',
    ];
    expect([...representativePages(routes, addresses)]).toEqual([
      ['/', '/'],
      ['/404.html', '/404.html'],
      ['/traffar/', '/traffar/'],
      ['/traffar/[id]/', '/traffar/2020-03-03-a/'],
      ['/exempel/[segment]/[value]/', '/exempel/kommun/aneby/'],
    ]);
  });
});
