/**
 * Every reference (a field declared with `ref()` in the schemas, found by walking schema and data
 * together) names an id that exists in its collection: an entry's file name, or an id in a list file.
 */
import { COLLECTIONS } from '../../../schemas/index.ts';
import type { CollectionName } from '../../../schemas/fragments.ts';
import type { ContentCheck, LoadedContent } from '../check.ts';
import type { Problem } from '../problem.ts';
import { findReferences } from '../schema-walk.ts';
import { didYouMean } from '../suggest.ts';
import { dotted } from '../zod-issues.ts';

/** Where an editor finds each collection, for messages. */
const COLLECTION_LABELS: Record<CollectionName, string> = {
  meetings: 'träffarna i content/meetings/',
  series: 'omgångarna i content/series/',
  teams: 'teamen i content/teams/',
  people: 'personerna i content/people/',
  plans: 'handlingsplanerna i content/plans/',
  municipalities: 'kommunerna i content/municipalities.yaml',
  focusAreas: 'fokusområdena i content/focus-areas.yaml',
};

/** Reports each reference to an id that does not exist, with the nearest one that does. */
export const references: ContentCheck = {
  name: 'references',
  check(content) {
    const problems: Problem[] = [];
    for (const byId of content.entries.values()) {
      for (const entry of byId.values()) {
        const schema = COLLECTIONS[entry.collection].schema;
        for (const found of findReferences(schema, entry.data)) {
          if (typeof found.value !== 'string') continue;
          const known = idsOf(content, found.collection);
          if (known.has(found.value)) continue;
          problems.push({
            file: entry.file,
            ...entry.source.locate(found.path),
            severity: 'error',
            field: dotted(found.path),
            message: `"${found.value}" finns inte bland ${COLLECTION_LABELS[found.collection]}${didYouMean(found.value, known)}`,
            rule: 'reference',
          });
        }
      }
    }
    return problems;
  },
};

/** The ids a collection has: a list file's ids, or its entries' file names. */
function idsOf(content: LoadedContent, collection: CollectionName): ReadonlySet<string> {
  return content.listIds.get(collection) ?? new Set(content.entries.get(collection)?.keys() ?? []);
}

/**
 * The schema check and the reference check may both flag one value; keeps the clearer one, the
 * reference's.
 * @param problems all problems of the run
 * @returns the problems without those on a field that also has a reference problem
 */
export function preferReferences<T extends Problem>(problems: readonly T[]): T[] {
  const referenced = new Set(problems.filter((p) => p.rule === 'reference').map((p) => `${p.file}\0${p.field}`));
  return problems.filter((p) => p.rule === 'reference' || !referenced.has(`${p.file}\0${p.field}`));
}
