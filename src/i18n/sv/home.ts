/** Strings of the start page. */
export const home = {
  meetings: 'Träffar och rapporter',
  teams: 'Goda exempel',
  plans: 'Handlingsplaner',
} as const;
