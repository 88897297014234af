import { describe, expect, it } from 'vitest';
import type { LoadedEntry } from '../check.ts';
import { parseYaml } from '../yaml-source.ts';
import { uniqueIds } from './unique-ids.ts';

const entry = (file: string): LoadedEntry => ({
  collection: 'teams',
  id: 'team-a',
  file,
  data: { name: 'A' },
  source: parseYaml('name: A\n'),
  hasBody: false,
});

describe('the unique-ids check', () => {
  it('reports each later file with the id of an earlier one, and names the earlier file', () => {
    const [first, second, third] = [
      entry('content/teams/team-a.mdx'),
      entry('content/teams/team-a.md'),
      entry('content/teams/team-a.mdx.md'),
    ];
    const entries = new Map([['teams' as const, new Map([['team-a', first]])]]);
    const problems = uniqueIds.check({ loaded: [first, second, third], entries, listIds: new Map() });
    expect(problems.map((p) => [p.file, p.line, p.field, p.rule])).toEqual([
      ['content/teams/team-a.md', 1, 'file', 'duplicate-id'],
      ['content/teams/team-a.mdx.md', 1, 'file', 'duplicate-id'],
    ]);
    expect(problems[0]!.message).toContain('content/teams/team-a.mdx');
  });

  it('accepts entries with an id each', () => {
    const only = entry('content/teams/team-a.mdx');
    const entries = new Map([['teams' as const, new Map([['team-a', only]])]]);
    expect(uniqueIds.check({ loaded: [only], entries, listIds: new Map() })).toEqual([]);
  });
});
