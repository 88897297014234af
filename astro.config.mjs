// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { MARKDOWN_FEATURES, MDAST_PLUGINS } from './src/lib/mdx/markdown.ts';
import { VIDEO_EMBED_ORIGINS } from './src/lib/mdx/video.ts';
import { contentImageGuard } from './src/lib/build/image-guard.ts';
import { isKnownHarmlessWarning } from './src/lib/build/warnings.ts';
import { cacheDirFor } from './src/lib/content/content-dir.ts';
import { validateOnChange } from './src/lib/editor/dev/integration.ts';
import { adminEditor } from './src/lib/build/admin/integration.ts';

const cacheDir = cacheDirFor();

export default defineConfig({
  // The public address: set SITE_URL when deploying. Absolute URLs (sitemap, feeds, calendar) use it.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // Pages are rendered four at a time: while one waits (a file write, a rendered report), another
  // renders. Measured with `npm run bench`: a fifth less time for page generation, same memory.
  build: { concurrency: 4 },
  // Astro keeps a content data store in its cache; fixture content gets a store of its own.
  ...(cacheDir ? { cacheDir } : {}),
  // Pages whose getStaticPaths gives a cacheKey (the reports and their e-mail editions,
  // src/lib/content/cache-key.ts) are copied from the previous build's output kept in the cache
  // folder while their key and code are unchanged, instead of being rendered again.
  experimental: { incrementalBuild: true },
  // No code highlighting: Shiki's inline styles would need 'unsafe-inline' under the CSP.
  // The one Markdown configuration (src/lib/mdx/markdown.ts), for .md and .mdx alike: the validator
  // parses every body with the same features, so it checks the tree that is rendered.
  markdown: {
    processor: satteri({ mdastPlugins: MDAST_PLUGINS, features: MARKDOWN_FEATURES }),
    syntaxHighlight: false,
  },
  // validateOnChange: in `npm run dev`, content errors show in the terminal and the browser overlay.
  // adminEditor: the web editor at /admin/, bundled apart with its own CSP (src/lib/build/admin/).
  integrations: [mdx(), sitemap(), validateOnChange(), adminEditor()],
  security: {
    // No 'unsafe-inline' or 'unsafe-eval': Astro hashes its own scripts and styles. Frames only from
    // the privacy-friendly video players, and only after a click (src/components/mdx/Video.astro).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        `frame-src ${VIDEO_EMBED_ORIGINS.join(' ')}`,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    // Images of the content are checked by their bytes and location before Astro reads them.
    plugins: [contentImageGuard()],
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (!isKnownHarmlessWarning(warning)) warn(warning);
        },
      },
    },
  },
});
