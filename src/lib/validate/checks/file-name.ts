/**
 * An entry's file name is its id, and so its address: `a-z`, digits and hyphens, not a name the site
 * uses itself, and for a meeting its date first.
 */
import { ID_PATTERN } from '../../../schemas/fragments.ts';
import { RESERVED_TEAM_IDS } from '../../routing/routes.ts';
import { wholeFile, type FileCheck } from '../check.ts';
import type { TextProblem } from '../problem.ts';

/** A meeting's file name: its date (`YYYY-MM-DD` or `YYYY-MM`), a hyphen, then a slug. */
const MEETING_NAME = /^(\d{4}-\d{2}(?:-\d{2})?)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * The date a meeting's file name starts with.
 * @param id the file name without extension
 * @returns undefined when the name is not a meeting's
 * @example meetingDateOf('2020-09-21-goda-exempel') // '2020-09-21'
 */
export function meetingDateOf(id: string): string | undefined {
  return MEETING_NAME.exec(id)?.[1];
}

/** Reports a file name that cannot be an id, or that the site has taken. */
export const fileName: FileCheck = {
  name: 'file-name',
  kinds: ['entry'],
  check(file): TextProblem[] {
    if (file.kind.kind !== 'entry') return [];
    const { collection, id } = file.kind;
    if (collection === 'meetings') {
      if (meetingDateOf(id) !== undefined) return [];
      return [
        wholeFile(
          'file-name',
          'filnamnet ska börja med träffens datum och sedan ett kort namn, till exempel 2020-09-21-goda-exempel.mdx (små bokstäver a–z, siffror, bindestreck)',
        ),
      ];
    }
    if (!ID_PATTERN.test(id)) {
      return [
        wholeFile(
          'file-name',
          `filnamnet "${id}" får bara innehålla små bokstäver a–z, siffror och bindestreck (inga å, ä, ö eller mellanslag), till exempel ${suggestId(id)}`,
        ),
      ];
    }
    if (collection === 'teams' && RESERVED_TEAM_IDS.has(id)) {
      return [
        wholeFile(
          'file-name',
          `filnamnet "${id}" är upptaget: adresser som börjar med /exempel/${id}/ används redan av webbplatsen (listans sidor och filter). Välj ett annat namn, till exempel ${id}-team`,
        ),
      ];
    }
    return [];
  },
};

/** A name that is an id, made from what the editor wrote; never one the site has taken. */
function suggestId(name: string): string {
  const id = name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!id) return 'mitt-inlagg';
  return RESERVED_TEAM_IDS.has(id) ? `${id}-team` : id;
}
