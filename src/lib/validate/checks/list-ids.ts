/**
 * In a list file (`municipalities.yaml`, `focus-areas.yaml`) every id is there once, and no
 * municipality takes the id the site uses for examples without a municipality.
 */
import { MUNICIPALITY_NOT_STATED } from '../../browser/team-filters.ts';
import { routes } from '../../routing/routes.ts';
import type { FileCheck } from '../check.ts';
import type { TextProblem } from '../problem.ts';
import { isRecord } from '../schema-walk.ts';

/**
 * The ids of a list's items, with each item's index; items without a text id are left out.
 * @param data the parsed list
 * @example idsInList([{ id: 'a' }, { name: 'x' }, { id: 'b' }]) // [[0, 'a'], [2, 'b']]
 */
export function idsInList(data: unknown): Array<[index: number, id: string]> {
  const ids: Array<[number, string]> = [];
  if (!Array.isArray(data)) return ids;
  data.forEach((item: unknown, index) => {
    const id = isRecord(item) ? item.id : undefined;
    if (typeof id === 'string') ids.push([index, id]);
  });
  return ids;
}

/** Reports an id written twice in a list, and a municipality with the reserved id. */
export const listIds: FileCheck = {
  name: 'list-ids',
  kinds: ['list'],
  check(file) {
    const source = file.yaml;
    if (file.kind.kind !== 'list' || !source) return [];
    const collection = file.kind.collection;
    const problems: TextProblem[] = [];
    const seen = new Set<string>();
    for (const [index, id] of idsInList(file.data)) {
      if (seen.has(id)) {
        problems.push({
          ...source.locate([index, 'id']),
          severity: 'error',
          field: `${index}.id`,
          message: `id "${id}" finns redan tidigare i listan: varje id får bara finnas en gång`,
          rule: 'duplicate-id',
        });
      } else if (collection === 'municipalities' && id === MUNICIPALITY_NOT_STATED) {
        problems.push({
          ...source.locate([index, 'id']),
          severity: 'error',
          field: `${index}.id`,
          message: `id "${id}" är upptaget: webbplatsen använder det för exempel utan angiven kommun (${routes.teamFilter('kommun', id)}). Välj ett annat id`,
          rule: 'duplicate-id',
        });
      }
      seen.add(id);
    }
    return problems;
  },
};
