/**
 * Whether an image an entry names is a file of the site: under `content/`, where the path (counted
 * from the entry's folder) points, and of a kind the site shows.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContentFile } from './file-views.ts';
import { IMAGE_EXTENSIONS } from './files.ts';
import type { TextProblem } from './problem.ts';

/**
 * The problem of an image path, if any.
 * @param file the entry that names the image
 * @param src the path as written, relative to the entry's folder
 * @param at where the path is written
 * @param field the field that holds it: `image.src`, or `body`
 * @returns undefined when the image is a file of the site
 */
export function imageFileProblem(
  file: ContentFile,
  src: string,
  at: { line: number; column: number },
  field: string,
): TextProblem | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return {
      ...at,
      severity: 'error',
      field,
      message: 'bilder ska ligga i content/, inte hämtas från en annan webbplats',
      rule: 'image-missing',
    };
  }
  const root = file.contentRoot;
  const target = path.resolve(root, path.dirname(file.relative), decodeURI(src.split(/[?#]/)[0] ?? ''));
  const inside = target.startsWith(root + path.sep);
  const extension = path.extname(target);
  if (!inside || !existsSync(target) || !statSync(target).isFile()) {
    return {
      ...at,
      severity: 'error',
      field,
      message: `bildfilen "${src}" finns inte (sökvägen räknas från filens mapp)`,
      rule: 'image-missing',
    };
  }
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
    return {
      ...at,
      severity: 'error',
      field,
      message: `bilder kan vara ${IMAGE_EXTENSIONS.join(', ')}`,
      rule: 'image-missing',
    };
  }
  return undefined;
}
