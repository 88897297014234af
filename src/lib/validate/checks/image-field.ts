/**
 * An entry's own image (the field `image.src`, as a team's) is a file of the site.
 */
import type { FileCheck } from '../check.ts';
import { imageFileProblem } from '../image-file.ts';
import { isRecord } from '../schema-walk.ts';

/** Reports an `image.src` whose file is missing, outside `content/` or of the wrong type. */
export const imageField: FileCheck = {
  name: 'image-field',
  kinds: ['entry'],
  check(file) {
    const data = file.data;
    const image = isRecord(data) ? data.image : undefined;
    if (!file.yaml || !isRecord(image) || typeof image.src !== 'string') return [];
    const problem = imageFileProblem(file, image.src, file.yaml.locate(['image', 'src']), 'image.src');
    return problem ? [problem] : [];
  },
};
