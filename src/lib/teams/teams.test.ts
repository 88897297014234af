import { routes } from '../routing/routes.ts';
import { describe, expect, it } from 'vitest';
import { TEAM_STATUSES } from '../../schemas/team.ts';
import {
  cardFilterAttributes,
  filterGroups,
  filterPages,
  listText,
  municipalityText,
  named,
  nameMap,
  namesOf,
  publishedTeams,
  statusLabel,
  statusValues,
  teamCard,
  teamListing,
  teamSearchData,
  type TeamEntry,
} from './teams.ts';

const team = (id: string, name: string, extra: Partial<TeamEntry['data']> = {}): TeamEntry => ({
  id,
  data: {
    name,
    summary: `Om ${name}.`,
    municipalities: ['norrby'],
    focusAreas: ['psykisk-halsa'],
    status: 'testar',
    ...extra,
  },
});

const municipalities = [
  { id: 'soderby', name: 'Söderby' },
  { id: 'norrby', name: 'Norrby' },
  { id: 'hela-lanet', name: 'Hela länet' },
];
const focusAreas = [
  { id: 'psykisk-halsa', name: 'Psykisk hälsa' },
  { id: 'fysisk-aktivitet', name: 'Fysisk aktivitet' },
];

const teams = [
  team('orn', 'Örnen'),
  team('alg', 'Älgen', { municipalities: ['soderby', 'norrby'], status: 'infort' }),
  team('bjorn', 'Björnen', { focusAreas: ['fysisk-aktivitet'], status: 'infort' }),
  team('utkast', 'Utkastet', { municipalities: ['hela-lanet'], draft: true }),
];

describe('publishedTeams', () => {
  it('leaves drafts out and sorts by name as Swedish sorts (å, ä, ö last)', () => {
    expect(publishedTeams(teams).map((t) => t.id)).toEqual(['bjorn', 'alg', 'orn']);
  });

  it('does not change the list it is given', () => {
    const list = [...teams];
    publishedTeams(list);
    expect(list).toEqual(teams);
  });
});

describe('teamCard', () => {
  it('holds the link, summary, names in the team’s order and the status label', () => {
    const card = teamCard(teams[1] as TeamEntry, nameMap(municipalities.map(toEntry)), new Map());
    expect(card).toEqual({
      id: 'alg',
      url: '/exempel/alg/',
      name: 'Älgen',
      summary: 'Om Älgen.',
      municipalities: [
        { id: 'soderby', name: 'Söderby' },
        { id: 'norrby', name: 'Norrby' },
      ],
      focusAreas: [{ id: 'psykisk-halsa', name: 'psykisk-halsa' }],
      status: { id: 'infort', label: 'Infört' },
    });
  });

  it('carries the team’s image with its alt text when its story has one, and no image otherwise', () => {
    const image = {
      src: { src: '/_astro/a.webp', width: 1200, height: 800, format: 'jpg' as const },
      alt: 'En skolgård',
    };
    expect(teamCard(team('a', 'A', { image }), new Map(), new Map()).image).toEqual(image);
    expect(teamCard(team('a', 'A'), new Map(), new Map())).not.toHaveProperty('image');
  });

  it('gives its list item the team’s ids per filter, separated by spaces', () => {
    const card = teamCard(teams[1] as TeamEntry, new Map(), new Map());
    expect(cardFilterAttributes(card)).toEqual({
      'data-kommun': 'soderby norrby',
      'data-fokus': 'psykisk-halsa',
      'data-status': 'infort',
    });
  });
});

function toEntry(item: { id: string; name: string }) {
  return { id: item.id, data: { name: item.name } };
}

describe('names', () => {
  it('turns entries into ids with names, sorted as Swedish sorts, with the whole county last', () => {
    const entries = [
      { id: 'hela-lanet', data: { name: 'Hela länet' } },
      { id: 'varnamo', data: { name: 'Värnamo' } },
      { id: 'vetlanda', data: { name: 'Vetlanda' } },
      { id: 'aneby', data: { name: 'Aneby' } },
    ];
    expect(named(entries).map((n) => n.name)).toEqual(['Aneby', 'Vetlanda', 'Värnamo', 'Hela länet']);
  });

  it('keeps the order of the ids looked up, and an unknown id as its own name', () => {
    expect(namesOf(['norrby', 'okand'], new Map([['norrby', 'Norrby']]))).toEqual([
      { id: 'norrby', name: 'Norrby' },
      { id: 'okand', name: 'okand' },
    ]);
  });
});

describe('statuses', () => {
  it.each(TEAM_STATUSES.map((status) => [status]))('has a Swedish label for %s', (status) => {
    expect(statusLabel(status)).toMatch(/^\p{Lu}\p{Ll}+$/u);
  });

  it('lists every status in order of progress', () => {
    expect(statusValues().map((s) => s.id)).toEqual([...TEAM_STATUSES]);
  });
});

describe('filterGroups and filterPages', () => {
  const groups = filterGroups(publishedTeams(teams), municipalities, focusAreas);

  it('offers per filter only the values published teams carry, in file order, with counts', () => {
    expect(groups.map((g) => [g.key, g.options.map((o) => `${o.label} (${o.count})`)])).toEqual([
      ['kommun', ['Söderby (1)', 'Norrby (3)']],
      ['fokus', ['Psykisk hälsa (2)', 'Fysisk aktivitet (1)']],
      ['status', ['Testar (1)', 'Infört (2)']],
    ]);
  });

  it('never offers a value only a draft carries', () => {
    expect(groups[0]?.options.map((o) => o.id)).not.toContain('hela-lanet');
  });

  it('gives a label and an “all” choice to each filter', () => {
    expect(groups.map((g) => [g.label, g.allLabel])).toEqual([
      ['Kommun', 'Alla kommuner'],
      ['Fokusområde', 'Alla fokusområden'],
      ['Status', 'Alla'],
    ]);
  });

  it('pre-renders one page per offered value, under the filter’s URL segment', () => {
    expect(filterPages(groups).map((p) => `${p.segment}/${p.value}:${p.label}`)).toEqual([
      'kommun/soderby:Söderby',
      'kommun/norrby:Norrby',
      'fokusomrade/psykisk-halsa:Psykisk hälsa',
      'fokusomrade/fysisk-aktivitet:Fysisk aktivitet',
      'status/testar:Testar',
      'status/infort:Infört',
    ]);
  });
});

describe('teamListing', () => {
  it('shows every published team by name, with filters over all of them', () => {
    const listing = teamListing(teams, municipalities, focusAreas);
    expect(listing.cards.map((c) => c.id)).toEqual(['bjorn', 'alg', 'orn']);
    expect(listing.total).toBe(3);
    expect(listing.groups).toHaveLength(3);
  });

  it('shows only the teams of a filter page, while the filters and total still count every team', () => {
    const listing = teamListing(teams, municipalities, focusAreas, { status: 'infort' });
    expect(listing.cards.map((c) => c.id)).toEqual(['bjorn', 'alg']);
    expect(listing.total).toBe(3);
    expect(listing.groups[0]?.options.find((o) => o.id === 'norrby')?.count).toBe(3);
  });

  it('shows nothing and offers nothing when there are no published teams', () => {
    const listing = teamListing([teams[3] as TeamEntry], municipalities, focusAreas);
    expect(listing.cards).toEqual([]);
    expect(listing.groups.flatMap((g) => g.options)).toEqual([]);
  });
});

describe('teamSearchData', () => {
  it('tells the search the team’s places, areas, start and the years it presented', () => {
    const data = teamSearchData(
      { data: { municipalities: ['norrby'], focusAreas: ['psykisk-halsa'], started: '2020-09' } },
      [{ data: { date: '2021-01-19' } }, { data: { date: '2023-03' } }, { data: { date: '2021-05-01' } }],
    );
    expect(data).toEqual({
      type: 'exempel',
      date: '2020-09',
      years: [2020, 2021, 2023],
      municipalities: ['norrby'],
      focusAreas: ['psykisk-halsa'],
    });
  });

  it('has no date and no years for a team without a start that never presented', () => {
    const data = teamSearchData({ data: { municipalities: ['norrby'], focusAreas: [] } }, []);
    expect(data.date).toBeUndefined();
    expect(data.years).toEqual([]);
  });
});

describe('routes.team', () => {
  it('is the page the content model names', () => {
    expect(routes.team('kaa')).toBe('/exempel/kaa/');
  });
});

describe('a team whose municipality no source states (municipalities: [])', () => {
  const unstated = team('okand', 'Den okända skolan', { municipalities: [], status: 'infort' });
  const all = publishedTeams([...teams, unstated]);
  const groups = filterGroups(all, municipalities, focusAreas);

  it('shows on its card that the municipality is not stated, and carries the filter value for it', () => {
    const card = teamCard(unstated, nameMap(municipalities.map(toEntry)), new Map());
    expect(card.municipalities).toEqual([]);
    expect(municipalityText(card.municipalities)).toBe('inte angiven');
    expect(cardFilterAttributes(card)['data-kommun']).toBe('inte-angiven');
  });

  it('is offered last in the municipality filter as “Kommun inte angiven”, so the counts add up to all teams', () => {
    const kommun = groups[0]!.options;
    expect(kommun.map((o) => `${o.label} (${o.count})`)).toEqual([
      'Söderby (1)',
      'Norrby (3)',
      'Kommun inte angiven (1)',
    ]);
    expect(kommun.at(-1)?.href).toBe('/exempel/kommun/inte-angiven/');
  });

  it('appears on the list of all teams and on its focus area’s and status’s filter pages, not under a municipality', () => {
    const names = (filter: Parameters<typeof teamListing>[3]) =>
      teamListing(all, municipalities, focusAreas, filter).cards.map((c) => c.id);
    expect(names({})).toContain('okand');
    expect(names({ fokus: 'psykisk-halsa' })).toContain('okand');
    expect(names({ status: 'infort' })).toContain('okand');
    expect(names({ kommun: 'norrby' })).not.toContain('okand');
    expect(names({ kommun: 'inte-angiven' })).toEqual(['okand']);
  });

  it('gives its filter page a heading and an introduction of its own', () => {
    const page = filterPages(groups).find((p) => p.value === 'inte-angiven');
    expect(page).toBeDefined();
    expect(listText(page)).toEqual({
      title: 'Goda exempel utan angiven kommun',
      intro:
        'Här visas de exempel där det inte är angivet vilken kommun de gäller. De finns inte med under någon kommun.',
    });
  });

  it('tells the search no municipality, so a municipality filter leaves it out and no filter finds it', () => {
    expect(teamSearchData(unstated, []).municipalities).toEqual([]);
  });

  it('offers no “Kommun inte angiven” while every team states its municipality', () => {
    expect(filterGroups(publishedTeams(teams), municipalities, focusAreas)[0]?.options.map((o) => o.id)).not.toContain(
      'inte-angiven',
    );
  });
});

describe('listText', () => {
  it('names the list of all teams, and a filter page by its value', () => {
    expect(listText().title).toBe('Goda exempel');
    expect(listText({ key: 'kommun', segment: 'kommun', value: 'norrby', label: 'Norrby' })).toEqual({
      title: 'Goda exempel från Norrby',
      intro: 'Här visas de exempel som gäller Norrby.',
    });
  });
});
