/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so component tests can use the container API and `.astro` imports.
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The build test runs a whole Astro build.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
