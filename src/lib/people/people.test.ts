import { describe, expect, it } from 'vitest';
import { contactGroups, sortByName } from './people.ts';

const person = (id: string, name: string, coach?: boolean) => ({
  id,
  data: { name, ...(coach === undefined ? {} : { coach }) },
});

describe('sortByName', () => {
  it('sorts as Swedish does, with å, ä and ö after z', () => {
    const sorted = sortByName([
      person('o', 'Örjan Ek'),
      person('a', 'Åsa Berg'),
      person('z', 'Zara Lund'),
      person('b', 'Anna Ek'),
    ]);
    expect(sorted.map((p) => p.data.name)).toEqual(['Anna Ek', 'Zara Lund', 'Åsa Berg', 'Örjan Ek']);
  });

  it('sorts two people with the same name by id, so the order never changes between builds', () => {
    expect(sortByName([person('b', 'Anna Ek'), person('a', 'Anna Ek')]).map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('contactGroups', () => {
  it('puts people with coach: true among the coaches and everyone else among the other contacts', () => {
    const groups = contactGroups([
      person('c', 'Cecilia', true),
      person('a', 'Anna'),
      person('b', 'Bo', false),
      person('d', 'David', true),
    ]);
    expect(groups.coaches.map((p) => p.id)).toEqual(['c', 'd']);
    expect(groups.others.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('gives two empty groups for nobody', () => {
    expect(contactGroups([])).toEqual({ coaches: [], others: [] });
  });
});
