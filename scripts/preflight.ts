/**
 * First step of `npm test`: makes sure a browser can be had and started, before any test runs, so a
 * machine without one hears it once, with the fix for its operating system, instead of from every
 * browser test. See src/lib/build/chromium.ts for where it looks.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireBrowser } from '../src/lib/build/chromium.ts';

try {
  const { executablePath, source } = await requireBrowser();
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  console.log(`Webbläsare för testerna: ${executablePath} (${source}), version ${browser.version()}`);
  await browser.close();
} catch (error) {
  console.error(`npm test kan inte köras: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
