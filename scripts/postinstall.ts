/**
 * Runs after `npm install` / `npm ci`, on the Node 24 that the devDependency `node` just installed.
 *
 * 1. When npm itself ran on an older Node, it printed an "EBADENGINE" warning for every package that
 *    needs Node 22 or later; say once why they do no harm, so nobody chases them.
 * 2. Bundle the web editor into its cache (src/lib/build/admin/bundle.ts) now, not in the first
 *    build: bundling the CMS takes about 550 MB and ten seconds, and inside `astro build` (its
 *    `astro:build:done` hook) that memory comes on top of Astro's own (the shipped site's build
 *    peaked at 1,136 MB with the bundling, 595 MB without). The build still bundles when the cache
 *    misses (the editor's code changed since the install); a bundle that fails here is left to it.
 */
import path from 'node:path';
import { adminBundle } from '../src/lib/build/admin/bundle.ts';

const npmNode = /\bnode\/v(\d+)\.(\d+)/.exec(process.env.npm_config_user_agent ?? '');
const [major, minor] = npmNode ? [Number(npmNode[1]), Number(npmNode[2])] : [Infinity, 0];
if (major < 22 || (major === 22 && minor < 12)) {
  console.log(
    `\nnpm körde på Node ${npmNode![1]}.${npmNode![2]}, så varningarna "EBADENGINE" ovan är väntade: de gäller paket som kräver Node 22.12 eller senare. ` +
      `Alla npm-kommandon i projektet (npm start, npm test, npm run …) körs på Node ${process.versions.node}, som installerades i node_modules/.bin/node. Du behöver inte göra något.\n`,
  );
}

const started = performance.now();
try {
  await adminBundle(path.resolve(import.meta.dirname, '..'));
  console.log(`Webbredigeraren är förberedd (${Math.round((performance.now() - started) / 100) / 10} s).`);
} catch (error) {
  console.warn(
    `Webbredigeraren kunde inte förberedas nu (${error instanceof Error ? error.message : String(error)}); ` +
      'bygget gör det i stället. Du behöver inte göra något.',
  );
}
