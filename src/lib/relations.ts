/**
 * Relations derived from content, never entered twice: the meetings a team presented at come from
 * the meetings' `teams` lists.
 */

interface MeetingLike {
  id: string;
  data: { date: string; teams?: readonly string[] | undefined };
}

/**
 * The meetings at which a team presented, oldest first.
 * @param teamId the team's id
 * @param meetings all published meetings
 */
export function meetingsOfTeam<M extends MeetingLike>(teamId: string, meetings: readonly M[]): M[] {
  return meetings
    .filter((meeting) => meeting.data.teams?.includes(teamId))
    .sort((a, b) => a.data.date.localeCompare(b.data.date));
}
