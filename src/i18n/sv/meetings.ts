/** Strings of the meeting pages, the archive, the calendar and the feeds. */
export const meetings = {
  // Facts of a meeting
  date: 'Datum',
  time: 'Tid',
  place: 'Plats',
  placeUnknown: 'Plats är inte angiven',
  /** The value of `online` that means "digital, service not known" (see src/schemas/meeting.ts). */
  onlineGeneric: 'Digitalt',
  onlineVia: 'Digitalt via {online}',
  placeOrOnline: '{place}, eller {online}',
  series: 'Omgång',
  seriesSession: '{series}, träff {session}',
  session: 'Träff {session}',
  kind: 'Typ av träff',
  kinds: {
    larandeseminarium: 'Lärandeseminarium',
    uppfoljning: 'Uppföljning',
    natverkstraff: 'Nätverksträff',
  },

  // One report
  noReport: 'Ingen rapport är publicerad från den här träffen.',
  speakers: 'Medverkande',
  teams: 'Team som presenterade',
  videos: 'Filmer',
  links: 'Länkar',
  contacts: 'Kontakt',
  background: 'Om omgången',
  seriesSince: 'Sedan {start}',
  seriesPeriod: '{start} – {end}',
  schedule: 'Omgångens träffar',
  scheduleIntro: 'Alla träffar i omgången {series}, i datumordning.',
  thisMeeting: 'Den här träffen',

  // The archive
  archiveTitle: 'Träffar och rapporter',
  archiveIntro:
    'Här finns nätverkets träffar, ordnade efter omgång och år med de senaste först. Välj en träff för att se vad som hände och läsa rapporten, om det finns en.',
  withoutSeries: 'Träffar utanför omgångarna',
  archiveEmpty: 'Inga träffar är publicerade ännu.',
  archivePages: 'Sidor i arkivet',
  archiveShowing: 'Visar träff {from} till {to} av {total}.',
  reportAvailable: 'Rapport finns',
  reportMissing: 'Ingen rapport',

  // The calendar
  calendarTitle: 'Kalender',
  calendarIntro: 'Nätverkets kommande och tidigare träffar.',
  calendarAsOf: 'Vad som är kommande och tidigare räknas från {date}, när sidan senast byggdes.',
  upcoming: 'Kommande träffar',
  past: 'Tidigare träffar',
  noUpcoming: 'Ingen träff är inplanerad just nu.',
  noPast: 'Inga tidigare träffar finns publicerade.',
  upcomingCapped: 'Här visas de {shown} närmaste av {total} kommande träffar.',
  pastCapped: 'Här visas de {shown} senaste av {total} tidigare träffar.',
  allInArchive: 'Alla träffar finns i arkivet',
  subscribe: 'Prenumerera på kalendern',
  subscribeText:
    'Du kan få in nätverkets träffar i din egen kalender. Lägg till adressen nedan som en kalender från internet, så kommer nya och ändrade träffar med av sig själva.',
  subscribeAddress: 'Kalenderns adress',
  subscribeHow:
    'I de flesta kalenderprogram, till exempel Outlook, Google Kalender och Apples Kalender, finns ett val för att prenumerera på eller lägga till en kalender från en webbadress. Klistra in adressen där.',
  download: 'Ladda ned kalendern som fil (.ics)',
  /** Before the list of meetings that the .ics file leaves out (src/lib/meetings/ics.ts). */
  subscribeMonthOnly:
    'En kalender behöver veta vilken dag en träff är. Av de här träffarna vet vi bara månaden, så de finns inte med i kalenderfilen:',

  // The calendar feed (kalender.ics)
  icsName: '{site} – träffar',
  icsPage: 'Mer om träffen: {url}',

  // The news feed (rss.xml)
  rssTitle: '{site} – rapporter från träffarna',
  rssDescription: 'Nya rapporter från träffarna i det lärande nätverket {site}.',
} as const;
