/**
 * The lint rules that keep the architecture's "one home" promises (eslint.config.js), tried on
 * small pieces of code placed where they would break a promise: if a rule is removed or stops
 * matching, these tests fail.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });

/** The rule ids ESLint reports for `code` as if it were the file `file`. */
async function rulesBroken(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('browser code', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n", 'src/lib/browser/x.ts'],
    ["import path from 'path';\nexport const a = path;\n", 'src/lib/browser/x.ts'],
    ["import { getCollection } from 'astro:content';\nexport const a = getCollection;\n", 'src/lib/browser/x.ts'],
    ["import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n", 'src/lib/routing/routes.ts'],
  ])('may not import Node or Astro server modules: %s in %s', async (code, file) => {
    expect(await rulesBroken(code, file)).toContain('no-restricted-imports');
  });

  it('may import Node modules outside the browser folders', async () => {
    expect(
      await rulesBroken("import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n", 'src/lib/x.ts'),
    ).toEqual([]);
  });
});

describe('whether an entry is published', () => {
  const code = 'export const shown = (entry: { data: { draft?: boolean } }) => !entry.data.draft;\n';

  it.each(['src/lib/teams/x.ts', 'src/lib/build/x.ts', 'scripts/x.ts'])('is not decided in %s', async (file) => {
    expect(await rulesBroken(code, file)).toContain('no-restricted-syntax');
  });

  it('is decided in src/lib/content/published.ts', async () => {
    expect(await rulesBroken(code, 'src/lib/content/published.ts')).toEqual([]);
  });
});
