import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { dateMismatch } from './date-mismatch.ts';

const meeting = (date: string) => fileOf('meetings/2024-03-01-traff.mdx', `---\ntitle: T\ndate: ${date}\n---\n`);

describe('the date-mismatch check', () => {
  it('reports a date that differs from the file name, at the date', () => {
    expect(dateMismatch.check(meeting('2024-03-02'), NO_ALLOWLIST)).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'date',
        rule: 'date-mismatch',
        message: expect.stringMatching(/2024-03-01/),
      }),
    ]);
  });

  it('accepts the file name date', () => {
    expect(dateMismatch.check(meeting('2024-03-01'), NO_ALLOWLIST)).toEqual([]);
  });

  it('looks only at meetings', () => {
    expect(dateMismatch.check(fileOf('plans/plan.mdx', '---\ndate: 2024-03-02\n---\n'), NO_ALLOWLIST)).toEqual([]);
  });
});
