/**
 * An entry's YAML is a map of fields (`name: value`), not a list, a single value or nothing.
 */
import { wholeFile, type FileCheck } from '../check.ts';
import { isRecord } from '../schema-walk.ts';

/** Reports an entry without fields; the file gets no further checks. */
export const hasFields: FileCheck = {
  name: 'has-fields',
  kinds: ['entry'],
  final: true,
  check: (file) =>
    file.data === null || !isRecord(file.data)
      ? [wholeFile('type', 'fälten saknas: filen ska innehålla fält som "namn: värde"', 'front matter')]
      : [],
};
