import { describe, expect, it } from 'vitest';
import type { LoadedContent, LoadedEntry } from '../check.ts';
import type { Problem } from '../problem.ts';
import { parseYaml } from '../yaml-source.ts';
import { preferReferences, references } from './references.ts';

const TEAM = 'name: A\nmunicipalities: [norby]\ncontacts: [anna]\n';

/** One team, the people who exist, and the municipalities of the list file. */
function content(people: string[], municipalities: string[]): LoadedContent {
  const source = parseYaml(TEAM);
  const team: LoadedEntry = {
    collection: 'teams',
    id: 'a',
    file: 'content/teams/a.mdx',
    data: source.data,
    source,
    hasBody: false,
  };
  const persons = people.map((id): [string, LoadedEntry] => [id, { ...team, collection: 'people', id, data: {} }]);
  const entries = new Map([
    ['teams' as const, new Map([['a', team]])],
    ['people' as const, new Map(persons)],
  ]);
  return { loaded: [team], entries, listIds: new Map([['municipalities', new Set(municipalities)]]) };
}

describe('the references check', () => {
  it('reports an id that is not among the list ids, with the nearest one, at its line', () => {
    const problems = references.check(content(['anna'], ['norrby']));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/teams/a.mdx', line: 2, field: 'municipalities.0', rule: 'reference' }),
    ]);
    expect(problems[0]!.message).toMatch(/kommunerna i content\/municipalities\.yaml.*menade du "norrby"\?/);
  });

  it('reports an id that no entry of the collection has', () => {
    expect(references.check(content([], ['norby'])).map((p) => p.field)).toEqual(['contacts.0']);
  });

  it('accepts ids that exist', () => {
    expect(references.check(content(['anna'], ['norby']))).toEqual([]);
  });
});

describe('preferReferences', () => {
  const problem = (field: string, rule: Problem['rule']): Problem => ({
    file: 'content/teams/a.mdx',
    line: 1,
    column: 1,
    severity: 'error',
    field,
    message: 'x',
    rule,
  });

  it('drops another problem on a field that has a reference problem, and keeps the rest', () => {
    const problems = [problem('contacts.0', 'format'), problem('contacts.0', 'reference'), problem('name', 'format')];
    expect(preferReferences(problems).map((p) => [p.field, p.rule])).toEqual([
      ['contacts.0', 'reference'],
      ['name', 'format'],
    ]);
  });
});
