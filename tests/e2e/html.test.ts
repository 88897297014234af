/**
 * Every HTML file of the built site, the e-mail editions included, is valid by html-validate's
 * `recommended` and `document` presets, less the exceptions that html-validate.config.mjs names and
 * explains. Needs nothing installed: the W3C Nu HTML Checker, which needs Java, runs apart in
 * `npm run test:nu`. Failures name the file, line and column, the rule and html-validate's message.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FlatConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../../src/lib/build/page-weight.ts';
import { site } from './harness.ts';

const root = path.resolve(import.meta.dirname, '../..');
const validator = new HtmlValidate(new FlatConfigLoader(path.join(root, 'html-validate.config.mjs')));
// Relative to the built site, as the config's `files` patterns are written.
const files = htmlPages(site.outDir).map((page) => page.slice(1));

describe('the built HTML files', () => {
  it('include every kind of page and the e-mail editions', () => {
    expect(files).toEqual(
      expect.arrayContaining(['index.html', '404.html', 'sok/index.html', 'handlingsplaner/index.html']),
    );
    expect(files.some((file) => file.endsWith('/nyhetsbrev.html'))).toBe(true);
  });
});

describe.each(files)('%s', (file) => {
  const html = readFileSync(path.join(site.outDir, file), 'utf8');

  it('is valid HTML by html-validate’s recommended and document rules', async () => {
    const report = await validator.validateString(html, file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });

  it('ends with </html>: nothing (such as a page’s script placed after its layout) follows it', () => {
    expect(html.trimEnd()).toMatch(/<\/html>$/i);
  });
});
