/**
 * A Markdown or MDX entry starts with its fields between two `---` lines; without them nothing else
 * in the file can be read.
 */
import type { FileCheck } from '../check.ts';

/** Reports a missing or unclosed front matter; the file gets no further checks. */
export const frontMatter: FileCheck = {
  name: 'front-matter',
  kinds: ['entry'],
  final: true,
  check: (file) => file.frontMatter?.problems ?? [],
};
