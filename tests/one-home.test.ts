/**
 * The one report model and the one way from contact ids to people, held where a lint rule cannot
 * say it: the model is built in one module and every output of a report reaches it through that
 * module; contact ids become people only in `resolvePeople`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCES = globSync(['src/**/*.ts', 'src/**/*.astro'], { cwd: ROOT, ignore: ['**/*.test.ts'] }).sort();
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** The files under src/ whose code matches `pattern`, outside tests. */
const filesMatching = (pattern: RegExp) => SOURCES.filter((file) => pattern.test(read(file)));

/** The modules `file` imports, as paths from the root. */
function importsOf(file: string): string[] {
  return [...read(file).matchAll(/^import[^'"]*['"](\.[^'"]+)['"]/gm)].map(([, spec]) =>
    path.posix.join(path.posix.dirname(file), spec!),
  );
}

describe('a meeting report', () => {
  it('is modelled by reportView, called only by the loader of src/lib/meetings/report-load.ts', () => {
    expect(SOURCES.length).toBeGreaterThan(100);
    expect(filesMatching(/(?<!function )\breportView\(/)).toEqual(['src/lib/meetings/report-load.ts']);
  });

  it.each([
    ['the report page', 'src/pages/traffar/[id].astro'],
    ['the e-mail edition, its text and the feed', 'src/lib/meetings/newsletter/load.ts'],
  ])('reaches %s through that loader', (_, file) => {
    expect(importsOf(file)).toContain('src/lib/meetings/report-load.ts');
  });

  it.each([
    'src/pages/rss.xml.ts',
    'src/pages/traffar/[id]/nyhetsbrev.html.ts',
    'src/pages/traffar/[id]/nyhetsbrev.txt.ts',
  ])('reaches %s from the e-mail edition’s loader, not a model of its own', (file) => {
    expect(importsOf(file)).toContain('src/lib/meetings/newsletter/load.ts');
  });
});

describe('contact ids', () => {
  it('become people only in resolvePeople, called by the views that list contacts', () => {
    expect(filesMatching(/(?<!function )\bresolvePeople\(/)).toEqual([
      'src/lib/meetings/report.ts',
      'src/lib/people/contacts.ts',
      'src/lib/plans/plans.ts',
      'src/pages/exempel/[id].astro',
    ]);
  });

  it('are never looked up one by one outside resolvePeople', () => {
    expect(filesMatching(/\bpeople\.get\(/)).toEqual(['src/lib/people/contacts.ts']);
  });
});
