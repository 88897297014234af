import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { frontMatter } from './front-matter.ts';

describe('the front-matter check', () => {
  it('reports an entry that does not start with ---, and ends the checks of the file', () => {
    expect(frontMatter.check(fileOf('teams/team-a.mdx', 'name: A\n\nText.\n'), NO_ALLOWLIST)).toEqual([
      expect.objectContaining({ line: 1, field: 'front matter', rule: 'front-matter' }),
    ]);
    expect(frontMatter.final).toBe(true);
  });

  it('accepts front matter between two --- lines', () => {
    expect(frontMatter.check(fileOf('teams/team-a.mdx', '---\nname: A\n---\n'), NO_ALLOWLIST)).toEqual([]);
  });

  it('has nothing to say about YAML files, which have no front matter', () => {
    expect(frontMatter.check(fileOf('people/anna.yaml', 'name: Anna\n'), NO_ALLOWLIST)).toEqual([]);
  });
});
