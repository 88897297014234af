/**
 * The Astro component behind each name in the MDX allowlist (`src/lib/mdx/components.ts`).
 * A test checks that the two lists hold the same names.
 */
import type { ComponentName } from '../../lib/mdx/components.ts';
import Citat from './Citat.astro';
import Faktaruta from './Faktaruta.astro';
import Video from './Video.astro';

export const mdxComponents: Record<ComponentName, unknown> = { Citat, Faktaruta, Video };
