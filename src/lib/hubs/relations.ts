/**
 * Relations derived from content, never entered twice: the meetings a team presented at come from
 * the meetings' `teams` lists.
 */
import { isPublished } from '../content/published.ts';

interface MeetingLike {
  id: string;
  data: { date: string; teams?: readonly string[] | undefined };
}

/**
 * The meetings at which each team presented, oldest first, by team id, in one pass: a build
 * computes this once (src/lib/content/collections.ts) instead of filtering all meetings on every team's page.
 * @param meetings all published meetings
 */
export function meetingsByTeam<M extends MeetingLike>(meetings: readonly M[]): Map<string, M[]> {
  const byTeam = new Map<string, M[]>();
  for (const meeting of meetings) {
    for (const team of new Set(meeting.data.teams ?? [])) {
      const list = byTeam.get(team);
      if (list) list.push(meeting);
      else byTeam.set(team, [meeting]);
    }
  }
  for (const list of byTeam.values()) list.sort((a, b) => a.data.date.localeCompare(b.data.date));
  return byTeam;
}

interface MeetingWithTopics extends MeetingLike {
  data: MeetingLike['data'] & {
    municipalities?: readonly string[] | undefined;
    focusAreas?: readonly string[] | undefined;
  };
}

interface TeamWithTopics {
  id: string;
  data: { municipalities: readonly string[]; focusAreas: readonly string[]; draft?: boolean | undefined };
}

function meetingsConcerning<M extends MeetingWithTopics>(
  field: 'municipalities' | 'focusAreas',
  id: string,
  meetings: readonly M[],
  teams: readonly TeamWithTopics[],
): M[] {
  // Only published teams count: a draft must not make a meeting show up on a hub.
  const teamIds = new Set(
    teams.filter((team) => isPublished(team.data) && team.data[field].includes(id)).map((t) => t.id),
  );
  return meetings
    .filter((meeting) => meeting.data[field]?.includes(id) || meeting.data.teams?.some((team) => teamIds.has(team)))
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

/**
 * The meetings that concern a municipality, newest first: those that name it in `municipalities`, and
 * those at which one of its published teams presented (derived, so it is never entered twice).
 * @param municipalityId the municipality's id
 * @param meetings all published meetings
 * @param teams the teams, drafts included or not (drafts are ignored)
 */
export function meetingsOfMunicipality<M extends MeetingWithTopics>(
  municipalityId: string,
  meetings: readonly M[],
  teams: readonly TeamWithTopics[],
): M[] {
  return meetingsConcerning('municipalities', municipalityId, meetings, teams);
}

/**
 * The meetings that concern a focus area, newest first: those that name it in `focusAreas`, and those
 * at which a published team working on it presented.
 * @param focusAreaId the focus area's id
 * @param meetings all published meetings
 * @param teams the teams, drafts included or not (drafts are ignored)
 */
export function meetingsOfFocusArea<M extends MeetingWithTopics>(
  focusAreaId: string,
  meetings: readonly M[],
  teams: readonly TeamWithTopics[],
): M[] {
  return meetingsConcerning('focusAreas', focusAreaId, meetings, teams);
}
