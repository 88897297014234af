/**
 * Builds the shipped site once (through scripts/build.ts, so the e2e tests see exactly what
 * `npm run build` publishes) and serves it for every e2e test file.
 */
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { requireBrowser } from '../../src/lib/build/chromium.ts';
import { buildSite } from '../fixtures/build-site.ts';
import { serve } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    site: { baseUrl: string; outDir: string };
    /** The browser every e2e test drives, found once (src/lib/build/chromium.ts). */
    browserPath: string;
  }
}

let server: Server | undefined;

export async function setup(project: TestProject): Promise<void> {
  // Before the build: a machine without a browser hears it at once.
  project.provide('browserPath', (await requireBrowser()).executablePath);
  const outDir = mkdtempSync(path.join(tmpdir(), 'basta-e2e-'));
  const build = buildSite({ outDir, cacheDir: path.join(tmpdir(), 'basta-e2e-cache') });
  if (build.status !== 0) throw new Error(`The e2e build failed:\n${build.log}`);
  const served = await serve(outDir);
  server = served.server;
  project.provide('site', { baseUrl: served.baseUrl, outDir });
}

export async function teardown(): Promise<void> {
  await new Promise((resolve) => server?.close(resolve));
}
