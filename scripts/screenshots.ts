/**
 * `npm run screenshots`: the first screen of the start page, a report, the team stories, a team
 * story and a plan of the BUILT site, on a phone (390×844) and a desktop (1280×900), as PNG files in
 * `screenshots/` (git-ignored), in Chromium (src/lib/build/chromium.ts). Builds nothing: run
 * `npm run build` first. The pull-request workflow uploads them, so reviewers see a change of design.
 * Options: `--dist <folder>` (the built site, default `dist`), `--out <folder>` (default `screenshots`).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser, missingBrowserMessage } from '../src/lib/build/chromium.ts';
import { builtSitemapPaths } from '../src/lib/build/pages.ts';
import { newestReport, SCREENSHOT_VIEWPORTS, screenshotFile, screenshotTargets } from '../src/lib/build/screenshots.ts';
import { serve } from '../tests/e2e/server.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'screenshots' } },
});
const dist = path.resolve(values.dist);
if (!existsSync(path.join(dist, 'sitemap-index.xml'))) {
  console.error(`Hittar ingen byggd webbplats i ${dist}. Bygg den först med npm run build.`);
  process.exit(1);
}
const found = await findBrowser();
if (!found) {
  console.error(missingBrowserMessage(process.platform, process.arch, process.env));
  process.exit(1);
}
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });
const readBuilt = (relative: string) => readFileSync(path.join(dist, relative), 'utf8');
const targets = screenshotTargets(builtSitemapPaths(readBuilt), newestReport(readBuilt('rss.xml')));
const { server, baseUrl } = await serve(dist);
const browser = await chromium.launch({ executablePath: found.executablePath, args: [...CHROMIUM_ARGS] });
try {
  for (const viewport of SCREENSHOT_VIEWPORTS) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    for (const target of targets) {
      await page.goto(new URL(target.pathname, baseUrl).href, { waitUntil: 'load' });
      const file = path.join(out, screenshotFile(target, viewport));
      await page.screenshot({ path: file });
      console.log(`${path.relative(process.cwd(), file)}  ${target.pathname}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
