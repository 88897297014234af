/**
 * Debian's Chromium, as the PDF script and the browser tests start it (playwright-core cannot
 * download a browser of its own here).
 */
import { existsSync } from 'node:fs';

/** Chromium's flags: headless in a container, nothing fetched from Google on start. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/**
 * Chromium's path: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`; undefined when neither exists.
 * @param env the environment
 */
export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  return candidates.find((candidate) => existsSync(candidate));
}

/**
 * Chromium's path, or a clear Swedish error saying how to install it.
 * @param env the environment
 */
export function requireChromium(env: Record<string, string | undefined> = process.env): string {
  const found = findChromium(env);
  if (!found) {
    throw new Error(
      'Chromium saknas. Installera Debians paket (apt-get install -y chromium) eller ange sökvägen i CHROMIUM_PATH.',
    );
  }
  return found;
}
