import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { body } from './body.ts';

describe('the body check', () => {
  it('reports the problems of the body at their lines in the file', () => {
    const file = fileOf('teams/team-a.mdx', '---\nname: A\n---\n\n{1 + 1}\n');
    expect(body.check(file, NO_ALLOWLIST)).toEqual([expect.objectContaining({ line: 5, rule: 'mdx-expression' })]);
  });

  it('reads a .md body as plain Markdown', () => {
    expect(body.check(fileOf('series/runda.md', '---\ntitle: A\n---\n\n{1 + 1}\n'), NO_ALLOWLIST)).toEqual([]);
  });

  it('has nothing to check in a file without text after its front matter', () => {
    expect(body.check(fileOf('teams/team-a.mdx', '---\nname: A\n---\n\n'), NO_ALLOWLIST)).toEqual([]);
  });
});
