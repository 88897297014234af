import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium, requireChromium } from './chromium.ts';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH when that file exists', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('falls back to Debian’s paths when CHROMIUM_PATH names no file', () => {
    const found = findChromium({ CHROMIUM_PATH: '/finns/inte' });
    expect(found === undefined || found.startsWith('/usr/bin/')).toBe(true);
  });
});

describe('CHROMIUM_ARGS', () => {
  it('starts Chromium without a sandbox and without contacting Google', () => {
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining(['--no-sandbox', '--disable-background-networking', '--disable-component-update']),
    );
  });
});

describe('requireChromium', () => {
  it('explains in Swedish how to install Chromium when there is none', () => {
    const missing = findChromium({ CHROMIUM_PATH: '/finns/inte' }) === undefined;
    if (missing) expect(() => requireChromium({ CHROMIUM_PATH: '/finns/inte' })).toThrow(/apt-get install -y chromium/);
    else expect(requireChromium({ CHROMIUM_PATH: '/finns/inte' })).toMatch(/^\/usr\/bin\//);
  });
});
