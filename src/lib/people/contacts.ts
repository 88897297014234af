/**
 * People as contacts: looked up by id, with links that open the visitor's mail or phone app.
 */

interface PersonEntry<P> {
  id: string;
  data: P;
}

/**
 * The people behind a list of ids, in the list's order; an unknown id is left out (the validator
 * has already reported it).
 * @param ids ids of `content/people/`
 * @param people every person, by id
 * @returns each person's data with its id
 */
export function resolvePeople<P extends object>(
  ids: readonly string[] | undefined,
  people: ReadonlyMap<string, PersonEntry<P>>,
): Array<P & { id: string }> {
  return (ids ?? []).flatMap((id) => {
    const person = people.get(id);
    return person ? [{ ...person.data, id }] : [];
  });
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
