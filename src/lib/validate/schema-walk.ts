/**
 * Walks a zod schema alongside data. Used to find every reference (fields built with `ref()`) and
 * to find the object schema at a path, for "did you mean" on unknown keys.
 */
import type { z } from 'astro/zod';
import { referencedCollection, type CollectionName } from '../../schemas/fragments.ts';

/** The parts of a zod 4 schema definition the walkers read. */
export interface Def {
  type: string;
  /** An enum's values. */
  entries?: Record<string, string>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
}

export const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Removes optional/nullable/default/readonly/pipe wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

export interface FoundReference {
  path: (string | number)[];
  collection: CollectionName;
  value: unknown;
}

/**
 * Lists every value in `data` that sits where `schema` expects a reference.
 * @param schema the collection's schema
 * @param data the parsed file (need not be valid)
 */
export function findReferences(schema: z.ZodType, data: unknown): FoundReference[] {
  const found: FoundReference[] = [];
  const walk = (node: z.ZodType, value: unknown, path: (string | number)[]): void => {
    if (value === undefined) return;
    const collection = referencedCollection(node);
    if (collection) {
      found.push({ path, collection, value });
      return;
    }
    const inner = unwrap(node);
    if (inner !== node) return walk(inner, value, path);
    const def = defOf(node);
    if (def.type === 'object' && def.shape && isRecord(value)) {
      for (const [key, child] of Object.entries(def.shape)) walk(child, value[key], [...path, key]);
    } else if (def.type === 'array' && def.element && Array.isArray(value)) {
      value.forEach((item, index) => walk(def.element as z.ZodType, item, [...path, index]));
    } else if (def.type === 'union' && def.options) {
      const option = pickOption(def.options, value);
      if (option) walk(option, value, path);
    }
  };
  walk(schema, data, []);
  return found;
}

/**
 * The union option meant for `value`: the first that accepts it, else the object option that
 * shares the most keys with it.
 */
export function pickOption(options: z.ZodType[], value: unknown): z.ZodType | undefined {
  const valid = options.find((option) => option.safeParse(value).success);
  if (valid) return valid;
  if (!isRecord(value)) return options[0];
  let best: z.ZodType | undefined;
  let bestScore = -1;
  for (const option of options) {
    const shape = defOf(unwrap(option)).shape ?? {};
    const score = Object.keys(value).filter((key) => key in shape).length;
    if (score > bestScore) [best, bestScore] = [option, score];
  }
  return best;
}

/**
 * The schema node at `path` with its wrappers removed. Unions on the way are resolved to the option
 * meant for the data; a union at the end is returned as it is.
 */
export function schemaAt(schema: z.ZodType, data: unknown, path: readonly PropertyKey[]): z.ZodType | undefined {
  const node = fieldAt(schema, data, path);
  return node && unwrap(node);
}

/**
 * The schema at `path` as it stands in its object's shape or as its array's element, wrappers kept:
 * where a field's metadata (`field()`: label, help, example) is. Unions on the way are resolved to the
 * option meant for the data.
 */
export function fieldAt(schema: z.ZodType, data: unknown, path: readonly PropertyKey[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = schema;
  let value: unknown = data;
  for (const segment of path) {
    node = unwrap(node);
    let def = defOf(node);
    if (def.type === 'union' && def.options) {
      node = pickOption(def.options, value);
      if (!node) return undefined;
      node = unwrap(node);
      def = defOf(node);
    }
    if (def.type === 'object' && def.shape) node = def.shape[String(segment)];
    else if (def.type === 'array') node = def.element;
    else return undefined;
    if (!node) return undefined;
    value = isRecord(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return node;
}

/** The options of the union at `path`, or undefined when there is none. */
export function unionOptionsAt(
  schema: z.ZodType,
  data: unknown,
  path: readonly PropertyKey[],
): z.ZodType[] | undefined {
  const node = schemaAt(schema, data, path);
  const def = node && defOf(node);
  return def?.type === 'union' ? def.options : undefined;
}

/** The keys an object schema at `path` accepts (for "did you mean" on an unknown key). */
export function keysAt(schema: z.ZodType, data: unknown, path: readonly PropertyKey[]): string[] {
  let node = schemaAt(schema, data, path);
  if (!node) return [];
  const def = defOf(node);
  if (def.type === 'union' && def.options) {
    let value: unknown = data;
    for (const segment of path)
      value = isRecord(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
    node = pickOption(def.options, value);
  }
  return node ? Object.keys(defOf(unwrap(node)).shape ?? {}) : [];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
