/**
 * The site's page types, read from its routes rather than kept by hand: every `.astro` file under
 * `src/pages/` is a route (Astro's file-based routing: `index.astro` is its folder, `[name]` a
 * parameter, `404.astro` the not-found page), and each built HTML page is answered by exactly one of
 * them. Endpoints (`.ts`) write files (the feed, the calendar, e-mail editions), not pages, and are
 * left out. The Lighthouse test measures one page of each route (tests/e2e/lighthouse.test.ts).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** A segment of a route: a fixed name, or a parameter that any one segment fills. */
export type RouteSegment = { name: string } | { param: string };

/** A page route of the site. */
export interface PageRoute {
  /** The route as written in `src/pages/`, e.g. `/exempel/[segment]/[value]/sida/[page]/`. */
  route: string;
  segments: RouteSegment[];
}

/**
 * The route of a page file.
 * @param file the file's path under `src/pages/`, with `/`
 * @example pageRoute('traffar/[id].astro').route // '/traffar/[id]/'
 * @example pageRoute('traffar/index.astro').route // '/traffar/'
 * @example pageRoute('404.astro').route // '/404.html'
 */
export function pageRoute(file: string): PageRoute {
  // Astro writes every page as `<route>/index.html` except the not-found page, a file of its own.
  if (file === '404.astro') return { route: '/404.html', segments: [{ name: '404.html' }] };
  const parts = file.replace(/\.astro$/, '').split('/');
  if (parts.at(-1) === 'index') parts.pop();
  const segments = parts.map((part): RouteSegment => {
    const param = /^\[(\w+)\]$/.exec(part);
    if (param) return { param: param[1] as string };
    if (part.includes('[')) throw new Error(`${file}: only whole segments can be parameters ("${part}")`);
    return { name: part };
  });
  return { route: `/${parts.map((part) => `${part}/`).join('')}`, segments };
}

/**
 * Every page route under a `src/pages/` folder, sorted by route.
 * @param pagesDir the folder
 */
export function pageRoutes(pagesDir: string): PageRoute[] {
  return readdirSync(pagesDir, { recursive: true })
    .map((file) => String(file).split(path.sep).join('/'))
    .filter((file) => file.endsWith('.astro'))
    .map(pageRoute)
    .sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * The address a built HTML file is served at: `a/index.html` at `/a/`, any other file at its own name.
 * @param file the file's path in the built site, e.g. `/traffar/index.html`
 * @example pageAddress('/traffar/index.html') // '/traffar/'
 * @example pageAddress('/404.html') // '/404.html'
 */
export function pageAddress(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

function segmentsOf(address: string): string[] {
  // `/a/b/` → ['a', 'b']; `/404.html` → ['404.html']
  return address.split('/').filter(Boolean);
}

/**
 * Which route answers an address, as Astro decides when two match: at the first segment where they
 * differ, a fixed name wins over a parameter (`/exempel/sida/2/` is a page of `/exempel/sida/[page]/`,
 * not the filter page `/exempel/[segment]/[value]/`).
 * @param address e.g. `/traffar/sida/2/`
 * @param routes the site's routes
 * @returns the route, or undefined when none answers (a file written by an endpoint)
 */
export function routeOf(address: string, routes: readonly PageRoute[]): PageRoute | undefined {
  const parts = segmentsOf(address);
  // Astro's pages end in `/`; a file name (an endpoint's output) matches only a route of that name.
  const isFile = !address.endsWith('/');
  const matching = routes.filter(
    (route) =>
      route.segments.length === parts.length &&
      route.route.endsWith('/') !== isFile &&
      route.segments.every((segment, i) => ('name' in segment ? segment.name === parts[i] : parts[i] !== '')),
  );
  return matching.sort((a, b) => {
    for (let i = 0; i < a.segments.length; i++) {
      const fixedA = 'name' in (a.segments[i] as RouteSegment);
      const fixedB = 'name' in (b.segments[i] as RouteSegment);
      if (fixedA !== fixedB) return fixedA ? -1 : 1;
    }
    return 0;
  })[0];
}

/**
 * One address for each route that has a page: the first in sort order of those it answers.
 * @param routes the site's routes
 * @param addresses the built site's page addresses
 * @returns route → address, in the order of `routes`; routes without a page are absent
 */
export function representativePages(routes: readonly PageRoute[], addresses: readonly string[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const address of [...addresses].sort()) {
    const route = routeOf(address, routes);
    if (route && !first.has(route.route)) first.set(route.route, address);
  }
  return new Map(routes.filter((r) => first.has(r.route)).map((r) => [r.route, first.get(r.route) as string]));
}
