/** Strings of the page /andringar/: the latest changes to the content. */
export const changes = {
  title: 'Senaste ändringarna',
  intro: 'Här ser du vad som senast har lagts till, ändrats eller tagits bort på webbplatsen, nyast först.',
  listLabel: 'Ändringar, nyast först',
  unavailable:
    'Ändringshistoriken finns inte i den här versionen av webbplatsen, eftersom den byggdes utan versionshistorik.',
  none: 'Inga ändringar ännu.',
  limit: 'Listan visar de {count} senaste ändringarna.',
  history: 'Hela historiken finns hos GitHub.',
  /** A change whose title then (and file name) held what may not be published. */
  hiddenTitle: 'rubriken visas inte',
  /** What happened, by collection (Swedish nouns have gender: en träff, ett exempel). */
  actions: {
    added: {
      meetings: 'Ny träff',
      teams: 'Nytt gott exempel',
      plans: 'Ny handlingsplan',
      series: 'Ny omgång',
    },
    changed: {
      meetings: 'Ändrad träff',
      teams: 'Ändrat gott exempel',
      plans: 'Ändrad handlingsplan',
      series: 'Ändrad omgång',
    },
    removed: {
      meetings: 'Borttagen träff',
      teams: 'Borttaget gott exempel',
      plans: 'Borttagen handlingsplan',
      series: 'Borttagen omgång',
    },
  },
} as const;
