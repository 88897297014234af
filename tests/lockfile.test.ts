/**
 * The committed lockfile must install on every machine an editor or a CI runner may have: `npm ci`
 * installs exactly what it lists, so a platform's native build missing from it is a platform where
 * the site cannot be built.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  version?: string;
  integrity?: string;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockedPackage>;
};

/** The platforms the project is built on: CI and servers (Linux), editors' Macs and Windows laptops. */
const PLATFORMS = [
  { os: 'linux', cpu: 'x64' },
  { os: 'linux', cpu: 'arm64' },
  { os: 'darwin', cpu: 'arm64' },
  { os: 'darwin', cpu: 'x64' },
  { os: 'win32', cpu: 'x64' },
] as const;

/** Packages whose code is a native build per platform, chosen among their optional dependencies. */
const NATIVE = ['@astrojs/compiler-binding', 'pagefind', '@css-inline/css-inline'];

/**
 * The locked optional dependencies of `parent` that npm would install on a platform (glibc on Linux).
 * @param parent a package name
 * @param platform an operating system and CPU
 */
function buildsFor(parent: string, platform: (typeof PLATFORMS)[number]): string[] {
  const optional = Object.keys(lock.packages[`node_modules/${parent}`]?.optionalDependencies ?? {});
  return optional.filter((name) => {
    const locked = lock.packages[`node_modules/${name}`];
    return (
      locked?.integrity !== undefined &&
      locked.os?.includes(platform.os) === true &&
      locked.cpu?.includes(platform.cpu) === true &&
      (locked.libc === undefined || locked.libc.includes('glibc'))
    );
  });
}

describe('package-lock.json', () => {
  it('is a lockfile that npm ci reads (version 3)', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  describe.each(NATIVE)('%s', (parent) => {
    it('is in the lockfile with optional builds', () => {
      expect(Object.keys(lock.packages[`node_modules/${parent}`]?.optionalDependencies ?? {}).length).toBeGreaterThan(
        0,
      );
    });

    it.each(PLATFORMS.map((platform) => [`${platform.os}-${platform.cpu}`, platform] as const))(
      'has its build for %s locked, with its checksum',
      (_name, platform) => {
        expect(buildsFor(parent, platform)).toHaveLength(1);
      },
    );
  });
});
