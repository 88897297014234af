/** Strings of the e-mail edition of a report, its plain-text alternative and the print control. */
export const newsletter = {
  // The print control on a report page
  print: 'Skriv ut / spara som PDF',
  printHint:
    'Vill du skriva ut rapporten eller spara den som PDF? Använd webbläsarens utskrift: Ctrl+P, eller Cmd+P på en Mac. Välj ”Spara som PDF” som skrivare för att få en fil.',

  // The e-mail edition
  readOnline: 'Läs rapporten på webbplatsen',
  readOnlineText: 'Läs rapporten på webbplatsen: {url}',
  facts: 'Om träffen',
  videoLink: '{title}',
  videoHost: 'film hos {host}',
  videoCaptions: 'har undertexter',
  videoNoCaptions: 'saknar undertexter',
  sentBy: 'Nyhetsbrevet kommer från {site}, {owner}.',
  textTitle: 'Nyhetsbrev från {site}',
} as const;
