import { describe, expect, it } from 'vitest';
import { codeGroup, profileText, summarizeProfile, type CpuProfile } from './cpu-profile.ts';

const root = '/p';
const frame = (functionName: string, url = '', lineNumber = -1) => ({ functionName, url, lineNumber });

/** A made-up profile: node 1 is idle, 2 our wall, 3 parse5, 4 GC, 5 a function named like an Object method. */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(idle)') },
    { id: 2, callFrame: frame('readHtml', 'file:///p/src/lib/build/output-html.ts', 112) },
    { id: 3, callFrame: frame('_runParsingLoop', 'file:///p/node_modules/parse5/dist/index.js', 225) },
    { id: 4, callFrame: frame('(garbage collector)') },
    { id: 5, callFrame: frame('toString', 'node:buffer', 916) },
    { id: 6, callFrame: frame('main', 'file:///p/scripts/build.ts', 0) },
  ],
  samples: [1, 2, 3, 2, 4, 5, 1, 6],
  timeDeltas: [5000, 2000, 3000, 2000, 1000, 500, 5000, 500],
};

describe('where a build process spends its CPU time', () => {
  it.each([
    ['file:///p/node_modules/@astrojs/mdx/dist/index.js', 'npm:@astrojs/mdx'],
    ['file:///p/node_modules/.pnpm/x/node_modules/parse5/dist/index.js', 'npm:parse5'],
    ['file:///p/.astro/.prerender/chunks/report-load_HfkbWg38.mjs', 'byggd: report-load'],
    ['file:///p/.astro/.prerender/chunks/collections_Lqfmm-7_.mjs', 'byggd: collections'],
    ['file:///p/.astro/.prerender/prerender-entry.BMmSIHHK.mjs', 'byggd: prerender-entry'],
    ['file:///p/src/lib/build/output-html.ts', 'src/lib/build/output-html.ts'],
    ['node:internal/modules/esm/utils', 'node:internal/modules/esm/utils'],
    ['', 'inbyggt (C++)'],
  ])('groups code at %s as %s', (url, group) => {
    expect(codeGroup(url, root)).toBe(group);
  });

  it('sums each sample by group and by function, with idle time apart and V8 in words', () => {
    const summary = summarizeProfile(profile, root);
    expect(summary.process).toBe('bygget (scripts/build.ts)');
    expect(summary.totalMs).toBe(19);
    expect(summary.idleMs).toBe(10);
    expect(summary.groups).toEqual([
      { name: 'V8: väntar', ms: 10 },
      { name: 'src/lib/build/output-html.ts', ms: 4 },
      { name: 'npm:parse5', ms: 3 },
      { name: 'node:buffer', ms: 1 },
      { name: 'scripts/build.ts', ms: 1 },
      { name: 'V8: skräpsamling', ms: 1 },
    ]);
    expect(summary.functions[1]).toEqual({ name: 'readHtml src/lib/build/output-html.ts:113', ms: 4 });
    // A function named like one of Object's own (toString) is code, not one of V8's entries.
    expect(summary.functions.map((line) => line.name)).toContain('toString node:buffer:917');
  });

  it('prints CPU time without the waiting, and each line as a share of it', () => {
    const text = profileText(summarizeProfile(profile, root), 2);
    expect(text).toMatch(/^bygget \(scripts\/build\.ts\): 0\.0 s CPU \(och 0\.0 s väntan\)/);
    expect(text).toContain('4 ms  44.4 %  src/lib/build/output-html.ts');
    expect(text).not.toContain('V8: väntar');
  });
});
