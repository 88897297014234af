/** Strings of the start page. */
export const home = {
  nextMeeting: 'Nästa träff',
  noNextMeeting: 'Ingen träff är inplanerad just nu.',
  calendarLink: 'Kommande träffar i kalendern',
  focusAreas: 'Fokusområden',
  focusAreasIntro: 'Nätverket arbetar med de här områdena:',
  latestReports: 'Senaste rapporterna',
  noReports: 'Inga rapporter är publicerade ännu.',
  allMeetings: 'Alla träffar och rapporter',
  latestTeams: 'Goda exempel',
  noTeams: 'Inga goda exempel är publicerade ännu.',
  allTeams: 'Alla goda exempel',
  about: 'Om nätverket',
  currentSeries: 'Just nu pågår omgången {series} (sedan {start}).',
  lastSeries: 'Den senaste omgången, {series}, pågick från {start} till {end}.',
} as const;
