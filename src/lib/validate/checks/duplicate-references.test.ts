import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { duplicateReferences } from './duplicate-references.ts';

const plan = (rows: string) => `---\ntitle: P\nperiod:\n  start: 2016\n  end: 2017\nowner: X\nrows:\n${rows}---\n`;

describe('the duplicate-references check', () => {
  it('reports the second mention of an id in a list of references, naming the first', () => {
    const file = fileOf('teams/t.mdx', '---\nname: T\ncontacts:\n  - ida\n  - kim\n  - ida\n---\n');
    expect(duplicateReferences.check(file, NO_ALLOWLIST)).toEqual([
      expect.objectContaining({
        line: 6,
        field: 'contacts.2',
        rule: 'duplicate-reference',
        message: expect.stringMatching(/"ida" står redan i listan contacts \(contacts\.0, rad 4\)/),
      }),
    ]);
  });

  it('finds references inside the items of a list (a speaker’s person)', () => {
    const text = '---\ntitle: M\nspeakers:\n  - person: ida\n  - name: Kim\n  - person: ida\n---\n';
    expect(duplicateReferences.check(fileOf('meetings/2024-01-01-m.mdx', text), NO_ALLOWLIST)).toEqual([
      expect.objectContaining({ line: 6, field: 'speakers.2.person' }),
    ]);
  });

  it('lets the same id stand in two different lists, and in the lists of two different items', () => {
    const text = '---\ntitle: M\ncontacts: [ida]\nspeakers:\n  - person: ida\n---\n';
    expect(duplicateReferences.check(fileOf('meetings/2024-01-01-m.mdx', text), NO_ALLOWLIST)).toEqual([]);
    const rows = '  - area: A\n    services: [Skola]\n  - area: B\n    services: [Skola]\n';
    expect(duplicateReferences.check(fileOf('plans/p.mdx', plan(rows)), NO_ALLOWLIST)).toEqual([]);
  });
});
