/**
 * Checks of the built site against the content: every published entry has its page, and the page
 * carries the entry's title (an empty page means a renderer failed quietly). Run by scripts/build.ts
 * while nothing else runs, so this module imports little: the schemas stay in the validator's
 * process (validate-child.ts, which also lists the expected pages).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { outputFiles } from './output-check.ts';

export interface ExpectedPage {
  /** The content file, relative to the project root. */
  file: string;
  /** The page's URL path, e.g. `/traffar/2020-09-21-goda-exempel/`. */
  url: string;
  /** The heading the page must show. */
  title: string;
}

/** The HTML file that serves a URL path. */
export function htmlFileFor(outDir: string, url: string): string {
  return path.join(outDir, ...url.split('/').filter(Boolean), 'index.html');
}

/**
 * @returns one Swedish message per expected page that is missing or does not show its title
 */
export function missingPages(outDir: string, pages: readonly ExpectedPage[]): string[] {
  const messages: string[] = [];
  for (const page of pages) {
    const html = htmlFileFor(outDir, page.url);
    if (!existsSync(html)) {
      messages.push(`${page.file}: sidan ${page.url} byggdes inte`);
      continue;
    }
    const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(readFileSync(html, 'utf8'))?.[1];
    if (heading === undefined || decodeEntities(stripTags(heading)).trim() !== page.title.trim()) {
      messages.push(`${page.file}: sidan ${page.url} visar inte rubriken "${page.title}" (tom eller fel sida)`);
    }
  }
  return messages;
}

/** What one pass over every built HTML file found. */
export interface HtmlScan {
  /**
   * One Swedish message per page marked for search (`data-pagefind-body`) that is not an entry's
   * page: the search index reads only entry pages, so such a page would silently be unsearchable.
   */
  unindexed: string[];
}

/**
 * Reads every built HTML file once. Personnummer are the last wall's (output-check.ts), which
 * reads every output file before publishing.
 * @param pages the entry pages (the only ones the search index reads)
 */
export function scanHtml(outDir: string, pages: readonly ExpectedPage[]): HtmlScan {
  const entryFiles = new Set(pages.map((page) => htmlFileFor(outDir, page.url)));
  const scan: HtmlScan = { unindexed: [] };
  for (const file of htmlFiles(outDir)) {
    if (entryFiles.has(file)) continue;
    const html = readFileSync(file, 'utf8');
    if (/<[a-z][^>]*\sdata-pagefind-body[\s=>]/i.test(html)) {
      scan.unindexed.push(`${path.relative(outDir, file)}: är märkt med data-pagefind-body men är ingen innehållssida`);
    }
  }
  return scan;
}

function htmlFiles(dir: string): string[] {
  return outputFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file));
}

function stripTags(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Every page path of a built site, from its sitemap index and the sitemaps it names.
 * @param readBuilt reads a file of the built site by its path inside the output, e.g. `sitemap-index.xml`
 */
export function builtSitemapPaths(readBuilt: (relative: string) => string): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
  return locs(readBuilt('sitemap-index.xml')).flatMap((sitemap) => locs(readBuilt(sitemap.slice(1))));
}
