/**
 * The lint rules that keep the architecture's "one home" promises (eslint.config.js), tried on
 * small pieces of code placed where they would break a promise: if a rule is removed or stops
 * matching, these tests fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

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

/** The scripts Astro bundles for the browser: every `<script>` of a component or page under src/. */
function componentScripts(): Array<{ file: string; code: string }> {
  return readdirSync(path.join(root, 'src'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.astro'))
    .flatMap((file) =>
      [...readFileSync(path.join(root, 'src', file), 'utf8').matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
        .filter((m) => !/is:inline|type=/.test(m[1] ?? ''))
        .map((m) => ({ file: path.join('src', file), code: (m[2] ?? '').trim() })),
    );
}

/**
 * The files a module imports, and theirs in turn, relative to the project. Relative imports only
 * (packages are not ours), and not `import type`, which the bundle leaves out.
 */
function importedFiles(file: string, code: string, found = new Set<string>()): Set<string> {
  for (const m of code.matchAll(/^\s*import\s+(?!type\b)(?:[^'";]*?\sfrom\s*)?['"](\.[^'"]+)['"]/gm)) {
    const target = path.join(path.dirname(file), m[1] as string);
    if (found.has(target)) continue;
    found.add(target);
    importedFiles(target, readFileSync(path.join(root, target), 'utf8'), found);
  }
  return found;
}

describe('the scripts of components and pages', () => {
  const scripts = componentScripts();

  it('are found', () => {
    expect(scripts.map((script) => script.file)).toEqual(
      expect.arrayContaining(['src/components/teams/FilterForm.astro', 'src/pages/sok/index.astro']),
    );
  });

  it.each(scripts.map((script) => [script.file, script.code]))(
    'only start a tested module of src/lib/browser/: %s',
    (_, code) => {
      expect(code).toMatch(/^import \{ (\w+) \} from '(?:\.\.\/)+lib\/browser\/[\w-]+\.ts';\s+\1\(document\);$/);
    },
  );

  it('import only modules that the browser lint rule covers, so none can bring in Node or Astro', async () => {
    const files = new Set(scripts.flatMap((script) => [...importedFiles(script.file, script.code)]));
    expect(files.size).toBeGreaterThan(scripts.length);
    const uncovered: string[] = [];
    for (const file of files) {
      const config = (await eslint.calculateConfigForFile(path.join(root, file))) as {
        rules?: Record<string, unknown[]>;
      };
      const severity = config.rules?.['no-restricted-imports']?.[0];
      if (severity !== 2 && severity !== 'error') uncovered.push(file);
    }
    expect(uncovered).toEqual([]);
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

describe('the size of a module', () => {
  const lines = (count: number) =>
    Array.from({ length: count }, (_, index) => `export const v${index} = ${index};`).join('\n') + '\n';

  it.each(['src/lib/teams/x.ts', 'src/components/X.astro', 'scripts/x.ts'])(
    'is at most 400 lines in %s',
    async (file) => {
      const code = file.endsWith('.astro') ? `---\n${lines(400)}---\n` : lines(401);
      expect(await rulesBroken(code, file)).toContain('max-lines');
      expect(await rulesBroken(lines(400), file.replace(/\.astro$/, '.ts'))).not.toContain('max-lines');
    },
  );

  it('is not limited in a test file', async () => {
    expect(await rulesBroken(lines(401), 'src/lib/teams/x.test.ts')).not.toContain('max-lines');
  });
});
