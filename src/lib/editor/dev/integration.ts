/**
 * The Astro integration behind live content checks in `npm run dev` (validate-on-change.ts). Astro
 * loads astro.config.mjs, and with it this module, in every command, `astro build` too; the checks
 * and the validator they run are loaded only when the dev server starts, so a build does not load
 * the validator into Astro's process (it runs in a process of its own, scripts/build.ts). Vitest's
 * server (vitest.config.ts takes Astro's Vite configuration) runs the same hook, with Vite's mode
 * `test`: the tests watch no content, so nothing is loaded there (where Node cannot import
 * TypeScript itself, Astro has loaded this module through a Vite module runner that is closed by
 * then, and the import would fail).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir as defaultContentDir } from '../../content/content-dir.ts';

/** The integration's name, and the source Vite's error overlay names. */
export const PLUGIN = 'basta:validate-on-change';

/**
 * The Astro integration.
 * @param options.contentDir the content folder relative to the project root (default `content`, or
 *   `BASTA_CONTENT_DIR`)
 */
export function validateOnChange(options: { contentDir?: string } = {}): AstroIntegration {
  let root = process.cwd();
  return {
    name: PLUGIN,
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': async ({ server, logger }) => {
        if (server.config.mode === 'test') return;
        const { watchContent } = await import('./validate-on-change.ts');
        watchContent(server, logger, {
          root,
          contentDir: options.contentDir ?? defaultContentDir(),
        });
      },
    },
  };
}
