/**
 * What Pagefind reads of every indexed page, in Chromium: words from two elements are never glued
 * together (`kommunRiktade` where a speaker's organisation ended and the topic began), since the
 * excerpt shows that text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openPage } from '../e2e/harness.ts';

/** Words the content itself writes with a capital after a small letter (`eHälsa`), which may stand. */
function writtenMixedCase(): Set<string> {
  const words = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(mdx?|ya?ml)$/.test(entry.name))
        for (const m of readFileSync(file, 'utf8').matchAll(/\p{L}*\p{Ll}\p{Lu}\p{L}*/gu)) words.add(m[0]);
    }
  };
  walk('content');
  return words;
}

/** Every indexed page's text, as Pagefind holds it. */
const CONTENTS = `(async () => {
  const pagefind = await import(location.origin + "/pagefind/pagefind.js");
  const found = await pagefind.search(null, { filters: {} });
  return Promise.all(found.results.map(async (r) => { const d = await r.data(); return [d.url, d.content]; }));
})()`;

it('reads no indexed page with two words glued together where one element ends and the next begins', async () => {
  const opened = await openPage('/sok/');
  try {
    const pages = (await opened.page.evaluate(CONTENTS)) as Array<[string, string]>;
    expect(pages.length).toBeGreaterThan(10);
    const allowed = writtenMixedCase();
    const glued = pages.flatMap(([url, content]) =>
      [...content.matchAll(/\p{L}*\p{Ll}\p{Lu}\p{L}*/gu)]
        .map((m) => m[0])
        .filter((word) => !allowed.has(word))
        .map((word) => `${url}: ${word}`),
    );
    expect(glued).toEqual([]);
  } finally {
    await opened.close();
  }
});
