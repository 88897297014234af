/**
 * People on the contact page: their order and their grouping into coaches and other contacts.
 * (Their phone links come from `contacts.ts`.)
 */
import type { Person } from '../../schemas/person.ts';

interface PersonLike {
  id: string;
  data: Pick<Person, 'name' | 'coach'>;
}

/**
 * People sorted by name as Swedish sorts it (å, ä, ö last), then by id.
 * @returns a new, sorted array
 * @example sortByName([{ id: 'o', data: { name: 'Örjan' } }, { id: 'a', data: { name: 'Anna' } }]) // Anna, Örjan
 */
export function sortByName<P extends PersonLike>(people: Iterable<P>): P[] {
  return [...people].sort((a, b) => a.data.name.localeCompare(b.data.name, 'sv') || a.id.localeCompare(b.id));
}

/**
 * The network's coaches (`coach: true`) and everyone else, each group sorted by name.
 * @param people every person in `content/people/`
 */
export function contactGroups<P extends PersonLike>(people: Iterable<P>): { coaches: P[]; others: P[] } {
  const sorted = sortByName(people);
  return {
    coaches: sorted.filter((person) => person.data.coach === true),
    others: sorted.filter((person) => person.data.coach !== true),
  };
}
