/**
 * One finding of the validator. Every check in `src/lib/validate/` returns these; the reporter
 * formats them as `path:line:col  error  field: message  (rule-id)`.
 */
import type { RuleId } from './rules.ts';

/** One finding: where, how bad, what is wrong and which rule of the editors' guide it breaks. */
export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line; 1 when a problem concerns the whole file. */
  line: number;
  /** 1-based column. */
  column: number;
  /** `error` fails validation and the build; `warning` is printed only. */
  severity: 'error' | 'warning';
  /** Dotted path of the field (`speakers.0.person`), `body` for the text, `file` for the file itself. */
  field: string;
  /** The message in plain Swedish, for editors. */
  message: string;
  /**
   * Stable rule id, documented in `content/README.md` (e.g. `mdx-syntax`, `unknown-key`); one of the
   * table in `rules.ts`, so the compiler refuses an id that has no entry there.
   */
  rule: RuleId;
}

/** A problem before the file path is known; checks of a single text return these. */
export type TextProblem = Omit<Problem, 'file'>;

/**
 * Sorts problems by file, then line, then column, so output is stable between runs.
 * @param problems the problems to sort (not modified)
 * @returns a new, sorted array
 */
export function sortProblems<T extends Problem>(problems: readonly T[]): T[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file, 'en') || a.line - b.line || a.column - b.column);
}
