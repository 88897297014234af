import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHROMIUM_ARGS,
  findBrowser,
  missingBrowserMessage,
  requireBrowser,
  systemBrowserPaths,
  unpackSparticuz,
} from './chromium.ts';

const nothingBundled = async () => undefined;
const only =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH first when that file exists', async () => {
    const found = await findBrowser({
      env: { CHROMIUM_PATH: '/opt/min/chrome' },
      platform: 'linux',
      exists: only('/opt/min/chrome', '/usr/bin/chromium'),
    });
    expect(found).toEqual({ executablePath: '/opt/min/chrome', source: 'CHROMIUM_PATH' });
  });

  it('finds nothing when CHROMIUM_PATH names a missing file, rather than silently using another browser', async () => {
    const found = await findBrowser({
      env: { CHROMIUM_PATH: '/finns/inte' },
      platform: 'linux',
      exists: only('/usr/bin/chromium'),
    });
    expect(found).toBeUndefined();
  });

  it.each([
    ['linux', '/usr/bin/google-chrome-stable'],
    ['darwin', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['win32', 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe'],
  ] as const)('uses a browser installed on %s before the npm package', async (platform, file) => {
    const found = await findBrowser({
      env: { PROGRAMFILES: 'C:\\Program Files' },
      platform,
      exists: only(file),
      unpackBundled: async () => '/npm/chromium',
    });
    expect(found).toEqual({ executablePath: file, source: 'system' });
  });

  it('falls back to the browser carried by an npm package when the system has none', async () => {
    const found = await findBrowser({
      env: {},
      platform: 'linux',
      exists: only(),
      unpackBundled: async () => '/c/chromium',
    });
    expect(found).toEqual({ executablePath: '/c/chromium', source: 'npm' });
  });

  it('finds nothing when neither the system nor npm has a browser', async () => {
    expect(
      await findBrowser({ env: {}, platform: 'darwin', exists: only(), unpackBundled: nothingBundled }),
    ).toBeUndefined();
  });
});

describe('systemBrowserPaths', () => {
  it('prefers Chrome to Edge on Windows and looks in every program folder', () => {
    const paths = systemBrowserPaths('win32', {
      PROGRAMFILES: 'C:\\P',
      'PROGRAMFILES(X86)': 'C:\\P86',
      LOCALAPPDATA: 'C:\\L',
    });
    expect(paths[0]).toBe('C:\\P\\Google\\Chrome\\Application\\chrome.exe');
    expect(paths).toContain('C:\\L\\Google\\Chrome\\Application\\chrome.exe');
    expect(paths.at(-1)).toBe('C:\\L\\Microsoft\\Edge\\Application\\msedge.exe');
  });
});

describe('missingBrowserMessage and requireBrowser', () => {
  it.each([
    ['darwin', 'arm64', /brew install --cask chromium/],
    ['win32', 'x64', /winget install Google\.Chrome/],
    ['linux', 'x64', /npm install igen/],
    ['linux', 'arm64', /sudo apt-get install chromium/],
  ] as const)('tells a %s %s machine in Swedish how to get a browser', (platform, arch, fix) => {
    const message = missingBrowserMessage(platform, arch, {});
    expect(message).toMatch(/^Testerna behöver en webbläsare/);
    expect(message).toMatch(fix);
  });

  it('names the CHROMIUM_PATH that was not found', () => {
    expect(missingBrowserMessage('linux', 'x64', { CHROMIUM_PATH: '/fel/väg' })).toContain('/fel/väg');
  });

  it('throws that message when no browser can be had', async () => {
    await expect(
      requireBrowser({ env: {}, platform: 'linux', arch: 'arm64', exists: only(), unpackBundled: nothingBundled }),
    ).rejects.toThrow(/sudo apt-get install chromium/);
  });
});

describe('unpackSparticuz', () => {
  it('has nothing to offer outside Linux x64', async () => {
    expect(await unpackSparticuz('darwin', 'arm64')).toBeUndefined();
    expect(await unpackSparticuz('linux', 'arm64')).toBeUndefined();
  });

  it('unpacks an executable Chromium from the npm package on Linux x64, the same path every time', async () => {
    // The project's machines are Linux x64; elsewhere the package has nothing to offer.
    const machine = [process.platform, process.arch] as const;
    const first = await unpackSparticuz(...machine);
    if (machine.join('-') !== 'linux-x64') return expect(first).toBeUndefined();
    expect(first).toMatch(/node_modules\/\.cache\/basta-chromium\/[\d.]+\/chromium$/);
    expect(existsSync(first!)).toBe(true);
    expect(statSync(first!).mode & 0o111).not.toBe(0);
    expect(await unpackSparticuz(...machine)).toBe(first);
  });
});

describe('CHROMIUM_ARGS', () => {
  it('starts Chromium without a sandbox and without contacting Google', () => {
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining(['--no-sandbox', '--disable-background-networking', '--disable-component-update']),
    );
  });
});
