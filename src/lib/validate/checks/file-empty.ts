/**
 * An empty file (or one of white space only): there is nothing further to check in it.
 */
import { wholeFile, type FileCheck } from '../check.ts';

/** Reports a file with no text; the file gets no further checks. */
export const fileEmpty: FileCheck = {
  name: 'file-empty',
  kinds: ['guide', 'allowlist', 'site', 'list', 'entry'],
  final: true,
  check: (file) =>
    file.text.trim().length === 0 ? [wholeFile('file-empty', 'filen är tom: fyll i den eller ta bort den')] : [],
};
