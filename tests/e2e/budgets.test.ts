/**
 * Page-weight budgets over the built shipped site (site.outDir): what each page costs a visitor on
 * a phone. Sizes are gzipped with node:zlib at its default level, as a CDN would serve them.
 * No timing is asserted here: speed is measured by `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  gzipped,
  htmlPages as pagesOf,
  isLocal,
  PAGE_BUDGET_BYTES,
  pageWeights,
  stylesheets,
  valueOf,
} from '../../src/lib/build/page-weight.ts';
import { routes } from '../../src/lib/routing/routes.ts';
import { openPage, site } from './harness.ts';

const KB = 1024;
/**
 * The web editor at /admin/ is a tool for editors, not a public page: its bundle (Sveltia CMS, about
 * 730 KB gzipped, and its icon fonts) is held by tests/e2e/admin.test.ts (own origin, own CSP), not by
 * the visitors' budgets below. Its page still counts towards the HTML weight budget.
 */
const isEditor = (file: string) => `/${file.replace(/^\//, '')}`.startsWith(routes.admin);
const htmlPages = () => pagesOf(site.outDir);
const publicPages = () => htmlPages().filter((page) => !isEditor(page));
const read = (urlPath: string) => readFileSync(path.join(site.outDir, decodeURIComponent(urlPath)));
const attribute = (tag: string, name: string) => valueOf(tag, name) !== undefined;

interface PageScript {
  /** `src` of an external script, or `inline`. */
  src: string;
  tag: string;
  /** The script's text (inline) or file (external) and every module it imports statically. */
  files: Array<{ name: string; text: string }>;
}

/** A module's static imports (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g)].map((m) => m[1] as string);
}

/** A script and the modules it pulls in, resolved against the built site. */
function moduleGraph(entry: string, first: string): Array<{ name: string; text: string }> {
  const seen = new Map<string, string>([[entry, first]]);
  const queue = [entry];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const specifier of staticImports(seen.get(current) ?? '')) {
      if (!isLocal(specifier)) continue;
      const resolved = new URL(specifier, `http://site${current.startsWith('/') ? current : '/'}`).pathname;
      if (seen.has(resolved)) continue;
      seen.set(resolved, read(resolved).toString('utf8'));
      queue.push(resolved);
    }
  }
  return [...seen].map(([name, text]) => ({ name, text }));
}

function scripts(html: string): PageScript[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/type=["']?application\/(ld\+)?json/i.test(m[1] ?? ''))
    .map((m) => {
      const tag = `<script${m[1]}>`;
      const src = valueOf(tag, 'src');
      if (src === undefined) return { src: 'inline', tag, files: moduleGraph('inline', m[2] ?? '') };
      if (!isLocal(src)) return { src, tag, files: [] };
      return { src, tag, files: moduleGraph(src, read(src).toString('utf8')) };
    });
}

/**
 * The scripts a page may load, by purpose. Everything else is a budget failure: every page works
 * without JavaScript, and scripts only enhance it (README, "The public site").
 */
const ALLOWED_SCRIPTS: Array<{ purpose: string; pages: RegExp; script: RegExp }> = [
  // The search page runs Pagefind in place (Pagefind's own files are loaded only when searching).
  { purpose: 'search', pages: /^\/sok\/index\.html$/, script: /^\/_astro\/index\.astro_astro_type_script_/ },
  // The team filters of /exempel/ and its pre-rendered filter pages filter the list in place.
  { purpose: 'team filters', pages: /^\/exempel\//, script: /^\/_astro\/FilterForm\.astro_astro_type_script_/ },
  // A plan's verksamhet filter (the matrix) filters its table in place: a small inline module.
  { purpose: 'plan matrix filter', pages: /^\/handlingsplaner\//, script: /^inline$/ },
  // Click-to-load videos: nothing loads from Vimeo/YouTube until the visitor clicks.
  { purpose: 'click-to-load video', pages: /^\/traffar\//, script: /^inline$/ },
];

describe('page-weight budgets of the built site', () => {
  const pages = htmlPages();

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('every page is at most 15 KB gzipped, HTML and the CSS it links together', () => {
    const weights = pageWeights(site.outDir);
    expect(weights.length).toBe(pages.length);
    const heaviest = weights.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const over = weights
      .filter((weight) => weight.bytes > PAGE_BUDGET_BYTES)
      .map((weight) => `${weight.page}: ${(weight.bytes / KB).toFixed(1)} KB`);
    expect(over, `heaviest: ${heaviest.page} ${(heaviest.bytes / KB).toFixed(1)} KB`).toEqual([]);
  });

  it('loads no script but the allowed ones, each at most 5 KB gzipped with what it imports', () => {
    const problems: string[] = [];
    for (const page of publicPages()) {
      for (const script of scripts(read(page).toString('utf8'))) {
        const allowed = ALLOWED_SCRIPTS.find((a) => a.pages.test(page) && a.script.test(script.src));
        if (!allowed) {
          problems.push(`${page}: script not on the allowlist: ${script.src === 'inline' ? script.tag : script.src}`);
          continue;
        }
        const bytes = script.files.reduce((sum, file) => sum + gzipped(file.text), 0);
        if (bytes > 5 * KB) {
          const parts = script.files.map((f) => `${f.name} ${(gzipped(f.text) / KB).toFixed(1)} KB`).join(', ');
          problems.push(`${page}: ${allowed.purpose} script is ${(bytes / KB).toFixed(1)} KB gzipped (${parts})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses no web font (or one subset of at most 30 KB)', () => {
    const fonts = readdirSync(site.outDir, { recursive: true })
      .map(String)
      .filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file) && !isEditor(file));
    expect(fonts.length).toBeLessThanOrEqual(1);
    for (const font of fonts) expect(read(`/${font}`).length, font).toBeLessThanOrEqual(30 * KB);
    const cssFiles = readdirSync(site.outDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.css') && !isEditor(file));
    const faces = [...publicPages(), ...cssFiles.map((file) => `/${file}`)].filter((file) =>
      /@font-face/i.test(read(file).toString('utf8')),
    );
    expect(faces.length === 0 || fonts.length === 1, `@font-face in ${faces.join(', ')}`).toBe(true);
  });

  it('has no render-blocking resource from another origin', () => {
    const blocking: string[] = [];
    for (const page of pages) {
      const html = read(page).toString('utf8');
      for (const href of stylesheets(html)) if (!isLocal(href)) blocking.push(`${page}: stylesheet ${href}`);
      for (const script of scripts(html)) {
        const deferred =
          attribute(script.tag, 'async') || attribute(script.tag, 'defer') || valueOf(script.tag, 'type') === 'module';
        if (!isLocal(script.src) && script.src !== 'inline' && !deferred)
          blocking.push(`${page}: script ${script.src}`);
      }
      for (const m of html.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/gi)) {
        if (!isLocal(m[1] as string)) blocking.push(`${page}: @import ${m[1]}`);
      }
    }
    expect(blocking).toEqual([]);
  });

  it('transfers at most 150 KB gzipped of Pagefind files for the first search', async () => {
    // Open the search page without a query first (Pagefind is not loaded then), listen, then search:
    // every /pagefind/ response of the first search is counted. The local server does not compress,
    // so each body is gzipped here as a CDN would; files Pagefind already compresses are counted as
    // they are when gzip would not make them smaller.
    const opened = await openPage('/sok/');
    try {
      const sizes = new Map<string, number>();
      const pending: Array<Promise<void>> = [];
      opened.page.on('response', (response) => {
        const url = new URL(response.url());
        if (!url.pathname.startsWith('/pagefind/')) return;
        pending.push(
          response.body().then((body) => {
            sizes.set(url.pathname, Math.min(body.length, gzipped(body)));
          }),
        );
      });
      await opened.page.goto(new URL('/sok/?q=hembes%C3%B6k', site.baseUrl).href, { waitUntil: 'load' });
      await opened.page.waitForFunction(() => {
        const text = document.querySelector('#sokstatus')?.textContent ?? '';
        return text !== '' && text !== 'Söker …';
      });
      await opened.page.waitForLoadState('networkidle');
      await Promise.all(pending);
      const total = [...sizes.values()].reduce((a, b) => a + b, 0);
      expect(sizes.size, 'Pagefind was loaded').toBeGreaterThan(0);
      const list = [...sizes].map(([name, bytes]) => `${name} ${(bytes / KB).toFixed(1)} KB`).join(', ');
      console.info(`First search: ${(total / KB).toFixed(1)} KB gzipped in ${sizes.size} files`);
      expect(total, list).toBeLessThanOrEqual(150 * KB);
      expect(await opened.page.locator('#sokresultat a').count()).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });
});
