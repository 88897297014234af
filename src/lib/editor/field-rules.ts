/**
 * What the schema itself says about a field, in Swedish sentences for editors: lengths, counts, the
 * allowed values and where a reference points. Read from `fieldMeta()` (src/schemas/meta.ts), so that
 * no help text writes a limit a second time. The scaffolder's comments and questions and the editors'
 * guide show these sentences after the field's help (`fieldText`).
 */
import { COLLECTIONS } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/fragments.ts';
import type { FieldMeta, ValueInfo } from '../../schemas/meta.ts';

/** How a value or name is shown: as is in a YAML comment, in backticks in Markdown. */
export type Code = (text: string) => string;

const plain: Code = (text) => text;

/** Where the ids of a collection are written: a folder of files, or a list file. */
function idSource(collection: CollectionName, many: boolean, code: Code): string {
  const spec = COLLECTIONS[collection];
  if (spec.kind === 'list') return `Skriv ${many ? 'id' : 'ett id'} från ${code(`content/${spec.file}`)}.`;
  return many
    ? `Skriv id:n, alltså namnen på filer i ${code(`content/${spec.dir}/`)} utan filändelse.`
    : `Skriv id:t, alltså namnet på en fil i ${code(`content/${spec.dir}/`)} utan filändelse.`;
}

function range(min: number | undefined, max: number | undefined, unit: string): string | undefined {
  if (min !== undefined && max !== undefined) return `${min}–${max} ${unit}.`;
  if (min !== undefined) return `Minst ${min} ${unit}.`;
  if (max !== undefined) return `Högst ${max} ${unit}.`;
  return undefined;
}

/**
 * The rules a field's schema sets, as short Swedish sentences.
 * @param info the field, from `fieldMeta()`
 * @param code how to mark values and paths (backticks for Markdown)
 * @example fieldRules(fieldMeta(MeetingSchema.shape.summary)) // ['30–300 tecken.']
 * @example fieldRules(fieldMeta(TeamSchema.shape.focusAreas)) // ['Minst 1 i listan.', 'Skriv id från content/focus-areas.yaml.']
 */
export function fieldRules(info: ValueInfo, code: Code = plain): string[] {
  const rules: string[] = [];
  // A minimum length of 1 only says "not empty", which every required text is anyway.
  const minLength = info.minLength !== undefined && info.minLength > 1 ? info.minLength : undefined;
  const length = range(minLength, info.maxLength, 'tecken');
  if (length) rules.push(length);
  const items = range(info.minItems, info.maxItems, 'i listan');
  if (items) rules.push(items);
  const value = info.type === 'array' && info.item ? info.item : info;
  if (value.options) rules.push(`Välj ett av: ${value.options.map(code).join(', ')}.`);
  if (value.references) rules.push(idSource(value.references, value !== info, code));
  return rules;
}

/**
 * Text written with Markdown's code spans and bold, as plain text for a YAML comment or a terminal.
 * @example plainText('Med `true` publiceras **inte**') // 'Med true publiceras inte'
 */
export function plainText(text: string): string {
  return text.replace(/\*\*|`/g, '');
}

/**
 * A field's help followed by the rules its schema sets.
 * @param markdown true for the guide (values in backticks); plain text otherwise
 * @example fieldText(fieldMeta(MeetingSchema.shape.summary)) // 'En eller två meningar … 30–300 tecken.'
 */
export function fieldText(info: FieldMeta & ValueInfo, markdown = false): string {
  const text = [info.help, ...fieldRules(info, markdown ? (value) => `\`${value}\`` : undefined)].join(' ');
  return markdown ? text : plainText(text);
}
