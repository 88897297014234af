/**
 * The Astro integration that adds the web editor to the built site: once Astro has written the
 * public pages, it bundles the editor (bundle.ts) into `admin/` and writes `admin/index.html`
 * (page.ts) with the editor's own Content-Security-Policy. The editor is not an Astro page: Astro's
 * CSP, which hashes every script and style of the public pages, would forbid what the CMS needs, and
 * it is in no sitemap, search index or page list.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { contentDir } from '../../content/content-dir.ts';
import { routes } from '../../routing/routes.ts';
import { SITE_FILE } from '../../../schemas/index.ts';
import { repoOf, type AdminSettings } from '../../browser/cms/settings.ts';
import { stylesheets, isLocal } from '../page-weight.ts';
import { adminBundle, copyBundle } from './bundle.ts';
import { adminPage } from './page.ts';

/** Where the public pages' inline styles are written for the preview, when Astro inlined them. */
const INLINE_STYLES = 'site.css';

/**
 * The settings of the editor: the repository from `content/site.yaml`, the branch (`CMS_BRANCH`,
 * default `main`), the OAuth client (`CMS_AUTH_URL`) and the public stylesheets for the preview.
 */
export function adminSettings(options: {
  root: string;
  outDir: string;
  env: Record<string, string | undefined>;
}): AdminSettings {
  const siteFile = path.join(options.root, contentDir(options.env), SITE_FILE.file);
  const site = existsSync(siteFile) ? (parse(readFileSync(siteFile, 'utf8')) as { repository?: unknown } | null) : null;
  const repo = repoOf(typeof site?.repository === 'string' ? site.repository : undefined);
  const home = path.join(options.outDir, 'index.html');
  const html = existsSync(home) ? readFileSync(home, 'utf8') : '';
  const styles = stylesheets(html).filter(isLocal);
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');
  if (inline.trim()) {
    mkdirSync(path.join(options.outDir, 'admin'), { recursive: true });
    writeFileSync(path.join(options.outDir, 'admin', INLINE_STYLES), inline);
    styles.push(`${routes.admin}${INLINE_STYLES}`);
  }
  return {
    ...(repo ? { repo } : {}),
    branch: options.env.CMS_BRANCH || 'main',
    ...(options.env.CMS_AUTH_URL ? { authUrl: options.env.CMS_AUTH_URL } : {}),
    styles,
  };
}

/**
 * Builds the editor into `<outDir>/admin/`.
 * @param root the project
 * @param outDir the built site
 */
export async function buildAdmin(
  root: string,
  outDir: string,
  env = process.env,
  log: (message: string) => void = () => {},
): Promise<void> {
  const bundled = await adminBundle(root, log);
  const target = path.join(outDir, 'admin');
  copyBundle(bundled, target);
  const settings = adminSettings({ root, outDir, env });
  writeFileSync(path.join(target, 'index.html'), adminPage(settings, `${routes.admin}${bundled.entry}`));
}

/** Adds the web editor to `astro build`. */
export function adminEditor(): AstroIntegration {
  return {
    name: 'basta-admin',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildAdmin(process.cwd(), fileURLToPath(dir), process.env, (message) => logger.info(message));
      },
    },
  };
}
