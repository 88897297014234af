import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { schema } from './schema.ts';

describe('the schema check', () => {
  it('reports a field against the schema of its collection, at its line', () => {
    const file = fileOf('people/anna.yaml', 'name: Anna\nemail: inte-en-adress\n');
    expect(schema.check(file, NO_ALLOWLIST)).toContainEqual(
      expect.objectContaining({ line: 2, field: 'email', rule: 'format' }),
    );
  });

  it('checks the allowlist against its own schema', () => {
    const file = fileOf('personnummer-allowlist.yaml', '- number: "121212-1212"\n');
    expect(schema.check(file, NO_ALLOWLIST)).toEqual([
      expect.objectContaining({ field: '0.reason', rule: 'required' }),
    ]);
  });

  it('has nothing to say about a file whose YAML cannot be read', () => {
    expect(schema.check(fileOf('site.yaml', 'a: [\n'), NO_ALLOWLIST)).toEqual([]);
  });
});
