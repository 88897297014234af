/** Strings of the start page. */
export const home = {
  /** The start page's heading (the site's name is already in the header right above it). */
  title: 'För barns och ungas hälsa i Jönköpings län',
  nextMeeting: 'Nästa träff',
  noNextMeeting: 'Ingen träff är inplanerad just nu.',
  latestInstead: 'Läs rapporten från den senaste träffen:',
  /** No source states where the next round is announced; the box says so and leads to where it will show. */
  nextNotStated:
    'Var och när nästa träff annonseras är inte angivet än. Nya träffar kommer i kalendern så snart de är inplanerade.',
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
  aboutLink: 'Läs om nätverket, fokusområdena och omgångarna',
  currentSeries: 'Just nu pågår omgången {series} (sedan {start}).',
  lastSeries: 'Den senaste omgången, {series}, pågick från {start} till {end}.',
} as const;
