/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so component tests can use the container API and `.astro` imports.
export default getViteConfig({
  test: {
    // The build tests and the e2e setup run whole Astro builds.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', 'tests/search/**/*.test.ts'],
          // Builds the shipped site once and serves it on localhost for every e2e file.
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
