/**
 * No two files of a collection have one id (the file name without its extension): the first file
 * read keeps the id, and each later one is reported.
 */
import type { ContentCheck } from '../check.ts';
import type { Problem } from '../problem.ts';

/** Reports each entry whose id an earlier file of its collection already has. */
export const uniqueIds: ContentCheck = {
  name: 'unique-ids',
  check({ loaded, entries }) {
    const problems: Problem[] = [];
    for (const entry of loaded) {
      const first = entries.get(entry.collection)?.get(entry.id);
      if (!first || first === entry) continue;
      problems.push({
        file: entry.file,
        line: 1,
        column: 1,
        severity: 'error',
        field: 'file',
        message: `id "${entry.id}" finns redan i ${first.file}: två filer kan inte ha samma namn (bara filändelsen skiljer); byt namn på den ena`,
        rule: 'duplicate-id',
      });
    }
    return problems;
  },
};
