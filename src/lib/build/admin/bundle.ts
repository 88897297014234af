/**
 * Bundles the web editor (src/lib/browser/cms/admin.ts with Sveltia CMS from npm) with Vite into
 * files served under `/admin/`: nothing is loaded from a CDN. The CMS is large (about 17 MB of files,
 * mostly code-highlighting grammars that are loaded only when asked for) and takes about ten seconds
 * to bundle, so the bundle is cached: under `node_modules/.cache/basta-admin/`, keyed by the versions
 * of the CMS and of Vite, the lockfile (every other package the bundle holds), this file and the
 * text of every file of ours that went into it (the list of those files is kept from the last
 * bundle). A change to any of them bundles again.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { routes } from '../../routing/routes.ts';

/** The bundle: a folder of files, and the entry script's path in it. */
export interface AdminBundle {
  dir: string;
  entry: string;
}

/** The browser entry of the web editor, relative to the project. */
export const ADMIN_ENTRY = 'src/lib/browser/cms/admin.ts';

const GRAPH_FILE = 'graph.json';

interface Graph {
  /** Our files that went into the last bundle, relative to the project. */
  modules: string[];
}

function versionOf(root: string, name: string): string {
  // Read from node_modules: the CMS does not export its package.json.
  const file = path.join(root, 'node_modules', ...name.split('/'), 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** The cache key of a bundle made from `modules`; undefined when one of them is gone. */
function keyOf(root: string, modules: readonly string[]): string | undefined {
  const hash = createHash('sha256');
  hash.update(`@sveltia/cms@${versionOf(root, '@sveltia/cms')} vite@${versionOf(root, 'vite')}\n`);
  // Every package's version: the bundle holds more of npm than the CMS (yaml, zod, personnummer …).
  const lockfile = path.join(root, 'package-lock.json');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  // This file too: how the bundle is made.
  hash.update(readFileSync(new URL(import.meta.url)));
  for (const file of [...modules].sort()) {
    const absolute = path.join(root, file);
    if (!existsSync(absolute)) return undefined;
    hash.update(`${file}\n`).update(readFileSync(absolute)).update('\n');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The bundle of the web editor, from the cache or made now.
 * @param root the project
 * @param log where to say what happened
 */
export async function adminBundle(root: string, log: (message: string) => void = () => {}): Promise<AdminBundle> {
  const cache = path.join(root, 'node_modules', '.cache', 'basta-admin');
  const graphFile = path.join(cache, GRAPH_FILE);
  if (existsSync(graphFile)) {
    const graph = JSON.parse(readFileSync(graphFile, 'utf8')) as Graph;
    const key = keyOf(root, graph.modules);
    const dir = key && path.join(cache, key);
    if (dir && existsSync(path.join(dir, 'entry.txt'))) {
      log('the web editor comes from the cache');
      return { dir, entry: readFileSync(path.join(dir, 'entry.txt'), 'utf8') };
    }
  }
  const started = performance.now();
  const staging = path.join(cache, `.bygge-${process.pid}-${Date.now()}`);
  const { entry, modules } = await bundle(root, staging);
  const key = keyOf(root, modules) as string;
  const dir = path.join(cache, key);
  writeFileSync(path.join(staging, 'entry.txt'), entry);
  mkdirSync(cache, { recursive: true });
  // Another build may have made the same bundle meanwhile; either copy will do.
  if (existsSync(dir)) rmSync(staging, { recursive: true, force: true });
  else renameSync(staging, dir);
  writeFileSync(graphFile, JSON.stringify({ modules } satisfies Graph));
  log(`the web editor was bundled in ${Math.round((performance.now() - started) / 100) / 10} s`);
  return { dir, entry };
}

/**
 * The CMS's stylesheet names its fonts twice: bundled files, and the same fonts on cdn.jsdelivr.net.
 * The browser would ask the CDN first (the CSP blocks it, but the request is tried and reported), so
 * the rules that point to another origin are taken out of the bundle.
 */
export function withoutCdnFonts(code: string): string {
  return code.replace(/(?:\/\*[^*]*\*\/\s*)?@font-face\s*\{[^}]*url\(https:\/\/[^}]*\}\s*/g, '');
}

/** Runs Vite on the entry; returns the entry script's path in `outDir` and our files that went in. */
async function bundle(root: string, outDir: string): Promise<{ entry: string; modules: string[] }> {
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    root,
    base: routes.admin,
    logLevel: 'silent',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [
      { name: 'basta-no-cdn-fonts', renderChunk: (code: string) => ({ code: withoutCdnFonts(code), map: null }) },
    ],
    build: {
      outDir,
      emptyOutDir: true,
      assetsDir: 'assets',
      copyPublicDir: false,
      reportCompressedSize: false,
      sourcemap: false,
      target: 'es2022',
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: path.join(root, ADMIN_ENTRY),
        output: {
          entryFileNames: 'admin-[hash].js',
          chunkFileNames: 'assets/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Array<{
    output: Array<{ type: string; fileName: string; isEntry?: boolean; moduleIds?: string[] }>;
  }>;
  const chunks = outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry)?.fileName;
  if (!entry) throw new Error('Vite gav ingen startfil för webbredigeraren');
  const ours = new Set<string>();
  for (const chunk of chunks) {
    for (const id of chunk.moduleIds ?? []) {
      const file = id.split('?')[0] as string;
      if (
        path.isAbsolute(file) &&
        file.startsWith(root + path.sep) &&
        !file.includes(`${path.sep}node_modules${path.sep}`)
      ) {
        ours.add(path.relative(root, file).split(path.sep).join('/'));
      }
    }
  }
  return { entry, modules: [...ours] };
}

/** Copies the bundle into the site's `admin/` folder. */
export function copyBundle(bundled: AdminBundle, target: string): void {
  cpSync(bundled.dir, target, { recursive: true, filter: (source) => path.basename(source) !== 'entry.txt' });
}
