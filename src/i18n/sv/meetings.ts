/** Strings of the meeting pages, the archive, the calendar and the feeds. */
export const meetings = {
  date: 'Datum',
  time: 'Tid',
  place: 'Plats',
  online: 'Digitalt',
  placeUnknown: 'Plats är inte angiven.',
  series: 'Omgång',
  session: 'Träff nummer',
  kind: 'Typ',
  noReport: 'Ingen rapport är publicerad från den här träffen.',
  speakers: 'Medverkande',
  teams: 'Team som presenterade',
  videos: 'Filmer',
  links: 'Länkar',
  contacts: 'Kontakt',
  kinds: {
    larandeseminarium: 'Lärandeseminarium',
    uppfoljning: 'Uppföljning',
    natverkstraff: 'Nätverksträff',
  },
} as const;
