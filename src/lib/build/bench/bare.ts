/**
 * The benchmark's baseline: a bare Astro project that builds the same bodies as the site. One glob
 * collection over the meetings and team stories, one page template rendering each entry, no schema,
 * no validation, no search, no layout; the MDX components become plain HTML elements. It reuses the
 * project's node_modules (a symlink), so nothing is downloaded.
 */
import { cpSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes the bare project.
 * @param dir an empty folder for the project
 * @param content the content folder of a corpus (its `meetings/` and `teams/` are built)
 * @param nodeModules the project's `node_modules`
 */
export function writeBareProject(dir: string, content: string, nodeModules: string): void {
  mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(nodeModules, path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'bare', private: true, type: 'module' })}\n`);
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import mdx from '@astrojs/mdx';",
      '// The same bundler-warning filter as the site (Astro warns once per MDX file about its own directive).',
      'export default defineConfig({',
      '  integrations: [mdx()],',
      '  markdown: { syntaxHighlight: false },',
      '  vite: { build: { rollupOptions: { onwarn(warning, warn) {',
      "    if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);",
      '  } } } },',
      '});',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      'export const collections = {',
      `  pages: defineCollection({ loader: glob({ pattern: '{meetings,teams}/*.{md,mdx}', base: ${JSON.stringify(content)} }) }),`,
      '};',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'src', 'pages', '[...id].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  const entries = await getCollection('pages');",
      '  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));',
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      'const title = String(entry.data.title ?? entry.data.name);',
      "const components = { Faktaruta: 'aside', Citat: 'blockquote', Video: 'div' };",
      '---',
      '<html lang="sv"><head><meta charset="utf-8" /><title>{title}</title></head>',
      '<body><h1>{title}</h1><Content components={components} /></body></html>',
      '',
    ].join('\n'),
  );
}

/**
 * What a copy of the project needs to build: its code and configuration, not its content. The
 * lockfile too: the web editor's bundle is cached under a key that includes it (a copy without it
 * bundled the editor again in its first build, though `npm install` and the benchmark had bundled
 * it for the project), and Astro's incremental build compares it.
 */
const PROJECT_FILES = [
  'package.json',
  'package-lock.json',
  'astro.config.mjs',
  'tsconfig.json',
  'src',
  'public',
  'scripts',
];

/**
 * Copies the project (code and configuration, not content/, dist/, .astro/ or .git/) into `dir`
 * with a link to its node_modules, so benchmark builds never touch the working tree's `.astro/`
 * (two builds in one project folder overwrite each other's server chunks).
 */
export function copyProject(root: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of PROJECT_FILES) {
    if (existsSync(path.join(root, name))) cpSync(path.join(root, name), path.join(dir, name), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}
