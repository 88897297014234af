/** Strings of search: the header box and the search page. */
export const search = {
  label: 'Sök på webbplatsen',
  button: 'Sök',
  title: 'Sök',
  intro: 'Sök bland rapporter från träffar, goda exempel och handlingsplaner: talare, team, platser och ämnen.',
  query: 'Sökord',
  filters: 'Avgränsa',
  groups: {
    typ: 'Typ',
    ar: 'År',
    kommun: 'Kommun',
    fokus: 'Fokusområde',
  },
  sort: 'Sortera',
  sortRelevance: 'Bäst träff först',
  sortDate: 'Nyast först',
  types: {
    traff: 'Träff',
    exempel: 'Gott exempel',
    handlingsplan: 'Handlingsplan',
  },
  noScript: 'Sökningen behöver JavaScript. Du hittar allt innehåll även utan sökning:',
  loading: 'Söker …',
  // "Resultat", not "träffar": on this site a träff is a meeting.
  results: '{count} resultat för "{query}"',
  resultsFiltered: '{count} resultat',
  oneResult: '1 resultat för "{query}"',
  none: 'Inget resultat för "{query}". Pröva ett annat ord, eller ta bort någon avgränsning.',
  // A search run again with its unknown words replaced by the nearest indexed words (a typo).
  corrected: 'Inget resultat för "{query}". Visar {count} resultat för "{corrected}".',
  suggestions: 'Närmaste ord i sökningen:',
  archives: 'Du hittar allt innehåll även i arkiven:',
  empty: 'Skriv ett sökord, eller välj en avgränsning.',
  failed: 'Sökningen kunde inte laddas. Försök igen om en stund.',
} as const;
