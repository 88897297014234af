/**
 * The one Markdown/MDX configuration: the parser features and the mdast plugins that astro.config.mjs
 * gives Sätteri (which renders both `.md` and `.mdx`), and that the validator parses bodies with
 * (src/lib/validate/body/parse.ts). So the validator checks exactly the tree the site renders: a
 * construct one of them reads, the other reads the same way.
 */
import type { Features } from 'satteri';
import { common } from '../../i18n/sv/common.ts';
import { rejectUnsafeMdx } from './reject-unsafe.ts';

/**
 * Astro's defaults (GFM and smart punctuation on, raw HTML kept as written), with the footnotes'
 * screen-reader texts in Swedish.
 */
export const MARKDOWN_FEATURES = {
  gfm: { footnotes: { label: common.footnotes.label, backLabel: common.footnotes.backLabel } },
  smartPunctuation: true,
} as const satisfies Features;

/** The plugins run on every body's tree before it is rendered. */
export const MDAST_PLUGINS = [rejectUnsafeMdx];
