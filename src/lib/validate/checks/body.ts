/**
 * The text after the front matter: that it parses, uses only the allowed components and nothing that
 * runs code (the rules are in `../body/`).
 */
import type { FileCheck } from '../check.ts';

/** Reports every problem of the body. */
export const body: FileCheck = {
  name: 'body',
  kinds: ['entry'],
  check: (file) => file.body?.problems ?? [],
};
