/**
 * `npm run dev`: Astro's dev server, kept running through content errors (see
 * src/lib/editor/dev/supervise.ts). Arguments go on to `astro dev` (e.g. `--port 4322`).
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { supervise } from '../src/lib/editor/dev/supervise.ts';

const root = process.cwd();
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

process.exitCode = await supervise(
  { root, contentDir: contentDir() },
  {
    startAstro: () =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [astro, 'dev', ...process.argv.slice(2)], {
          cwd: root,
          stdio: 'inherit',
        });
        // Ctrl+C reaches Astro too; wait for it to stop instead of leaving it behind.
        const ignore = () => {};
        process.on('SIGINT', ignore);
        child.on('close', (code, signal) => {
          process.off('SIGINT', ignore);
          resolve(signal ? 0 : (code ?? 1));
        });
      }),
    nextChange: (dir) =>
      new Promise((resolve) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const watcher = watch(dir, { recursive: true }, () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            watcher.close();
            resolve();
          }, 200);
        });
      }),
    out: (line) => console.log(line),
  },
);
