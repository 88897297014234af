/**
 * A list of references names each id once: a contact, team or municipality listed twice would be
 * shown twice on the page. Lists of references are found by walking schema and data together
 * (`findReferences`), so every list declared with `ref()` is covered, at any depth (the speakers'
 * `person`, a plan row's services) without a second list of fields here.
 */
import type { FileCheck } from '../check.ts';
import type { TextProblem } from '../problem.ts';
import { findReferences } from '../schema-walk.ts';
import { dotted } from '../zod-issues.ts';

/** Reports each id that a list of references names a second time, on the later line. */
export const duplicateReferences: FileCheck = {
  name: 'duplicate-references',
  kinds: ['entry', 'site', 'list'],
  check(file) {
    const source = file.yaml;
    if (!file.schema || !source || file.data === undefined) return [];
    const problems: TextProblem[] = [];
    const first = new Map<string, (string | number)[]>();
    for (const found of findReferences(file.schema, file.data)) {
      const index = lastIndex(found.path);
      if (index === -1 || typeof found.value !== 'string') continue;
      // The list is the path up to the item; `speakers.*.person` is one list, each row's services another.
      const list = [...found.path.slice(0, index), '*', ...found.path.slice(index + 1)];
      const key = `${dotted(list)}\u0000${found.value}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, found.path);
        continue;
      }
      const listName = dotted(found.path.slice(0, index));
      problems.push({
        ...source.locate(found.path),
        severity: 'error',
        field: dotted(found.path),
        message: `"${found.value}" står redan i listan ${listName} (${dotted(earlier)}, rad ${source.locate(earlier).line}) och skulle visas två gånger: ta bort den här raden`,
        rule: 'duplicate-reference',
      });
    }
    return problems;
  },
};

function lastIndex(path: readonly (string | number)[]): number {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'number') return i;
  return -1;
}
