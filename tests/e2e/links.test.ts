/**
 * The built site's internal links: every link, image, script and stylesheet address points at a
 * file of the site, and every #anchor at an element with that id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { resolveFile } from './server.ts';
import { site } from './harness.ts';

const parser = unified().use(rehypeParse);
const origin = new URL(site.baseUrl).origin;

interface Page {
  url: string;
  ids: Set<string>;
  links: Array<{ attribute: string; value: string }>;
}

function readPages(): Map<string, Page> {
  const pages = new Map<string, Page>();
  const files = readdirSync(site.outDir, { recursive: true, withFileTypes: true }).filter(
    (d) => d.isFile() && d.name.endsWith('.html'),
  );
  for (const dirent of files) {
    const file = path.join(dirent.parentPath, dirent.name);
    const relative = path.relative(site.outDir, file).split(path.sep).join('/');
    const url = `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
    const tree = parser.parse(readFileSync(file, 'utf8')) as Root;
    const page: Page = { url, ids: new Set(), links: [] };
    visit(tree, 'element', (node: Element) => {
      const { id, href, src } = node.properties;
      if (typeof id === 'string') page.ids.add(id);
      if (typeof href === 'string') page.links.push({ attribute: `<${node.tagName} href>`, value: href });
      if (typeof src === 'string') page.links.push({ attribute: `<${node.tagName} src>`, value: src });
    });
    pages.set(url, page);
  }
  return pages;
}

const pages = readPages();

describe('internal links of the built site', () => {
  it('finds pages to check', () => {
    expect(pages.size).toBeGreaterThan(10);
  });

  it('all resolve to a file of the site, and every #anchor to an element with that id', () => {
    const broken: string[] = [];
    for (const page of pages.values()) {
      for (const link of page.links) {
        const target = new URL(link.value, new URL(page.url, site.baseUrl));
        if (target.origin !== origin || !/^https?:$/.test(target.protocol)) continue;
        const file = resolveFile(site.outDir, target.pathname);
        if (!file) {
          broken.push(`${page.url}: ${link.attribute}="${link.value}" finns inte`);
          continue;
        }
        if (target.hash && file.endsWith('.html')) {
          const id = decodeURIComponent(target.hash.slice(1));
          const targetPage = pages.get(target.pathname.endsWith('/') ? target.pathname : `${target.pathname}`);
          if (targetPage && !targetPage.ids.has(id))
            broken.push(`${page.url}: ${link.value} pekar på ett ankare som saknas`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
