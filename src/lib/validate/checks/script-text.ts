/**
 * A scheme that runs code (`javascript:`, `vbscript:`, `data:image/png;…`) written inside a field's
 * text, such as a title or a summary: the last wall refuses it in the plain-text e-mail edition and
 * the feed, where a mail program may make it a link (../text-scheme.ts; the body's text is checked by
 * ../body/). An address field is left to the schema, which refuses anything not beginning with
 * https://: it is said there once.
 */
import type { FileCheck } from '../check.ts';
import type { TextProblem } from '../problem.ts';
import { schemaAt } from '../schema-walk.ts';
import { textSchemeMessage, textSchemes } from '../text-scheme.ts';
import { dotted } from '../zod-issues.ts';

/** Reports each scheme in a field's text, on the field's line. */
export const scriptText: FileCheck = {
  name: 'script-text',
  kinds: ['entry', 'site', 'list', 'glossary'],
  check(file) {
    const source = file.yaml;
    if (!source || file.data === undefined) return [];
    const problems: TextProblem[] = [];
    for (const [value, path] of texts(file.data, [])) {
      const found = textSchemes(value);
      // The schema is looked up only for the rare text that holds a scheme.
      if (found.length === 0 || (file.schema && isAddress(schemaAt(file.schema, file.data, path)))) continue;
      for (const scheme of found) {
        problems.push({
          // The value's place, as every field's problem is placed.
          ...source.locate(path),
          severity: 'error',
          field: dotted(path),
          message: textSchemeMessage(scheme),
          rule: 'javascript-url',
        });
      }
    }
    return problems;
  },
};

/** Every text in a file's fields, with its path. */
function* texts(value: unknown, path: (string | number)[]): Generator<[string, (string | number)[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* texts(item, [...path, i]);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* texts(item, [...path, key]);
  }
}

/** Whether a field holds an address (a URL schema: `z.url()`), whose scheme the schema checks. */
function isAddress(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && (schema as { format?: unknown }).format === 'url';
}
