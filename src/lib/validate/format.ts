/**
 * Prints problems for people (one line each) or for GitHub (workflow annotations on the lines).
 */
import type { Problem } from './problem.ts';
import { ruleUrl } from './rules.ts';

export type OutputFormat = 'text' | 'github';

const SEVERITY_WORD = { error: 'error', warning: 'warning' } as const;

/**
 * @param guideUrl the editors' guide on the hosting service; GitHub annotations then link to the rule's section
 * @example formatProblem(p, 'text') // 'content/x.mdx:3:1  error  title: obligatoriskt fält saknas  (required)'
 */
export function formatProblem(problem: Problem, format: OutputFormat, guideUrl?: string): string {
  if (format === 'github') {
    const properties = `file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column},title=${escapeProperty(problem.rule)}`;
    const help = guideUrl ? ` – så rättar du: ${ruleUrl(problem.rule, guideUrl)}` : '';
    return `::${SEVERITY_WORD[problem.severity]} ${properties}::${escapeData(`${problem.field}: ${problem.message}${help}`)}`;
  }
  return `${problem.file}:${problem.line}:${problem.column}  ${SEVERITY_WORD[problem.severity]}  ${problem.field}: ${problem.message}  (${problem.rule})`;
}

/** The closing line in Swedish: how many errors in how many files. */
export function formatSummary(problems: readonly Problem[], fileCount: number): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.length - errors.length;
  const files = new Set(errors.map((p) => p.file)).size;
  if (errors.length === 0) {
    return `Inga fel i ${fileCount} filer${warnings ? ` (${warnings} varningar)` : ''}.`;
  }
  return `${errors.length} fel i ${files} ${files === 1 ? 'fil' : 'filer'} (${fileCount} filer kontrollerade).`;
}

// GitHub's workflow-command escaping: https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
