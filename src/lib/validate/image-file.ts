/**
 * Whether an image an entry names is a file of the site: under `content/`, where the path (counted
 * from the entry's folder) points, no symlink, and an image of the type its extension names, by its
 * bytes (src/lib/content/image-bytes.ts).
 */
import path from 'node:path';
import { imageFileRefusal, imagePath, type ImageRefusal } from '../content/image-bytes.ts';
import type { ContentFile } from './file-views.ts';
import type { TextProblem } from './problem.ts';
import type { RuleId } from './rules.ts';

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
  const target = path.resolve(root, path.dirname(file.relative), imagePath(src));
  const refusal = imageFileRefusal(target, root);
  if (!refusal) return undefined;
  const where = refusal.kind === 'missing' ? ' (sökvägen räknas från filens mapp)' : '';
  return {
    ...at,
    severity: 'error',
    field,
    message: `bildfilen "${src}" ${refusal.reason}${where}`,
    rule: RULE_OF[refusal.kind],
  };
}

const RULE_OF: Record<ImageRefusal['kind'], RuleId> = {
  missing: 'image-missing',
  outside: 'image-missing',
  type: 'image-missing',
  symlink: 'symlink',
  content: 'image-content',
};
