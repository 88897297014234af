/**
 * People as contacts: looked up by id, with links that open the visitor's mail or phone app. The one
 * place where a list of people ids (a meeting's, a team's or a plan's `contacts`) becomes people.
 */
import type { Person } from '../../schemas/person.ts';

/** A person of `content/people/` with its id; Astro's `CollectionEntry<'people'>` fits. */
export interface PersonEntry {
  id: string;
  data: Person;
}

/**
 * The people behind a list of ids, in the list's order; an unknown id is left out (the validator
 * has already reported it).
 * @param ids ids of `content/people/`, e.g. a meeting's `contacts`
 * @param people every person, by id
 * @returns the entries of the people named, as `people` holds them
 * @example resolvePeople(['bo', 'okand'], new Map([['bo', bo]])) // [bo]
 */
export function resolvePeople<E extends { id: string }>(
  ids: readonly string[] | undefined,
  people: ReadonlyMap<string, E>,
): E[] {
  return (ids ?? []).flatMap((id) => {
    const person = people.get(id);
    return person ? [person] : [];
  });
}

/**
 * What someone does and where, as one line: the parts that are given, separated by commas.
 * @param role a person's `title` or a speaker's `role`
 * @param organisation where they work
 * @example roleLine('samordnare', 'Regionen') // 'samordnare, Regionen'
 * @example roleLine(undefined, 'Regionen') // 'Regionen'
 */
export function roleLine(role: string | undefined, organisation: string | undefined): string {
  return [role, organisation].filter(Boolean).join(', ');
}

/**
 * A `mailto:` link for an e-mail address.
 * @example mailHref('ida@example.se') // 'mailto:ida@example.se'
 */
export function mailHref(email: string): string {
  return `mailto:${email}`;
}

/**
 * A `tel:` link for a phone number as people write it: digits only, a leading `+` kept.
 * @example telHref('076-783 78 17') // 'tel:0767837817'
 * @example telHref('+46 36 32 40 00') // 'tel:+4636324000'
 */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}
