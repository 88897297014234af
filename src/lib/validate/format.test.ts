import { describe, expect, it } from 'vitest';
import { formatProblem, formatSummary } from './format.ts';
import type { Problem } from './problem.ts';

const problem: Problem = {
  file: 'content/meetings/2020-09-21-a.mdx',
  line: 3,
  column: 7,
  severity: 'error',
  field: 'date',
  message: 'finns inte i kalendern, 100%',
  rule: 'format',
};

describe('formatProblem', () => {
  it('prints path:line:col, severity, field, message and rule for people', () => {
    expect(formatProblem(problem, 'text')).toBe(
      'content/meetings/2020-09-21-a.mdx:3:7  error  date: finns inte i kalendern, 100%  (format)',
    );
  });

  it('prints a GitHub annotation with escaped data', () => {
    expect(formatProblem(problem, 'github')).toBe(
      '::error file=content/meetings/2020-09-21-a.mdx,line=3,col=7,title=format::date: finns inte i kalendern, 100%25',
    );
  });
});

describe('formatSummary', () => {
  it('counts errors and files in Swedish', () => {
    expect(formatSummary([problem, { ...problem, line: 4 }], 12)).toBe('2 fel i 1 fil (12 filer kontrollerade).');
  });

  it('says when there is nothing wrong', () => {
    expect(formatSummary([], 12)).toBe('Inga fel i 12 filer.');
  });
});
