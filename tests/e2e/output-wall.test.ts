/**
 * The shipped site passes the build's last wall (src/lib/build/output-check.ts): every output file of
 * the e2e build, pages, e-mail editions, RSS, the calendar and Pagefind's files, holds nothing the
 * site may not contain. (The build itself refuses to publish otherwise; this names what the wall read.)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutput, formatOutputProblem } from '../../src/lib/build/output-check.ts';
import { verdictFor } from '../../src/lib/build/validate-child.ts';
import { LOCAL_SITE } from '../../src/lib/routing/site-url.ts';
import { site } from './harness.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('the last wall on the shipped site', () => {
  it('reads every kind of output file the site publishes', () => {
    for (const file of ['index.html', 'rss.xml', 'kalender.ics', 'pagefind/fragment']) {
      expect(existsSync(path.join(site.outDir, file)), file).toBe(true);
    }
  });

  it('finds nothing', () => {
    const verdict = verdictFor(root, 'content');
    const problems = checkOutput(site.outDir, {
      site: process.env.SITE_URL ?? LOCAL_SITE,
      pages: verdict.pages,
      allowlist: verdict.allowlist,
      root,
      contentDir: 'content',
    });
    expect(problems.map(formatOutputProblem)).toEqual([]);
  });
});
