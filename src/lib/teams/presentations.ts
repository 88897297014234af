/**
 * The meetings where a team presented, on its card: a team story is a good example, and its card
 * says where the network heard it.
 */
import { formatDate } from '../dates/dates.ts';
import { routes } from '../routing/routes.ts';

/** A meeting where a team presented, as its card links it. */
export interface Presentation {
  title: string;
  /** The meeting's page. */
  url: string;
  /** The meeting's date in Swedish, e.g. "21 september 2020". */
  date: string;
}

interface MeetingLike {
  id: string;
  data: { title: string; date: string };
}

/**
 * Cards with the meetings each team presented at, in the order given (oldest first).
 * @param cards team cards (anything with the team's `id`)
 * @param byTeam the meetings each team presented at, by team id (see `meetingsByTeam`)
 */
export function withPresentations<C extends { id: string }>(
  cards: readonly C[],
  byTeam: ReadonlyMap<string, readonly MeetingLike[]>,
): Array<C & { presentedAt: Presentation[] }> {
  return cards.map((card) => ({
    ...card,
    presentedAt: (byTeam.get(card.id) ?? []).map((meeting) => ({
      title: meeting.data.title,
      url: routes.meeting(meeting.id),
      date: formatDate(meeting.data.date),
    })),
  }));
}
