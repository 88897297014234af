/** Strings of the team stories, their filters and the municipality and focus-area hubs. */
export const teams = {
  municipalities: 'Kommun',
  organisations: 'Verksamheter',
  focusAreas: 'Fokusområden',
  status: 'Status',
  presentedAt: 'Har presenterat på',
  contacts: 'Kontakt',
  statuses: {
    ide: 'Idé',
    planerar: 'Planerar',
    testar: 'Testar',
    infort: 'Infört',
    avslutat: 'Avslutat',
  },
} as const;
