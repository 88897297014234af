/**
 * What `npm run new` can create: each kind, its collection, and its fields as the schemas describe
 * them (label, help, example and limits from `fieldMeta()`, src/schemas/meta.ts).
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../../../schemas/fragments.ts';
import { COLLECTIONS } from '../../../schemas/index.ts';
import { valueInfo, type FieldInfo } from '../../../schemas/meta.ts';

/** What `npm run new` can create, and the collection each kind belongs to. */
export const SCAFFOLD_KINDS = {
  meeting: { collection: 'meetings', noun: 'en träff', slugFrom: 'title' },
  team: { collection: 'teams', noun: 'ett gott exempel (team)', slugFrom: 'name' },
  person: { collection: 'people', noun: 'en kontaktperson', slugFrom: 'name' },
  plan: { collection: 'plans', noun: 'en handlingsplan', slugFrom: 'title' },
  series: { collection: 'series', noun: 'en omgång av nätverket', slugFrom: 'name' },
} as const satisfies Record<string, { collection: CollectionName; noun: string; slugFrom: string }>;

export type ScaffoldKind = keyof typeof SCAFFOLD_KINDS;
export const SCAFFOLD_KIND_NAMES = Object.keys(SCAFFOLD_KINDS) as ScaffoldKind[];

/** The schema of a kind's collection. */
export function kindSchema(kind: ScaffoldKind): z.ZodType {
  return COLLECTIONS[SCAFFOLD_KINDS[kind].collection].schema;
}

const described = new Map<ScaffoldKind, Record<string, FieldInfo>>();

/**
 * The top-level fields of a kind, in the schema's order, each with everything its schema says.
 * @example Object.keys(kindFields('series')) // ['name', 'start', 'end']
 */
export function kindFields(kind: ScaffoldKind): Record<string, FieldInfo> {
  let fields = described.get(kind);
  if (!fields) {
    fields = valueInfo(kindSchema(kind)).fields;
    if (!fields) throw new Error(`Schemat för ${kind} är inget objekt`);
    described.set(kind, fields);
  }
  return fields;
}
