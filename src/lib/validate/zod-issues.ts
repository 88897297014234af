/**
 * Turns zod issues into editor-facing problems: Swedish text, the field's dotted path, a rule id,
 * and "menade du …?" for unknown keys and enum values.
 */
import { z } from 'astro/zod';
import type { TextProblem } from './problem.ts';
import type { RuleId } from './rules.ts';
import { didYouMean } from './suggest.ts';
import { keysAt, pickOption, unionOptionsAt } from './schema-walk.ts';
import { typeHint } from './type-hint.ts';
import { withScheme } from './body/urls.ts';
import type { YamlSource } from './yaml-source.ts';

// zod's own messages (where a schema gives none) in Swedish.
z.config(z.locales.sv());

type Issue = z.core.$ZodIssue;

/**
 * @param schema the schema the data was checked against
 * @param data the data
 * @param issues zod's issues
 * @param source the YAML source, to place each problem
 * @param basePath path prefix when `data` is part of a larger YAML document (list files)
 */
export function issuesToProblems(
  schema: z.ZodType,
  data: unknown,
  issues: readonly Issue[],
  source: YamlSource,
  basePath: readonly (string | number)[] = [],
): TextProblem[] {
  const problems: TextProblem[] = [];
  const add = (issue: Issue, prefix: readonly PropertyKey[]) => {
    const path = [...prefix, ...issue.path] as (string | number)[];
    if (issue.code === 'invalid_union' && !(issue as { discriminator?: string }).discriminator) {
      const branches = issue.errors;
      const union = unionOptionsAt(schema, data, path);
      const option = union ? pickOption(union, valueAt(data, path)) : undefined;
      const index = option && union ? union.indexOf(option) : 0;
      const chosen = branches[index] ?? branches[0];
      if (chosen && chosen.length > 0) {
        for (const inner of chosen) add(inner, path);
        return;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, data, path);
      for (const key of issue.keys) {
        const fullPath = [...basePath, ...path, key];
        problems.push({
          ...source.locate(fullPath, { key: true }),
          severity: 'error',
          field: dotted([...path, key]),
          message: `okänt fält${didYouMean(key, known)} (tillåtna fält: ${known.join(', ')})`,
          rule: 'unknown-key',
        });
      }
      return;
    }
    const value = valueAt(data, path);
    const missing = issue.code === 'invalid_type' && value === undefined;
    let message = missing ? 'obligatoriskt fält saknas' : issue.message;
    let rule: RuleId = missing ? 'required' : ruleFor(issue);
    if (issue.code === 'invalid_value' && typeof value === 'string') {
      message += didYouMean(value, issue.values.map(String));
    }
    if (!missing && issue.code === 'invalid_type') message = typeHint(schema, data, path) ?? message;
    const full = typeof value === 'string' && issue.code === 'invalid_format' ? withScheme(value) : undefined;
    if (full !== undefined) {
      message = `adressen saknar https:// först: skriv ${full}`;
      rule = 'link-scheme';
    }
    problems.push({
      ...source.locate([...basePath, ...path]),
      severity: 'error',
      field: dotted(path) || '(front matter)',
      message,
      rule,
    });
  };
  for (const issue of issues) add(issue, []);
  return problems;
}

function ruleFor(issue: Issue): RuleId {
  switch (issue.code) {
    case 'invalid_type':
      return 'type';
    case 'too_small':
    case 'too_big':
      return 'length';
    case 'invalid_value':
      return 'enum';
    case 'custom':
      // A refinement with a rule of its own names it (`params: { rule }`, e.g. a link field's title).
      return (issue.params as { rule?: RuleId } | undefined)?.rule ?? 'format';
    default:
      return 'format';
  }
}

/** `speakers.0.person` */
export function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}
