/**
 * The file is saved as UTF-8, the only encoding the build reads. A file saved as Windows-1252 or
 * UTF-16 would pass every other check with its å, ä and ö garbled, and then stop the build with an
 * English error; here it is named, with the line and how to save it again.
 */
import type { FileCheck } from '../check.ts';

/** Reports a file whose bytes are not UTF-8; the file gets no further checks. */
export const encoding: FileCheck = {
  name: 'encoding',
  kinds: ['allowlist', 'site', 'list', 'entry', 'guide'],
  final: true,
  check: (file) => (file.encodingProblem ? [file.encodingProblem] : []),
};
