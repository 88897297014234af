import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Participation } from '../../lib/hubs/hubs.ts';
import type { FilterGroup, TeamCard as Card } from '../../lib/teams/teams.ts';
import FilterForm from './FilterForm.astro';
import FilterLinks from './FilterLinks.astro';
import MeetingLinks from './MeetingLinks.astro';
import ParticipationList from './ParticipationList.astro';
import PlanItems from './PlanItems.astro';
import TeamCardArticle from './TeamCardArticle.astro';
import TeamCardList from './TeamCardList.astro';
import TeamImage from './TeamImage.astro';
import TeamsBrowser from './TeamsBrowser.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Named examples: fictional teams and places, as in tests/fixtures. */
const cards: Card[] = [
  {
    id: 'team-a',
    url: '/exempel/team-a/',
    name: 'Team A & B',
    summary: 'Ett påhittat team som testar saker.',
    municipalities: [
      { id: 'norrby', name: 'Norrby' },
      { id: 'soderby', name: 'Söderby' },
    ],
    focusAreas: [{ id: 'psykisk-halsa', name: 'Psykisk hälsa' }],
    status: { id: 'testar', label: 'Testar' },
  },
  {
    id: 'team-b',
    url: '/exempel/team-b/',
    name: 'Team C',
    summary: 'Ett annat team.',
    municipalities: [{ id: 'hela-lanet', name: 'Hela länet' }],
    focusAreas: [{ id: 'fysisk-aktivitet', name: 'Fysisk aktivitet' }],
    status: { id: 'infort', label: 'Infört' },
  },
];

/** A team's image as Astro's collection gives it: the file's metadata (1,200×800) and the alt text. */
const image = {
  src: { src: '/bilder/skolgard.jpg', width: 1200, height: 800, format: 'jpg' as const },
  alt: 'En skolgård',
};

const groups: FilterGroup[] = [
  {
    key: 'kommun',
    label: 'Kommun',
    allLabel: 'Alla kommuner',
    options: [
      { id: 'norrby', label: 'Norrby', count: 1, href: '/exempel/kommun/norrby/' },
      { id: 'soderby', label: 'Söderby', count: 1, href: '/exempel/kommun/soderby/' },
    ],
  },
  {
    key: 'status',
    label: 'Status',
    allLabel: 'Alla',
    options: [{ id: 'testar', label: 'Testar', count: 1, href: '/exempel/status/testar/' }],
  },
];

describe('TeamCardArticle', () => {
  it('links the name to the team’s page in a heading and says where, what and how far in words', async () => {
    const html = await container.renderToString(TeamCardArticle, { props: { card: cards[0] } });
    expect(html).toMatch(/<h3[^>]*><a href="\/exempel\/team-a\/"[^>]*>Team A &amp; B<\/a><\/h3>/);
    expect(html).toContain('Ett påhittat team som testar saker.');
    expect(html).toMatch(/<dt[^>]*>Kommun<\/dt>\s*<dd[^>]*>Norrby, Söderby<\/dd>/);
    expect(html).toMatch(/<dt[^>]*>Fokusområde<\/dt>\s*<dd[^>]*>Psykisk hälsa<\/dd>/);
    expect(html).toMatch(/<span class="team-status"[^>]*>Testar<\/span>/);
    expect(html).not.toMatch(/style="/);
  });

  it('uses the heading level it is given', async () => {
    const html = await container.renderToString(TeamCardArticle, { props: { card: cards[0], headingLevel: 'h2' } });
    expect(html).toMatch(/<h2[^>]*class="team-card-name/);
  });

  it('shows the team’s image, lazily, and none when the team has none', async () => {
    const html = await container.renderToString(TeamCardArticle, { props: { card: { ...cards[0]!, image } } });
    expect(html).toMatch(/<img [^>]*alt="En skolgård"[^>]*loading="lazy"/);
    expect(await container.renderToString(TeamCardArticle, { props: { card: cards[0] } })).not.toContain('<img');
  });

  it('says that the municipality is not stated when no source gives it', async () => {
    const card = { ...cards[0]!, municipalities: [] };
    const html = await container.renderToString(TeamCardArticle, { props: { card } });
    expect(html).toMatch(/<dt[^>]*>Kommun<\/dt>\s*<dd[^>]*>inte angiven<\/dd>/);
  });
});

describe('TeamImage', () => {
  it.each([
    ['story', 'eager', ['400w', '800w', '1200w']],
    ['card', 'lazy', ['400w', '800w']],
  ] as const)(
    'gives the %s an <img> with the alt text, the file’s size, a srcset and sizes, loading %s',
    async (place, loading, descriptors) => {
      const html = await container.renderToString(TeamImage, { props: { image, place } });
      const img = /<img [^>]*>/.exec(html)?.[0] ?? '';
      expect(img).toMatch(/alt="En skolgård"/);
      expect(img).toMatch(/width="1200"/);
      expect(img).toMatch(/height="800"/);
      expect(
        /srcset="([^"]*)"/
          .exec(img)?.[1]
          ?.split(', ')
          .map((c) => c.split(' ')[1]),
      ).toEqual(descriptors);
      expect(img).toMatch(/sizes="[^"]*100vw"/);
      expect(img).toMatch(new RegExp(`loading="${loading}"`));
      expect(img).toMatch(/decoding="async"/);
    },
  );
});

describe('TeamCardList', () => {
  it('lists the cards as a list, each item carrying its ids per filter for the script', async () => {
    const html = await container.renderToString(TeamCardList, { props: { cards, empty: 'Inga exempel ännu.' } });
    expect(html).toMatch(/<ul class="team-cards"[^>]*data-team-cards/);
    expect(html.match(/<li /g)).toHaveLength(2);
    expect(html).toMatch(/<li data-kommun="norrby soderby" data-fokus="psykisk-halsa" data-status="testar"/);
    expect(html).not.toContain('Inga exempel ännu.');
  });

  it('gives a card without a stated municipality the filter value for it', async () => {
    const html = await container.renderToString(TeamCardList, {
      props: { cards: [{ ...cards[0]!, municipalities: [] }], empty: 'Inga exempel ännu.' },
    });
    expect(html).toMatch(/<li data-kommun="inte-angiven"/);
  });

  it('says so in words when there is nothing to list', async () => {
    const html = await container.renderToString(TeamCardList, { props: { cards: [], empty: 'Inga exempel ännu.' } });
    expect(html).toMatch(/<p[^>]*>Inga exempel ännu\.<\/p>/);
    expect(html).not.toContain('<ul');
  });
});

describe('FilterLinks', () => {
  it('offers every value as a plain link with its count, and marks “all” as current on /exempel/', async () => {
    const html = await container.renderToString(FilterLinks, { props: { groups, total: 2 } });
    expect(html).toMatch(/<nav[^>]*aria-label="Filtrera exempel"/);
    expect(html).toMatch(/<a href="\/exempel\/" aria-current="page"[^>]*>Alla exempel \(2\)<\/a>/);
    expect(html).toMatch(/<a href="\/exempel\/kommun\/soderby\/"[^>]*>\s*Söderby \(1\)\s*<\/a>/);
    expect(html).toMatch(/<h3[^>]*>Kommun<\/h3>/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it('marks the current filter page, and only it', async () => {
    const html = await container.renderToString(FilterLinks, {
      props: { groups, total: 2, current: { key: 'kommun', value: 'soderby' } },
    });
    expect(html).toMatch(/<a href="\/exempel\/kommun\/soderby\/" aria-current="page"/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });
});

describe('FilterForm', () => {
  it('is hidden until its script runs, with a labelled select per filter and an “all” choice', async () => {
    const html = await container.renderToString(FilterForm, { props: { groups } });
    expect(html).toMatch(/<form[^>]*method="get"[^>]*action="\/exempel\/"[^>]*hidden[^>]*data-team-filter/);
    expect(html).toMatch(/<label for="filter-kommun"[^>]*>Kommun<\/label>/);
    expect(html).toMatch(/<select id="filter-kommun" name="kommun"/);
    expect(html).toMatch(/<option value=""[^>]*>Alla kommuner<\/option>/);
    expect(html).toMatch(/<option value="soderby" data-label="Söderby"[^>]*>Söderby \(1\)<\/option>/);
    expect(html).toMatch(/<select id="filter-status" name="status"/);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });

  it('has a submit button, so the choice can be sent with the keyboard, beside the button that shows all', async () => {
    const html = await container.renderToString(FilterForm, { props: { groups } });
    expect(html).toMatch(/<button type="submit"[^>]*>Visa valda exempel<\/button>/);
    expect(html).toMatch(/<button type="button" data-team-filter-reset[^>]*>Visa alla exempel<\/button>/);
  });
});

describe('TeamsBrowser', () => {
  it('on /exempel/ holds the form, the links, a live region with the count and a hidden “no match” note', async () => {
    const html = await container.renderToString(TeamsBrowser, {
      props: { cards, groups, total: 2, interactive: true },
    });
    expect(html).toContain('data-team-filter');
    expect(html).toContain('data-filter-links');
    expect(html).toMatch(/<p role="status" data-team-count[^>]*>Visar 2 av 2 exempel\.<\/p>/);
    expect(html).toMatch(/<p data-team-none hidden[^>]*>Inga exempel passar/);
  });

  it('on a filter page holds only the links and a plain count', async () => {
    const html = await container.renderToString(TeamsBrowser, {
      props: { cards: cards.slice(1), groups, total: 2, current: { key: 'status', value: 'infort' } },
    });
    expect(html).not.toContain('data-team-filter');
    expect(html).not.toContain('role="status"');
    expect(html).toContain('Visar 1 av 2 exempel.');
  });
});

describe('TeamsBrowser on a list cut into pages', () => {
  it('says which part of the list the page shows and links the other pages', async () => {
    const html = await container.renderToString(TeamsBrowser, {
      props: {
        cards,
        groups,
        total: 50,
        interactive: true,
        page: { number: 2, count: 3, from: 25, to: 26, total: 50, base: '/exempel/' },
      },
    });
    expect(html).toMatch(/<p role="status" data-team-count[^>]*>Visar exempel 25 till 26 av 50\.<\/p>/);
    expect(html).toMatch(
      /<nav[^>]*aria-label="Sidor med exempel"[^>]*data-base="\/exempel\/" data-page="2" data-pages="3"/,
    );
  });
});

describe('MeetingLinks', () => {
  it('links each meeting to its report and shows its date in Swedish', async () => {
    const html = await container.renderToString(MeetingLinks, {
      props: { meetings: [{ id: '2024-01-10-start', data: { title: 'Första träffen', date: '2024-01-10' } }] },
    });
    expect(html).toMatch(/<a href="\/traffar\/2024-01-10-start\/"[^>]*>Första träffen<\/a>/);
    expect(html).toMatch(/<time datetime="2024-01-10"[^>]*>10 januari 2024<\/time>/);
  });

  it('says so when there are none, if told what to say', async () => {
    const html = await container.renderToString(MeetingLinks, { props: { meetings: [], empty: 'Inga träffar ännu.' } });
    expect(html).toMatch(/<p[^>]*>Inga träffar ännu\.<\/p>/);
    expect(html).not.toContain('<ul');
  });
});

describe('ParticipationList', () => {
  const item = (id: string, takesPart: boolean, teams = 0, meetings = 0): Participation => ({
    id,
    name: id,
    url: `/kommuner/${id}/`,
    teams,
    meetings,
    takesPart,
    countyWide: false,
  });

  it('says in words whether each municipality takes part, not only by its look', async () => {
    const html = await container.renderToString(ParticipationList, {
      props: { items: [item('norrby', true, 2, 1), item('osterby', false)] },
    });
    expect(html).toMatch(
      /<a href="\/kommuner\/norrby\/"[^>]*>norrby<\/a>\s*<span class="participation-label"[^>]*>Deltar<\/span>/,
    );
    expect(html).toContain('2 exempel, 1 träff');
    expect(html).toMatch(/<span class="participation-label"[^>]*>Inget publicerat ännu<\/span>/);
  });
});

describe('PlanItems', () => {
  const plan = { id: 'plan-a', title: 'Plan A', url: '/handlingsplaner/plan-a/' };

  it('shows the rows and goals that concern an area, each linked to its plan', async () => {
    const html = await container.renderToString(PlanItems, {
      props: {
        rows: [
          {
            plan,
            row: { area: 'Område 1', services: ['Skola', 'Socialtjänst'], goal: 'Ett mål', activity: 'En aktivitet' },
          },
        ],
        goals: [{ plan, goal: { title: 'Ett långt mål', short: 'Kort' } }],
      },
    });
    expect(html).toMatch(/<h3[^>]*>Rader i matrisen<\/h3>/);
    expect(html).toContain('Område 1');
    expect(html).toMatch(/<dt[^>]*>Mål<\/dt>\s*<dd[^>]*>Ett mål<\/dd>/);
    expect(html).toContain('Skola, Socialtjänst');
    expect(html).not.toContain('Mått');
    expect(html).toMatch(/<h3[^>]*>Mål<\/h3>/);
    expect(html).toContain('Ett långt mål');
    expect(html.match(/<a href="\/handlingsplaner\/plan-a\/"/g)).toHaveLength(2);
  });

  it('says so when no part of any plan concerns the area', async () => {
    const html = await container.renderToString(PlanItems, { props: { rows: [], goals: [] } });
    expect(html).toContain('Inga delar av handlingsplanerna gäller det här fokusområdet ännu.');
    expect(html).not.toContain('<h3');
  });
});
