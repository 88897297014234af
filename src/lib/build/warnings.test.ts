import { describe, expect, it } from 'vitest';
import { isKnownHarmlessWarning } from './warnings.ts';

describe('isKnownHarmlessWarning', () => {
  it("drops Astro's own head-inject directive warning", () => {
    const message =
      'The semantics of the module level directive "use astro:head-inject" in "content/a.mdx" may not be preserved';
    expect(isKnownHarmlessWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message })).toBe(true);
  });

  it('keeps any other module directive warning', () => {
    expect(isKnownHarmlessWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use client" in x' })).toBe(
      false,
    );
  });

  it('keeps warnings of other kinds', () => {
    expect(isKnownHarmlessWarning({ code: 'CIRCULAR_DEPENDENCY', message: '"use astro:head-inject"' })).toBe(false);
  });
});
