/**
 * The questions of `npm run new`: which values of a kind can be given as flags or answers, in the
 * schema's order; which must be asked for; what the editor is told before each; and how an answer is
 * read and checked against the schema and the ids in the content folder.
 */
import type { CollectionName } from '../../../schemas/fragments.ts';
import type { FieldInfo, ValueInfo } from '../../../schemas/meta.ts';
import { didYouMean } from '../../validate/suggest.ts';
import { fieldText } from '../field-rules.ts';
import type { KnownIds } from './files.ts';
import { kindFields, type ScaffoldKind } from './kinds.ts';

/** What an editor types for a field: one text, a number, yes/no, or a comma-separated list of texts. */
export type AnswerType =
  | { type: 'text'; options?: readonly string[]; references?: CollectionName }
  | { type: 'number' }
  | { type: 'boolean' }
  | { type: 'list'; references?: CollectionName };

/** How a value can be typed on one line, or undefined when it cannot (lists of objects, unions). */
function answerType(info: ValueInfo): AnswerType | undefined {
  switch (info.type) {
    case 'string':
      return info.references ? { type: 'text', references: info.references } : { type: 'text' };
    case 'enum':
      return { type: 'text', options: info.options ?? [] };
    case 'integer':
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'array':
      if (info.item?.type !== 'string') return undefined;
      return info.item.references ? { type: 'list', references: info.item.references } : { type: 'list' };
    default:
      return undefined;
  }
}

/** One value that can come from a flag or a question: a field, or a field of a nested object. */
export interface Question {
  /** Path in the data, e.g. `['period', 'start']`. */
  path: [string] | [string, string];
  /** The flag without its dashes, e.g. `period-start`. */
  flag: string;
  /** Whether the file needs it: the field is required, and so is the object around it. */
  required: boolean;
  value: AnswerType;
  /** The field, from its schema: label, help, example, limits, and its schema to check the answer. */
  field: FieldInfo;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * Every value of a kind that can be given as a flag, in the schema's order. Required ones are asked
 * for when missing; lists of objects (speakers, videos …) are only written as commented examples.
 * @example questionsFor('plan').map((q) => q.flag) // ['title', 'summary', 'period-start', 'period-end', 'owner', …]
 */
export function questionsFor(kind: ScaffoldKind): Question[] {
  const questions: Question[] = [];
  for (const [key, field] of Object.entries(kindFields(kind))) {
    const value = answerType(field);
    if (value) {
      questions.push({ path: [key], flag: kebab(key), required: field.required, value, field });
      continue;
    }
    if (field.type !== 'object' || !field.fields) continue;
    for (const [inner, innerField] of Object.entries(field.fields)) {
      const innerValue = answerType(innerField);
      if (!innerValue) continue;
      questions.push({
        path: [key, inner],
        flag: `${kebab(key)}-${kebab(inner)}`,
        required: field.required && innerField.required,
        value: innerValue,
        field: innerField,
      });
    }
  }
  return questions;
}

/** The text typed, as the value the schema expects. */
function typedValue(value: AnswerType, text: string): { value: unknown } | { error: string } {
  switch (value.type) {
    case 'text':
      return { value: text };
    case 'number':
      return { value: text === '' || Number.isNaN(Number(text)) ? text : Number(text) };
    case 'boolean':
      if (/^(ja|j|true|yes)$/i.test(text)) return { value: true };
      if (/^(nej|n|false|no)$/i.test(text)) return { value: false };
      return { error: 'svara ja eller nej' };
    case 'list':
      return {
        value: text
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      };
  }
}

/**
 * Reads what the editor typed for a question and checks it against the schema and the content's ids.
 * @returns the value, or a Swedish message saying what is wrong
 * @example readAnswer(coachQuestion, 'ja', ids) // { value: true }
 */
export function readAnswer(question: Question, raw: string, ids: KnownIds): { value: unknown } | { error: string } {
  const typed = typedValue(question.value, raw.trim());
  if ('error' in typed) return typed;
  const { value } = typed;
  const parsed = question.field.schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const missing = value === '' || (Array.isArray(value) && value.length === 0);
    return { error: missing ? 'får inte vara tomt' : (issue?.message ?? 'ogiltigt värde') };
  }
  const collection =
    question.value.type === 'text' || question.value.type === 'list' ? question.value.references : undefined;
  if (collection) {
    const known = ids.get(collection) ?? [];
    for (const id of Array.isArray(value) ? (value as string[]) : [value as string]) {
      if (!known.includes(id)) return { error: `"${id}" finns inte${didYouMean(id, known)}` };
    }
  }
  return { value: parsed.data };
}

/**
 * What the editor is told before a question: the field's help, the rules its schema sets, how to type
 * the answer, and an example or the ids that exist.
 */
export function hintFor(question: Question, ids: KnownIds): string[] {
  const { field, value } = question;
  const lines = [fieldText(field)];
  if (value.type === 'list') lines.push('Skriv flera med kommatecken emellan.');
  if (value.type === 'boolean') lines.push('Svara ja eller nej.');
  const collection = value.type === 'text' || value.type === 'list' ? value.references : undefined;
  if (collection) lines.push(`Finns: ${(ids.get(collection) ?? []).join(', ') || '(inga ännu)'}.`);
  else if (value.type !== 'boolean' && !(value.type === 'text' && value.options)) {
    const example = Array.isArray(field.example) ? field.example.join(', ') : String(field.example);
    lines.push(`Till exempel: ${example}`);
  }
  return lines;
}
