import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { yamlSyntax } from './yaml-syntax.ts';

describe('the yaml-syntax check', () => {
  it('reports a YAML error at its line in the file, and ends the checks of the file', () => {
    const file = fileOf('teams/team-a.mdx', '---\nname: A\nname: B\n---\n');
    expect(yamlSyntax.check(file, NO_ALLOWLIST)).toEqual([
      expect.objectContaining({ line: 3, field: 'yaml', rule: 'yaml-syntax' }),
    ]);
    expect(yamlSyntax.final).toBe(true);
  });

  it('reads YAML files as a whole', () => {
    expect(yamlSyntax.check(fileOf('site.yaml', 'a: [\n'), NO_ALLOWLIST)).toHaveLength(1);
    expect(yamlSyntax.check(fileOf('site.yaml', 'a: 1\n'), NO_ALLOWLIST)).toEqual([]);
  });
});
