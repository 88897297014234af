/**
 * Whether any YAML of the content folder defines an anchor (`&name`), which aliases (`*name`) need.
 * Astro's own YAML parser (js-yaml) has no limit on aliases: a "billion laughs" file of ten lines
 * took it past 3.8 GB in 40 seconds. Content has no use for anchors, so `npm run build` starts
 * Astro beside the validator only when there is none; otherwise Astro waits for the validator,
 * which refuses aliases past its limit (yaml-source.ts) before Astro reads a file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { walkFiles } from '../content/walk.ts';

const ANCHOR = /(?:^|[\s[{,:-])&[^\s[\]{},]+/m;

/**
 * The YAML of a content file: the whole of a `.yaml` file, the front matter of a `.md`/`.mdx` file.
 * @returns undefined for other files
 */
function yamlOf(file: string, text: string): string | undefined {
  if (/\.ya?ml$/i.test(file)) return text;
  if (!/\.mdx?$/i.test(file)) return undefined;
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
}

/**
 * The content files whose YAML defines an anchor, relative to `dir`.
 * @example filesWithYamlAnchors('content') // ['people/skratt.yaml']
 */
export function filesWithYamlAnchors(dir: string): string[] {
  return walkFiles(dir)
    .filter((file) => file.type === 'file')
    .map((file) => file.relative)
    .filter((relative) => {
      if (!/\.(ya?ml|mdx?)$/i.test(relative)) return false;
      const yaml = yamlOf(relative, readFileSync(path.join(dir, relative), 'utf8'));
      return yaml !== undefined && ANCHOR.test(yaml);
    });
}
