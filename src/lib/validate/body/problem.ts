/**
 * A problem in a body: always an error, always in the field `body`, at the place the rule found.
 */
import type { TextProblem } from '../problem.ts';
import type { RuleId } from '../rules.ts';
import type { Point } from './parse.ts';

/**
 * @param at where the problem is; line 1, column 1 when the parser gave no place
 * @param rule the rule broken
 * @param message what is wrong and how to fix it, in plain Swedish
 * @example bodyProblem({ line: 3, column: 1 }, 'mdx-esm', 'Ta bort raden.').field // 'body'
 */
export function bodyProblem(at: Point | undefined, rule: RuleId, message: string): TextProblem {
  return { line: at?.line ?? 1, column: at?.column ?? 1, severity: 'error', field: 'body', message, rule };
}
