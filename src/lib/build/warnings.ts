/**
 * Bundler warnings that Astro 7 itself causes on every MDX file and that say nothing about our
 * content. They are dropped by name; every other warning still fails the build (scripts/build.ts).
 */

interface BundlerWarning {
  code?: string | undefined;
  message: string;
}

/**
 * @param warning a Rollup/Rolldown warning
 * @returns true only for Astro's own `"use astro:head-inject"` module directive
 */
export function isKnownHarmlessWarning(warning: BundlerWarning): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}
