import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { withMdxRendering } from './mdx-loader.ts';

interface Stored {
  id: string;
  body?: string;
  rendered?: { html: string };
}

/** A file as the glob loader reads it: front matter, then the body. */
function file(name: string, body: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-loader-'));
  const filePath = path.join(dir, `${name}.mdx`);
  writeFileSync(filePath, `---\ntitle: ${name}\n---\n\n${body}`);
  return { id: name, body, filePath };
}

/**
 * What Astro's glob loader does with an `.mdx` file whose type has a render function: it renders
 * the body and keeps the result; a failed render is only logged, the entry kept without its text.
 */
function globLike(files: Array<{ id: string; body: string; filePath: string }>): Loader {
  return {
    name: 'glob',
    load: async (context) => {
      const types = (context as LoaderContext & { entryTypes: Map<string, ContentEntryType> }).entryTypes;
      const render = await types.get('.mdx')?.getRenderFunction?.({} as never);
      for (const entry of files) {
        let rendered;
        try {
          rendered = await render?.({ ...entry, data: {}, digest: 'd' });
        } catch {
          rendered = undefined;
        }
        context.store.set({ id: entry.id, data: {}, body: entry.body, ...(rendered ? { rendered } : {}) });
      }
    },
  };
}

function context(kept: Stored[] = [], code?: string) {
  const store = new Map<string, Stored>(kept.map((entry) => [entry.id, entry]));
  const meta = new Map<string, string>(code ? [['basta-renderer-code', code]] : []);
  const value = {
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Stored) => (store.set(entry.id, entry), true),
      delete: (id: string) => store.delete(id),
      clear: () => store.clear(),
      keys: () => [...store.keys()],
    },
    meta: { get: (key: string) => meta.get(key), set: (key: string, v: string) => meta.set(key, v) },
    entryTypes: new Map([['.mdx', { extensions: ['.mdx'] }]]),
  };
  return { store, meta, context: value as unknown as LoaderContext };
}

describe('withMdxRendering', () => {
  it('keeps an .mdx body as HTML in the data store, not as a module to compile', async () => {
    const { store, context: ctx } = context();
    await withMdxRendering(globLike([file('a', '## Rubrik\n\n<Faktaruta>\nText.\n</Faktaruta>\n')]), () => 'c1').load(
      ctx,
    );
    expect(store.get('a')?.rendered?.html).toBe(
      '<h2 id="rubrik">Rubrik</h2>\n<aside class="faktaruta"><p>Text.</p></aside>',
    );
  });

  it('stops on a body it refuses, naming the file and its line, and keeps no entry of it', async () => {
    const bad = file('b', 'Text.\n\n{process.exit(1)}\n');
    const { store, context: ctx } = context();
    const load = withMdxRendering(globLike([file('a', 'Text.'), bad]), () => 'c1').load(ctx);
    await expect(load).rejects.toThrow(`${bad.filePath}: rad 7: ett {uttryck} är inte tillåtet`);
    expect(store.has('b')).toBe(false);
    expect(store.has('a')).toBe(true);
  });

  it('drops the kept bodies when the code that renders them has changed, and only then', async () => {
    const kept = { id: 'gammal', rendered: { html: '<p>av gammal kod</p>' } };
    const same = context([kept], 'c1');
    await withMdxRendering(globLike([]), () => 'c1').load(same.context);
    expect(same.store.get('gammal')).toBe(kept);
    const changed = context([kept], 'c1');
    await withMdxRendering(globLike([]), () => 'c2').load(changed.context);
    expect(changed.store.has('gammal')).toBe(false);
    expect(changed.meta.get('basta-renderer-code')).toBe('c2');
  });

  it('says what is missing when Astro gives no .mdx content type', async () => {
    const { context: ctx } = context();
    (ctx as unknown as { entryTypes: Map<string, unknown> }).entryTypes = new Map();
    await expect(withMdxRendering(globLike([]), () => 'c1').load(ctx)).rejects.toThrow(/@astrojs\/mdx/);
  });
});
