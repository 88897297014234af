// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { rejectUnsafeMdx } from './src/lib/mdx/reject-unsafe.ts';
import { isKnownHarmlessWarning } from './src/lib/build/warnings.ts';
import { cacheDirFor } from './src/lib/content-dir.ts';

const cacheDir = cacheDirFor();

export default defineConfig({
  // The public address is set when the site is deployed; local builds use root-relative links.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  // Astro keeps a content data store in its cache; fixture content gets a store of its own.
  ...(cacheDir ? { cacheDir } : {}),
  markdown: { processor: satteri({ mdastPlugins: [rejectUnsafeMdx] }) },
  integrations: [mdx()],
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (!isKnownHarmlessWarning(warning)) warn(warning);
        },
      },
    },
  },
});
