import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSitemapPaths, htmlFileFor, missingPages, scanHtml, type ExpectedPage } from './pages.ts';
import { entryPageGlob } from './search-index.ts';

const page = (url: string, title: string): ExpectedPage => ({ file: `content${url}x.mdx`, url, title });

/** A built site in a temporary folder: url path → HTML. */
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-pages-'));
  for (const [url, html] of Object.entries(pages)) {
    const file = url.endsWith('.html') ? path.join(dir, url) : htmlFileFor(dir, url);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  return dir;
}

const entry = (title: string, body = '') =>
  `<html><body><main data-pagefind-body><h1>${title}</h1>${body}</main></body></html>`;

describe('missingPages', () => {
  const dir = site({ '/traffar/a/': entry('Träff A &amp; B'), '/traffar/tom/': '<html><body></body></html>' });

  it('accepts a page that shows its title (entities decoded)', () => {
    expect(missingPages(dir, [page('/traffar/a/', 'Träff A & B')])).toEqual([]);
  });

  it('names a page that was not built, and one that is empty, with the content file', () => {
    expect(missingPages(dir, [page('/traffar/saknas/', 'Saknas'), page('/traffar/tom/', 'Tom')])).toEqual([
      'content/traffar/saknas/x.mdx: sidan /traffar/saknas/ byggdes inte',
      'content/traffar/tom/x.mdx: sidan /traffar/tom/ visar inte rubriken "Tom" (tom eller fel sida)',
    ]);
  });
});

describe('scanHtml', () => {
  it('names a page marked for search that is not an entry page, since search would never read it', () => {
    const dir = site({
      '/traffar/a/': entry('A'),
      '/traffar/index.html': '<html><body><main data-pagefind-body>Alla träffar</main></body></html>',
      '/om/': '<html><body><main data-pagefind-ignore>Om attributet data-pagefind-body i text.</main></body></html>',
    });
    const scan = scanHtml(dir, [page('/traffar/a/', 'A')]);
    expect(scan.unindexed).toEqual([
      `${path.join('traffar', 'index.html')}: är märkt med data-pagefind-body men är ingen innehållssida`,
    ]);
  });
});

describe('entryPageGlob', () => {
  it('reads the entry pages of every collection folder and nothing above or below them', () => {
    expect(entryPageGlob([page('/traffar/a/', 'A'), page('/traffar/b/', 'B'), page('/exempel/c/', 'C')])).toBe(
      '{exempel/*,traffar/*}/index.html',
    );
  });
});

describe('builtSitemapPaths', () => {
  it('lists the page paths of every sitemap the index names, in order', () => {
    const files: Record<string, string> = {
      'sitemap-index.xml':
        '<sitemapindex><sitemap><loc>https://example.se/sitemap-0.xml</loc></sitemap></sitemapindex>',
      'sitemap-0.xml':
        '<urlset><url><loc>https://example.se/</loc></url><url><loc>https://example.se/om/</loc></url></urlset>',
    };
    expect(builtSitemapPaths((relative) => files[relative] ?? '')).toEqual(['/', '/om/']);
  });
});
