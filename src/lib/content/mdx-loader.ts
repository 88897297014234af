/**
 * A content loader whose `.mdx` bodies are rendered to HTML when they are loaded
 * (src/lib/mdx/render-html.ts) and kept in Astro's data store by the file's digest, as Astro keeps
 * `.md` bodies, instead of each being a module that Vite compiles and bundles on every build (at 600
 * reports that was most of the build's memory and a fixed cost of every build, changed or not).
 *
 * Astro's glob loader renders an entry with its content type's render function when the type has
 * one; MDX's has none, so this gives the loader an `.mdx` type that has ours. Two things the glob
 * loader does not do, done here: a body the renderer refuses stops the content sync (the glob loader
 * only logs a failed render and keeps the entry without its text, which would publish a report
 * without its text), and its entry leaves the store, so that no later build keeps it; and the kept
 * HTML is dropped whenever the project's code changes (`codeDigest`), since the file's digest alone
 * does not change when the renderer does.
 */
import { readFileSync } from 'node:fs';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { renderMdxBody } from '../mdx/render-html.ts';
import { codeDigest } from './cache-key.ts';

type RenderFunction = Awaited<ReturnType<NonNullable<ContentEntryType['getRenderFunction']>>>;
type RenderInput = Parameters<RenderFunction>[0];

/** Astro hands its loaders the content types by extension, though LoaderContext's type does not say so. */
type WithEntryTypes = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/** The data store's key under which the code that rendered the kept bodies is noted. */
const CODE_KEY = 'basta-renderer-code';

/**
 * The lines of the file before its body, so that a refusal names the file's line (read only then).
 * @param entry what Astro gives the render function
 */
function linesBeforeBody(entry: RenderInput): number {
  if (!entry.filePath || !entry.body) return 0;
  const text = readFileSync(entry.filePath, 'utf8');
  const start = text.indexOf(entry.body);
  return start > 0 ? text.slice(0, start).split('\n').length - 1 : 0;
}

/**
 * `loader` with `.mdx` bodies rendered by our renderer when loaded.
 * @param loader Astro's glob loader over a collection's folder
 * @param code the digest of the code that renders (`codeDigest`; a test gives its own)
 */
export function withMdxRendering(loader: Loader, code: () => string = () => codeDigest()): Loader {
  return {
    ...loader,
    load: async (context) => {
      const types = (context as WithEntryTypes).entryTypes;
      const mdx = types?.get('.mdx');
      if (!types || !mdx)
        throw new Error('Astro gav ingen innehållstyp för .mdx-filer: kontrollera @astrojs/mdx i astro.config.mjs.');
      const digest = code();
      if (context.meta.get(CODE_KEY) !== digest) {
        context.store.clear();
        context.meta.set(CODE_KEY, digest);
      }
      const refused = new Map<string, string>();
      const render: RenderFunction = (entry) => {
        try {
          return Promise.resolve(renderMdxBody(entry.body ?? '', () => linesBeforeBody(entry), entry.data));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          refused.set(entry.id, `${entry.filePath ?? entry.id}: ${message}`);
          return Promise.reject(error instanceof Error ? error : new Error(message));
        }
      };
      const entryTypes = new Map(types).set('.mdx', { ...mdx, getRenderFunction: () => Promise.resolve(render) });
      await loader.load({ ...context, entryTypes } as WithEntryTypes);
      if (refused.size > 0) {
        for (const id of refused.keys()) context.store.delete(id);
        throw new Error([...refused.values()].join('\n'));
      }
    },
  };
}
