import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  entryPage,
  FILTER_KEYS,
  hasPages,
  pageUrl,
  PAGE_SEGMENT,
  RESERVED_TEAM_IDS,
  routes,
  type HubKind,
  samePage,
} from './routes.ts';

/** A route's address: a fixed one as it is, a function's with sample arguments (a hub kind first). */
const sample = (route: string | ((...args: never[]) => string)) =>
  typeof route === 'function' ? (route as (a: string, b: string) => string)('kommuner', 'y') : route;

describe('routes', () => {
  it.each([
    [routes.meeting('2020-09-21-goda-exempel'), '/traffar/2020-09-21-goda-exempel/'],
    [routes.newsletter('a'), '/traffar/a/nyhetsbrev.html'],
    [routes.newsletterText('a'), '/traffar/a/nyhetsbrev.txt'],
    [routes.team('kaa-jonkoping'), '/exempel/kaa-jonkoping/'],
    [routes.teamFilter('kommun', 'norrby'), '/exempel/kommun/norrby/'],
    [routes.teamFilter('fokus', 'psykisk-halsa'), '/exempel/fokusomrade/psykisk-halsa/'],
    [routes.teamFilter('status', 'infort'), '/exempel/status/infort/'],
    [routes.municipality('nassjo'), '/kommuner/nassjo/'],
    [routes.focusArea('psykisk-halsa'), '/fokusomraden/psykisk-halsa/'],
    [routes.hub('kommuner', 'nassjo'), '/kommuner/nassjo/'],
    [routes.hubMeetings('fokusomraden', 'psykisk-halsa'), '/fokusomraden/psykisk-halsa/traffar/'],
    [routes.plan('plan-a'), '/handlingsplaner/plan-a/'],
    [routes.planService('plan-a', 'skola'), '/handlingsplaner/plan-a/verksamhet/skola/'],
    [routes.planCsv('plan-a'), '/handlingsplaner/plan-a.csv'],
    [routes.adminEntry('meetings', '2020-09-21-a'), '/admin/#/collections/meetings/entries/2020-09-21-a'],
  ])('gives %s', (address, expected) => {
    expect(address).toBe(expected);
  });

  it.each<HubKind>(['kommuner', 'fokusomraden'])('puts the %s hubs where their own route puts them', (kind) => {
    const own = kind === 'kommuner' ? routes.municipality : routes.focusArea;
    expect(routes.hub(kind, 'x')).toBe(own('x'));
  });

  it('ends every page address with a slash and every file address with its extension', () => {
    // The web editor's own addresses follow its `#`.
    const addresses = Object.values(routes).map((route) => sample(route).split('#')[0] as string);
    for (const address of addresses) {
      expect(address).toMatch(/^\/([a-z0-9-]+\/)*([a-z0-9-]+\.(html|txt|csv|ics|xml|json|js|jpg|y))?$/);
    }
  });
});

describe('samePage', () => {
  it.each([
    ['/sok/', '?q=barn', '/sok/?q=barn'],
    ['//sok/', '?q=barn', '/sok/?q=barn'],
    ['///exempel/', '', '/exempel/'],
    ['/basta-platsen//sok/', '?q=a', '/basta-platsen//sok/?q=a'],
  ])('makes %s with %s an address on the same host: %s', (pathname, query, address) => {
    expect(samePage(pathname, query)).toBe(address);
    expect(new URL(samePage(pathname, query), 'https://example.se/').host).toBe('example.se');
  });
});

describe('pageUrl', () => {
  it('keeps the list address for page 1 and puts later pages under sida/', () => {
    expect(pageUrl('/traffar/', 1)).toBe('/traffar/');
    expect(pageUrl(routes.teamFilter('kommun', 'jonkoping'), 12)).toBe('/exempel/kommun/jonkoping/sida/12/');
  });
});

describe('entryPage and hasPages', () => {
  it.each([
    ['meetings', '/traffar/a/'],
    ['teams', '/exempel/a/'],
    ['plans', '/handlingsplaner/a/'],
    ['people', undefined],
    ['series', undefined],
    ['municipalities', undefined],
    ['toString', undefined],
  ])('gives the page of an entry of %s: %s', (collection, expected) => {
    expect(entryPage(collection, 'a')).toBe(expected);
    expect(hasPages(collection)).toBe(expected !== undefined);
  });
});

describe('RESERVED_TEAM_IDS', () => {
  it('holds the folders the site uses under /exempel/: its pages and each filter', () => {
    expect([...RESERVED_TEAM_IDS].sort()).toEqual(
      [PAGE_SEGMENT, ...FILTER_KEYS.map((key) => routes.teamFilter(key, 'x').split('/')[2])].sort(),
    );
  });
});

/** Every file under a folder, relative to it. */
function files(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full, base) : [path.relative(base, full)];
  });
}

const src = path.resolve(import.meta.dirname, '../..');
/** The site's top-level folders and files, as the route table writes them. */
const topLevel = [
  ...new Set(
    Object.values(routes)
      .map(sample)
      .map((address) => address.split('/')[1])
      .filter((segment): segment is string => Boolean(segment)),
  ),
];

describe('the route table is the one home of addresses', () => {
  it('names every top-level folder and file that src/pages/ serves, and nothing else', () => {
    const pages = readdirSync(path.join(src, 'pages'))
      .map((name) => name.replace(/\.(astro|ts)$/, '').replace(/^index$/, ''))
      .filter((name) => name !== '' && name !== '404');
    const served = pages.map((name) => name.replace(/\.(xml|ics|json)$/, '.$1'));
    // Pagefind, the sitemap and the web editor are written by the build, not by src/pages/.
    const built = (segment: string) => segment === 'pagefind' || segment === 'admin' || segment.startsWith('sitemap');
    expect(new Set(topLevel.filter((segment) => !built(segment)))).toEqual(new Set(served));
  });

  it('is the only module under src/ that writes an address of the site', () => {
    // An address literal: a quote, backtick or `href="` followed by one of the site's top-level
    // folders or files. Comments may name addresses; code may not.
    const folders = topLevel.map((segment) => segment.replace(/[.]/g, '\\.')).join('|');
    const literal = new RegExp(`(['"\`])/(${folders})(?=[/'"\`?#])`);
    const offenders = files(src)
      .filter((file) => /\.(ts|astro|mjs|js)$/.test(file) && !file.endsWith('.test.ts'))
      .filter((file) => file !== path.join('lib', 'routing', 'routes.ts'))
      .flatMap((file) =>
        readFileSync(path.join(src, file), 'utf8')
          .split('\n')
          .map((line, index) => ({ line: line.trim(), at: `${file}:${index + 1}` }))
          .filter(({ line }) => !line.startsWith('*') && !line.startsWith('//') && !line.startsWith('/*'))
          .filter(({ line }) => literal.test(line.replace(/\/\/ .*$/, '')))
          .map(({ at, line }) => `${at}: ${line}`),
      );
    expect(offenders, 'write routes.… from src/lib/routing/routes.ts instead').toEqual([]);
  });
});
