/** Strings shared by every page: layout, navigation, page footer, video. */
export const common = {
  siteLanguage: 'sv',
  skipToContent: 'Hoppa till innehållet',
  identity: {
    /** The header band: who publishes the site (the wording of the network's own documents). */
    publisher: 'Lärande nätverk i samverkan mellan länets kommuner och {owner}',
  },
  nav: {
    label: 'Huvudmeny',
    /** The phone's menu toggle. */
    menu: 'Meny',
    home: 'Start',
    meetings: 'Träffar',
    teams: 'Goda exempel',
    municipalities: 'Kommuner',
    plans: 'Handlingsplaner',
    calendar: 'Kalender',
    contact: 'Kontakt',
    about: 'Om nätverket',
  },
  footer: {
    label: 'Sidfot',
    accessibility: 'Tillgänglighet',
    changes: 'Ändringar på webbplatsen',
    rss: 'Nyheter som RSS',
    calendarFeed: 'Prenumerera på kalendern',
  },
  pageMeta: {
    lastChanged: 'Senast ändrad',
    unknownChange: 'Datum för senaste ändring saknas i den här versionen av webbplatsen.',
    history: 'Ändringshistorik',
    suggest: 'Föreslå en ändring',
  },
  video: {
    play: 'Visa filmen',
    consent: 'Filmen visas från {host}. När du klickar hämtas den därifrån, och {host} får veta att du tittar.',
    open: 'Öppna filmen hos {host}',
    captions: 'Har undertexter',
    noCaptions: 'Saknar undertexter',
  },
  /** The footnotes under a text (Markdown `[^1]`), as screen readers announce them. */
  footnotes: {
    label: 'Fotnoter',
    /** The link from a footnote back to where it is referred to; {reference} is its number. */
    backLabel: 'Tillbaka till hänvisning {reference}',
  },
  dateUnknown: 'Datum saknas',
  pagination: {
    previous: 'Föregående sida',
    next: 'Nästa sida',
    page: 'Sida',
    gap: 'fler sidor',
    /** Added to the title and heading of page 2, 3, … of a list (WCAG 2.4.2: every page its own title). */
    titleSuffix: '{title}, sida {number} av {count}',
  },
} as const;
