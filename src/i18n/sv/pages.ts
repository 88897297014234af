/** Strings of the start page and the fixed pages: contact, about, accessibility, 404. */
export const pages = {
  home: {
    meetings: 'Träffar och rapporter',
    teams: 'Goda exempel',
    plans: 'Handlingsplaner',
  },
} as const;
