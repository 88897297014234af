/**
 * Field metadata: every field of the content model carries its Swedish label, a one-line help text
 * and an example on its zod schema, `field(schema, { label, help, example })`, the way `ref()` marks a
 * reference with `{ references }`. The scaffolder's comments, the editors' guide and the web editor's
 * form read it with `fieldMeta()`, one call per field, which also reads what the schema itself says:
 * required or not, the kind of value, allowed values, references, patterns and limits.
 *
 * How zod 4 keeps metadata decides how it is read. `.meta()`, `.min()` and `.refine()` clone a schema,
 * and the clone inherits its parent's metadata; `.optional()`, `z.array()` and `z.preprocess()` wrap a
 * schema in a new one that has none. So `field()` goes on the outermost schema of a field (after
 * `.optional()`), and `readMeta()` merges the metadata of the wrappers from the outside in, the outer
 * winning. Limits are never written twice: they come from zod's own JSON Schema conversion
 * (`z.toJSONSchema`), which reads the `.min()`, `.max()`, `.regex()` … checks.
 */
import { z } from 'astro/zod';
import type { CollectionName } from './fragments.ts';

/** What an editor is told about a field. */
export interface FieldMeta<Example = unknown> {
  /** A short Swedish name: a form's label, a question ("Rubrik"). */
  label: string;
  /**
   * One line of Swedish help: what the field is for and how to write it, with Markdown's code spans for
   * values (`true`) where they help. Lengths, counts, allowed values and where references point are
   * read from the schema; the help does not repeat them.
   */
  help: string;
  /** A value the schema accepts, as written in the file: a placeholder, a form's default to copy. */
  example: Example;
}

/**
 * Describes a field on its schema. Metadata the schema already has (`references` from `ref()`) is kept.
 * @param schema the field's whole schema, `.optional()` included
 * @param meta label, help and an example that `schema` accepts (the type checks its shape)
 * @returns a clone of `schema` carrying the metadata
 * @example field(TextSchema.optional(), { label: 'Plats', help: 'Var träffen hålls.', example: 'Stora salen' })
 */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta<z.input<T>>): T {
  return schema.meta({ ...schema.meta(), ...meta });
}

/** Kinds of value, named as in JSON Schema; `enum` is a text from a fixed list. */
export type ValueType = 'string' | 'integer' | 'number' | 'boolean' | 'enum' | 'array' | 'object' | 'union';

/** The bounds a schema's checks set: lengths of texts, sizes of numbers, counts of list items. */
export interface Limits {
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

const LIMITS = ['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'] as const;

/** What a value is and which limits it has, read from its schema. */
export interface ValueInfo extends Limits {
  type: ValueType;
  /** The schema, to check a value (`info.schema.safeParse(value)`). */
  schema: z.ZodType;
  /** The allowed values of an `enum`. */
  options?: readonly string[];
  /** The collection a text references (its id must exist there). */
  references?: CollectionName;
  /** A regular expression (JavaScript syntax) that a text must match. */
  pattern?: string;
  /** JSON Schema's format of a text: `email`, `uri`. */
  format?: string;
  /** An array's element. */
  item?: ValueInfo;
  /** An object's fields, in the schema's order. */
  fields?: Record<string, FieldInfo>;
  /** A union's alternatives, each described like a field (`label`: what the alternative is). */
  variants?: VariantInfo[];
}

/** Everything about one field: its metadata, whether it must be there, its value. */
export interface FieldInfo extends ValueInfo, FieldMeta {
  /** Whether the field must be present (its schema rejects a missing value). */
  required: boolean;
}

/** One alternative of a union, e.g. a speaker with an entry in `content/people/`. */
export interface VariantInfo extends ValueInfo, FieldMeta {}

/** The parts of a zod 4 schema definition read here. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers that change whether a value may be missing, but not what it is. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

/**
 * The schema inside `schema`'s wrappers (optional, default, readonly …) and pipes: of a pipe, the side
 * that is not a transform (`z.preprocess(fn, s)` gives `s`; `a.pipe(b)` gives `b`, the later checks).
 * @returns `schema` itself when it wraps nothing; never unwraps arrays
 */
export function innerSchema(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.out && def.in) current = defOf(def.out).type === 'transform' ? def.in : def.out;
    else return current;
  }
}

/** The schemas from `schema` inwards through wrappers and pipes, outermost first. */
function layers(schema: z.ZodType): z.ZodType[] {
  const found = [schema];
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) {
      // Both sides may carry metadata; the walk goes on along the side that is not a transform.
      const [inner, other] = defOf(def.out).type === 'transform' ? [def.in, def.out] : [def.out, def.in];
      found.push(other);
      current = inner;
    } else return found;
    found.push(current);
  }
}

/**
 * All metadata of a schema, merged through its wrappers (optional, default, pipes, preprocess), the
 * outer winning; does not look into arrays or objects.
 * @example readMeta(MeetingSchema.shape.series) // { references: 'series', label: 'Omgång', help: …, example: … }
 */
export function readMeta(schema: z.ZodType): Record<string, unknown> {
  return layers(schema)
    .reverse()
    .reduce<Record<string, unknown>>((merged, layer) => ({ ...merged, ...layer.meta() }), {});
}

/**
 * The fields of an object schema, also through wrappers, `.refine()` and `z.preprocess()`.
 * @returns undefined when the schema is no object
 */
export function objectFields(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(innerSchema(schema));
  return def.type === 'object' ? def.shape : undefined;
}

/** The subset of JSON Schema that `z.toJSONSchema` writes for one value and that is read here. */
interface JsonNode extends Limits {
  type?: string;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  /** From `.positive()` and `.gt()`; read as `minimum` for whole numbers. */
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

/**
 * What a value is and its limits, and for arrays, objects and unions what they hold.
 * @throws when a field or union alternative inside lacks label, help or example
 */
export function valueInfo(schema: z.ZodType): ValueInfo {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' }) as JsonNode;
  const inner = innerSchema(schema);
  const def = defOf(inner);
  const info: ValueInfo = { type: typeOf(json, def), schema };
  const references = readMeta(schema).references as CollectionName | undefined;
  if (references) info.references = references;
  if (json.enum) info.options = json.enum.map(String);
  if (json.pattern !== undefined) info.pattern = json.pattern;
  if (json.format !== undefined) info.format = json.format;
  for (const key of LIMITS) if (json[key] !== undefined) info[key] = json[key];
  if (json.type === 'integer') {
    if (json.exclusiveMinimum !== undefined) info.minimum ??= json.exclusiveMinimum + 1;
    if (json.exclusiveMaximum !== undefined) info.maximum ??= json.exclusiveMaximum - 1;
  }
  if (def.type === 'array' && def.element) info.item = valueInfo(def.element);
  if (def.type === 'object' && def.shape) {
    info.fields = Object.fromEntries(Object.entries(def.shape).map(([key, child]) => [key, fieldMeta(child, key)]));
  }
  if (def.type === 'union' && def.options) {
    info.variants = def.options.map((option, index) => ({
      ...valueInfo(option),
      ...requiredMeta(option, `alternativ ${index + 1}`),
    }));
  }
  return info;
}

function typeOf(json: JsonNode, def: Def): ValueType {
  if (def.type === 'union') return 'union';
  if (json.enum) return 'enum';
  switch (json.type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
    case 'array':
    case 'object':
      return json.type;
    default:
      throw new Error(`Okänd sorts värde i schemat: ${def.type}`);
  }
}

function requiredMeta(schema: z.ZodType, name: string): FieldMeta {
  const meta = readMeta(schema);
  const missing = (['label', 'help', 'example'] as const).filter((key) =>
    key === 'example' ? meta.example === undefined : typeof meta[key] !== 'string' || meta[key] === '',
  );
  if (missing.length > 0) throw new Error(`${name} saknar ${missing.join(', ')} i schemat (field() i src/schemas/)`);
  return { label: meta.label as string, help: meta.help as string, example: meta.example };
}

/**
 * Everything about one field, in one call: its label, help and example, whether it is required, the
 * kind of value with its allowed values, reference, pattern and limits, and the same for what it holds.
 * @param schema the field's schema as it stands in its object's shape
 * @param name the field's name, for the error message
 * @throws when the field, or a field inside it, lacks label, help or example
 * @example fieldMeta(MeetingSchema.shape.summary) // { label: 'Sammanfattning', required: true, type: 'string', minLength: 30, maxLength: 300, … }
 */
export function fieldMeta(schema: z.ZodType, name = 'fältet'): FieldInfo {
  return { ...valueInfo(schema), ...requiredMeta(schema, name), required: !schema.safeParse(undefined).success };
}

/** A place in a schema that must be described: a field, or an alternative of a union. */
export interface DescribedPlace {
  /** E.g. `speakers[].person`, `speakers[]|1` for the second alternative. */
  path: string;
  schema: z.ZodType;
}

/**
 * Every field of a schema, at any depth (inside objects, arrays and unions), and every union
 * alternative, outermost first, in the schema's order.
 * @example [...describedPlaces(PlanSchema)].map((p) => p.path) // ['title', …, 'period', 'period.start', …]
 */
export function* describedPlaces(schema: z.ZodType, path = ''): Generator<DescribedPlace> {
  const def = defOf(innerSchema(schema));
  if (def.type === 'object' && def.shape) {
    for (const [key, child] of Object.entries(def.shape)) {
      const childPath = path ? `${path}.${key}` : key;
      yield { path: childPath, schema: child };
      yield* describedPlaces(child, childPath);
    }
  } else if (def.type === 'array' && def.element) {
    yield* describedPlaces(def.element, `${path}[]`);
  } else if (def.type === 'union' && def.options) {
    for (const [index, option] of def.options.entries()) {
      yield { path: `${path}|${index}`, schema: option };
      yield* describedPlaces(option, path);
    }
  }
}

/**
 * An object's example, made of its fields' examples (every field, optional ones too). A field without
 * an example is left out, so the object's example fails its schema and the metadata test names both.
 * @example exampleOf(LinkSchema) // { title: 'Presentationen från träffen (pdf)', url: 'https://example.com/presentation.pdf' }
 */
export function exampleOf<T extends z.ZodType>(schema: T): z.input<T> {
  const fields = objectFields(schema);
  if (!fields) throw new Error('exampleOf() tar ett objekt');
  return Object.fromEntries(
    Object.entries(fields)
      .map(([key, child]) => [key, readMeta(child).example])
      .filter(([, example]) => example !== undefined),
  ) as z.input<T>;
}
