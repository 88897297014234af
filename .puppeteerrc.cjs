/**
 * Puppeteer comes in only as pa11y's dependency. It must never download a browser (not at install,
 * not at run time): the tests hand pa11y the Chromium that src/lib/build/chromium.ts finds.
 * @type {import('puppeteer').Configuration}
 */
module.exports = {
  skipDownload: true,
};
