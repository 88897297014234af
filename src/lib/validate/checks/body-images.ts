/**
 * Every local image in the body (`![alt](../images/bild.jpg)`) is a file of the site.
 */
import type { FileCheck } from '../check.ts';
import { imageFileProblem } from '../image-file.ts';
import type { TextProblem } from '../problem.ts';

/** Reports each image of the body whose file is missing, outside `content/` or of the wrong type. */
export const bodyImages: FileCheck = {
  name: 'body-images',
  kinds: ['entry'],
  check(file) {
    const problems: TextProblem[] = [];
    for (const image of file.body?.images ?? []) {
      const problem = imageFileProblem(file, image.src, image, 'body');
      if (problem) problems.push(problem);
    }
    return problems;
  },
};
