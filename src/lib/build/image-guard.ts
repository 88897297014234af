/**
 * A Vite plugin for `astro build`: before Astro's image pipeline reads an image of the content
 * folder (a Markdown image, or a team's image: Astro imports both), the file must pass the same test as in the
 * validator (src/lib/content/image-bytes.ts): a real file inside the content folder, no symlink,
 * and bytes of the image type its extension names. An image from outside the project is refused
 * too. So even a build that bypasses the validator publishes no SVG with a script under a `.png`
 * name, and nothing a path leads to outside the content.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../content/content-dir.ts';
import { imageFileRefusal } from '../content/image-bytes.ts';

/** Extensions the guard looks at: the site's image types and SVG (never an image of the content). */
const GUARDED = /\.(?:jpe?g|png|webp|avif|gif|svg)$/i;

/**
 * The reason an imported file may not be built, or undefined.
 * @param id Vite's module id (a path, perhaps with a query)
 * @param root the project root
 * @param content the content folder, absolute
 */
export function guardedImageRefusal(id: string, root: string, content: string): string | undefined {
  const file = id.replace(/^\0/, '').split('?')[0] ?? '';
  if (!GUARDED.test(file) || !path.isAbsolute(file)) return undefined;
  const inside = (dir: string) => file.startsWith(dir + path.sep);
  if (inside(content) || inside(real(content))) {
    const refusal = imageFileRefusal(file, inside(content) ? content : real(content));
    return refusal && `bildfilen ${path.relative(root, file)} ${refusal.reason}`;
  }
  if (!inside(root) && !inside(real(root))) return `bildfilen ${file} ligger utanför projektet`;
  return undefined;
}

function real(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

/**
 * The plugin; runs before Astro's own loaders. `enforce: 'pre'` alone is not enough: Astro's image
 * loader (`astro:assets:esm`) is a 'pre' plugin too and comes first, and once it has read a file no
 * later load hook runs. The hook's own `order: 'pre'` puts this check ahead of every plain hook.
 */
export function contentImageGuard(root = process.cwd()) {
  const content = path.resolve(root, contentDir());
  return {
    name: 'basta-content-image-guard',
    enforce: 'pre' as const,
    load: {
      order: 'pre' as const,
      handler(id: string) {
        const refusal = guardedImageRefusal(id, root, content);
        if (refusal) throw new Error(`Bygget avbröts: ${refusal}.`);
        return null;
      },
    },
  };
}
