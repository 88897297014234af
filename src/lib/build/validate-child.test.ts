import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verdictFor } from './validate-child.ts';

const fixtures = path.resolve(import.meta.dirname, '../../../tests/fixtures/validator');

/** A project root whose content/ is the base fixture plus an overlay of bad files. */
function root(overlay?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-verdict-'));
  cpSync(path.join(fixtures, 'base'), path.join(dir, 'content'), { recursive: true });
  if (overlay) cpSync(path.join(fixtures, 'invalid', overlay), path.join(dir, 'content'), { recursive: true });
  return dir;
}

describe('verdictFor (the validator as scripts/build.ts runs it)', () => {
  it('passes valid content and lists the pages the build must produce', () => {
    const verdict = verdictFor(root());
    expect(verdict.errors).toBe(0);
    expect(verdict.fileCount).toBeGreaterThan(5);
    expect(verdict.pages.map((p) => p.url)).toEqual([
      '/exempel/team-a/',
      '/handlingsplaner/plan-a/',
      '/traffar/2024-01-10-start/',
    ]);
  });

  it('counts the errors and formats every problem with file, line and field, as the terminal shows them', () => {
    const verdict = verdictFor(root('missing-required'));
    expect(verdict.errors).toBeGreaterThan(0);
    expect(verdict.lines.length).toBeGreaterThanOrEqual(verdict.errors);
    expect(verdict.lines[0]).toMatch(/^content\/\S+:\d+:\d+ +error +\S+: /);
    expect(verdict.summary).toMatch(/fel/);
  });

  it('survives the JSON of the IPC channel unchanged (plain data only)', () => {
    const verdict = verdictFor(root('missing-required'));
    expect(JSON.parse(JSON.stringify(verdict))).toEqual(verdict);
  });
});
