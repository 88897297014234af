/**
 * What to write when a value has the wrong shape: a text where the schema wants a list or fields
 * (`contacts: ida-erixon`, `speakers: Kim Karlsson`, `period: 2016–2017`, a link pasted as a bare
 * address). zod says "förväntat lista, fick string"; an editor needs the field written out as it
 * should be. The example is built from the field's metadata (`field()` in `src/schemas/`), with the
 * editor's own words put in where the schema accepts them, and written as YAML, ready to copy.
 */
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { readMeta } from '../../schemas/meta.ts';
import { defOf, fieldAt, unwrap } from './schema-walk.ts';

/**
 * The message for a value of the wrong kind, or undefined when the schema wants a text, a number or
 * true/false (their schemas say it themselves).
 * @param schema the file's schema
 * @param data the file's data
 * @param path where the value is
 * @example typeHint(MeetingSchema, { contacts: 'ida-erixon' }, ['contacts']) // 'ska vara en lista, inte en text. Skriv en rad per sak, med bindestreck först:\n  contacts:\n    - ida-erixon'
 */
export function typeHint(schema: z.ZodType, data: unknown, path: readonly PropertyKey[]): string | undefined {
  const node = fieldAt(schema, data, path);
  if (!node) return undefined;
  const value = valueAt(data, path);
  const last = path.at(-1);
  const kind = defOf(unwrap(node)).type;
  const inList = typeof last === 'number';
  const parentExample = inList
    ? firstOf(readMeta(fieldAt(schema, data, path.slice(0, -1)) ?? node).example)
    : undefined;
  const example = readMeta(node).example ?? parentExample;
  if (kind === 'array') {
    const items = typeof value === 'string' ? listFromText(unwrapElement(node), value) : undefined;
    const written = items ?? (Array.isArray(example) ? example : [example]);
    const start = value === null ? 'är tom' : `ska vara en lista, inte ${what(value)}`;
    return `${start}. Skriv en rad per sak, med ett bindestreck först${value === null ? ', eller ta bort raden' : ''}:\n${yamlLines(last, written)}`;
  }
  if (kind === 'object' || kind === 'union') {
    const filled = typeof value === 'string' ? objectFromText(node, value) : undefined;
    const written = filled ?? example;
    if (written === undefined) return undefined;
    const start = inList ? 'varje sak i listan skrivs' : 'ska skrivas';
    const not = value === null ? 'men den är tom' : `inte som ${what(value)}`;
    return `${start} med fält på egna rader, ${not}. Skriv till exempel:\n${yamlLines(last, written)}`;
  }
  if (typeof value === 'object' && value !== null && example !== undefined) {
    // One value written as a list or as fields: `series: [runda]`, `place:\n  - Sal 1`.
    const only = Array.isArray(value) && value.length === 1 ? value[0] : undefined;
    const written = only !== undefined && node.safeParse(only).success ? only : example;
    return `ska vara ett enda värde på samma rad som fältnamnet, inte ${what(value)}. Skriv till exempel:\n${yamlLines(last, written)}`;
  }
  return undefined;
}

function what(value: unknown): string {
  if (typeof value === 'string') return 'en text';
  if (Array.isArray(value)) return 'en lista';
  if (typeof value === 'number') return 'ett tal';
  if (typeof value === 'boolean') return 'true eller false';
  return 'något annat';
}

/** The field written as YAML, indented two spaces under the message. */
function yamlLines(key: PropertyKey | undefined, value: unknown): string {
  const yaml = typeof key === 'number' || key === undefined ? stringify([value]) : stringify({ [String(key)]: value });
  return yaml
    .trimEnd()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

function unwrapElement(node: z.ZodType): z.ZodType | undefined {
  return defOf(unwrap(node)).element;
}

/** A list's items from a text the editor wrote on one line (`team-a, team-b`), when each part fits. */
function listFromText(element: z.ZodType | undefined, text: string): unknown[] | undefined {
  if (!element) return undefined;
  const parts = text
    .split(/\s*[,;]\s*|\s+och\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  const items: unknown[] = [];
  for (const part of parts) {
    if (element.safeParse(part).success) items.push(part);
    else {
      const object = objectFromText(element, part);
      if (object === undefined) return undefined;
      items.push(object);
    }
  }
  return items.length > 0 ? items : undefined;
}

/**
 * An object's example with the editor's text put into the field it fits: a field with a format or a
 * pattern that accepts it (an address, an id) first, else the first field that takes any text.
 * For a union, the first alternative where the text fits.
 */
function objectFromText(node: z.ZodType, text: string): Record<string, unknown> | undefined {
  const inner = unwrap(node);
  const def = defOf(inner);
  if (def.type === 'union' && def.options) {
    for (const option of def.options) {
      const filled = objectFromText(option, text);
      if (filled && Object.values(filled).includes(text) && option.safeParse(filled).success) return filled;
    }
    return undefined;
  }
  if (def.type !== 'object' || !def.shape) return undefined;
  const fields = Object.entries(def.shape);
  const required = fields.filter(([, child]) => !child.safeParse(undefined).success);
  const strict = fields.find(([, child]) => isStrictText(child) && child.safeParse(text).success);
  const loose = required.find(
    ([, child]) => !isStrictText(child) && typeof readMeta(child).example === 'string' && child.safeParse(text).success,
  );
  // An address goes only where addresses go: never into a title.
  const target = strict ?? (/^\w+:\/\//.test(text) ? undefined : loose);
  if (!target) return undefined;
  const example: Record<string, unknown> = {};
  for (const [key, child] of required) {
    const fieldExample = readMeta(child).example;
    if (fieldExample !== undefined) example[key] = fieldExample;
  }
  return { ...example, [target[0]]: text };
}

/** A text field that accepts only some texts (an address, an id, a date): its schema rejects a plain word. */
function isStrictText(schema: z.ZodType): boolean {
  return !schema.safeParse('x y').success && schema.safeParse('x y').error?.issues[0]?.code !== 'invalid_type';
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}
