/**
 * A report page printed to an A4 PDF by Chromium (src/lib/build/chromium.ts) through playwright-core, with the site's
 * print stylesheet — the same result as "Skriv ut / spara som PDF" in a browser.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../build/chromium.ts';

/**
 * The public address a built site was built for (`SITE_URL`), from its sitemap index.
 * @param sitemapIndex the text of `sitemap-index.xml`
 * @example publicBase('<sitemap><loc>https://example.se/sitemap-0.xml</loc></sitemap>') // 'https://example.se/'
 */
export function publicBase(sitemapIndex: string): string | undefined {
  const loc = /<loc>([^<]+)<\/loc>/.exec(sitemapIndex)?.[1];
  return loc ? new URL('/', loc).href : undefined;
}

/**
 * Prints a page to an A4 PDF.
 * @param url the page, e.g. the built report served on 127.0.0.1
 * @param file where to write the PDF
 * @param executablePath Chromium (see `findChromium` in src/lib/build/chromium.ts)
 * @param linkBase the site's public address: links to the site's own pages point there in the PDF,
 *   not at the local server the page was printed from
 */
export async function printPdf(url: string, file: string, executablePath: string, linkBase?: string): Promise<void> {
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} svarade ${response?.status() ?? 'inte'}`);
    if (linkBase) {
      await page.evaluate((base) => {
        for (const link of document.querySelectorAll('a[href]')) {
          const target = new URL(link.getAttribute('href') ?? '', location.href);
          if (target.origin === location.origin) {
            link.setAttribute('href', new URL(target.pathname + target.search + target.hash, base).href);
          }
        }
      }, linkBase);
    }
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: file, format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
}
