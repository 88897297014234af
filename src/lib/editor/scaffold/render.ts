/**
 * The text of a new file from `npm run new`: the given values as YAML fields, and every other field of
 * the schema as a commented-out example, each with its Swedish label, help and rules above it. All of
 * it comes from the schemas' field metadata (src/schemas/meta.ts); nothing is written here per field.
 */
import { stringify } from 'yaml';
import type { FieldInfo, ValueInfo } from '../../../schemas/meta.ts';
import { COLLECTIONS } from '../../../schemas/index.ts';
import { fieldText, plainText } from '../field-rules.ts';
import type { KnownIds } from './files.ts';
import { kindFields, SCAFFOLD_KINDS, type ScaffoldKind } from './kinds.ts';

/** What a new plan gets when neither a matrix nor goals are given: one row to fill in, as a draft. */
const PLAN_PLACEHOLDER_ROW = {
  area: 'Skriv området här',
  services: ['Skriv verksamheten här'],
  goal: 'Skriv målet här',
  activity: 'Skriv aktiviteten här',
};

/** Plain YAML words that another YAML reader (Astro's js-yaml) takes for yes/no or empty. */
const YAML_1_1_WORDS = /^(y|n|yes|no|on|off|true|false|null|~)$/i;

/**
 * Whether a text is written in double quotes: one that starts with a digit, a sign or a dot, or that
 * another YAML reader takes for yes/no or empty, so it stays a text for every YAML reader. The web
 * editor quotes its new texts by the same rule (src/lib/browser/cms/minimal-yaml.ts).
 * @example quotedInYaml('2024-05-23') // true
 */
export function quotedInYaml(value: string): boolean {
  return /^[\d+.-]/.test(value) || YAML_1_1_WORDS.test(value);
}

/**
 * One scalar as YAML: texts are quoted by `quotedInYaml`.
 * @example scalar('2024-05-23') // '"2024-05-23"'
 */
export function scalar(value: unknown): string {
  if (typeof value === 'string' && quotedInYaml(value)) return JSON.stringify(value);
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A field and its value as YAML lines, indented by `indent` spaces. */
export function yamlField(key: string, value: unknown, indent = 0): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    const lines = [`${pad}${key}:`];
    for (const item of value) {
      if (isRecord(item)) {
        const inner = Object.entries(item).flatMap(([k, v]) => yamlField(k, v, indent + 4));
        lines.push(`${pad}  - ${(inner[0] ?? '').trimStart()}`, ...inner.slice(1));
      } else {
        lines.push(`${pad}  - ${scalar(item)}`);
      }
    }
    return lines;
  }
  if (isRecord(value)) {
    return [`${pad}${key}:`, ...Object.entries(value).flatMap(([k, v]) => yamlField(k, v, indent + 2))];
  }
  return [`${pad}${key}: ${scalar(value)}`];
}

/** `value` with every reference replaced by the first id of its collection that exists. */
function withKnownIds(value: unknown, info: ValueInfo, ids: KnownIds): unknown {
  if (info.references && typeof value === 'string') return ids.get(info.references)?.[0] ?? value;
  if (info.item && Array.isArray(value)) return value.map((item) => withKnownIds(item, info.item!, ids));
  if (!isRecord(value)) return value;
  const fields = info.fields ?? info.variants?.find((variant) => variant.schema.safeParse(value).success)?.fields;
  if (!fields) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, fields[key] ? withKnownIds(inner, fields[key], ids) : inner]),
  );
}

/**
 * A field's example from its schema, with ids that exist in the content folder in place of the
 * example's placeholder ids (which stay when a collection is empty).
 */
export function exampleFor(info: FieldInfo, ids: KnownIds): unknown {
  return withKnownIds(info.example, info, ids);
}

/** The explanation of one field: label, whether it may be left out, help, and its schema's rules. */
export function explain(info: FieldInfo): string {
  return `${info.label}${info.required ? '' : ' (valfritt)'}: ${fieldText(info)}`;
}

/** One line per field inside an object, a list of objects or a union of them, indented by depth. */
function partLines(info: ValueInfo, depth = 1): string[] {
  const pad = '  '.repeat(depth);
  const value = info.type === 'array' && info.item ? info.item : info;
  if (value.variants) {
    return value.variants.flatMap((variant) => [
      `${pad}${variant.label}: ${plainText(variant.help)}`,
      ...partLines(variant, depth + 1),
    ]);
  }
  return Object.entries(value.fields ?? {}).flatMap(([key, inner]) => [
    `${pad}${key} – ${explain(inner)}`,
    ...partLines(inner, depth + 1),
  ]);
}

const comment = (lines: string[]) => lines.map((line) => (line ? `# ${line}` : '#'));

/**
 * Writes the text of a new entry: the given values as fields, every other field of the schema as a
 * commented-out example, each with its Swedish explanation above it.
 * @param kind what to create
 * @param values the values, by field name (nested objects as objects)
 * @param ids the ids in the content folder, for examples of references
 */
export function renderEntry(kind: ScaffoldKind, values: Record<string, unknown>, ids: KnownIds): string {
  const spec = COLLECTIONS[SCAFFOLD_KINDS[kind].collection];
  const body = spec.kind === 'entries' && spec.body;
  const lines = comment([
    `Ny fil för ${SCAFFOLD_KINDS[kind].noun}. Rader som börjar med # är kommentarer och påverkar inte sidan.`,
    'Vill du använda ett valfritt fält: ta bort # (och mellanslaget efter) framför raderna, och fyll i.',
    'Alla fält förklaras i content/README.md. Kontrollera filen med: npm run validate',
  ]);
  for (const [key, info] of Object.entries(kindFields(kind))) {
    lines.push('', ...comment([explain(info), ...partLines(info)]));
    if (values[key] !== undefined) lines.push(...yamlField(key, values[key]));
    else lines.push(...comment(yamlField(key, exampleFor(info, ids))));
  }
  const yaml = lines.join('\n');
  if (!body) return `${yaml}\n`;
  return `---\n${yaml}\n\n# Texten skrivs i Markdown under raden med tre bindestreck (---) här nedanför.\n---\n\n`;
}

/** The values to write for `kind` beyond what the editor gave, so the file is valid from the start. */
export function completeValues(kind: ScaffoldKind, values: Record<string, unknown>): Record<string, unknown> {
  if (kind === 'plan' && values.rows === undefined && values.goals === undefined) {
    // A plan needs a matrix or goals; one row to fill in, and kept as a draft until it is filled in.
    return { ...values, rows: [PLAN_PLACEHOLDER_ROW], draft: true };
  }
  return values;
}
