/**
 * A file that is no entry and none of the documented non-entries: in a folder that does not exist,
 * in a subfolder, hidden, or of a type that does not belong where it lies (see `files.ts`).
 */
import { wholeFile, type FileCheck } from '../check.ts';

/** Reports a file that `classify` found no place for, with its reason. */
export const fileKind: FileCheck = {
  name: 'file-kind',
  kinds: ['invalid'],
  check: (file) => (file.kind.kind === 'invalid' ? [wholeFile(file.kind.rule, file.kind.message)] : []),
};
