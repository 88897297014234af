/**
 * The YAML of a file (a YAML file, or an entry's front matter) can be read; where it cannot, the
 * fields cannot be checked.
 */
import type { FileCheck } from '../check.ts';

/** Reports each YAML syntax error; the file gets no further checks. */
export const yamlSyntax: FileCheck = {
  name: 'yaml-syntax',
  kinds: ['allowlist', 'site', 'list', 'entry'],
  final: true,
  check: (file) => file.yaml?.problems ?? [],
};
