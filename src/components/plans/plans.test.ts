import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { servicesOf, withServiceSlugs } from '../../lib/plans/plans.ts';
import type { Plan, PlanRow } from '../../schemas/plan.ts';
import PlanArticle from './PlanArticle.astro';
import PlanFacts from './PlanFacts.astro';
import PlanFollowUps from './PlanFollowUps.astro';
import PlanList from './PlanList.astro';
import PlanMatrix from './PlanMatrix.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const ROWS: PlanRow[] = [
  {
    area: 'Skolnärvaro',
    services: ['Skola', 'Socialtjänst'],
    goal: 'Fler elever i skolan',
    measure: 'Frånvaro',
    activity: 'Rutiner för samverkan',
    done: '2017',
  },
  { area: 'Hälsosamtal', services: ['Skola'], goal: 'Tidig upptäckt', activity: 'Digitalt stöd', status: 'pagar' },
  { area: 'BHV och förskola', services: ['Förskola'], goal: 'Tidig insats', activity: 'Formuläret', done: '2018' },
];
const services = servicesOf(ROWS);
const rows = withServiceSlugs(ROWS, services);
const matrixProps = { planId: 'plan-a', planTitle: 'Plan A', rows, services, siteName: 'Webbplatsen' };

/** The opening tags of the table's body rows (each carries its services), in order. */
const bodyRows = (html: string) => [...html.matchAll(/<div\b[^>]*\bdata-services="[^"]*"[^>]*>/g)].map((m) => m[0]);

describe('PlanMatrix', () => {
  it('renders a table named by its caption, with six column headers and the area as each row’s header', async () => {
    const html = await container.renderToString(PlanMatrix, { props: matrixProps });
    const captionId = /role="table" aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(html).toMatch(new RegExp(`<p[^>]* id="${captionId}"[^>]*>[^<]+</p>`));
    const headers = [...html.matchAll(/role="columnheader"[^>]*>([^<]+)</g)].map((m) => m[1]?.trim());
    expect(headers).toEqual(['Område', 'Verksamheter', 'Mål', 'Mått', 'Aktivitet', 'Genomfört']);
    const rowHeaders = [...html.matchAll(/role="rowheader"[^>]*>[\s\S]*?<\/span>([^<]+)<\/div>/g)].map((m) =>
      m[1]?.trim(),
    );
    expect(rowHeaders).toEqual(['Skolnärvaro', 'Hälsosamtal', 'BHV och förskola']);
  });

  it('gives every cell a label for the card layout, hidden from screen readers that hear the column header', async () => {
    const html = await container.renderToString(PlanMatrix, { props: matrixProps });
    const labels = html.match(/<span class="cell-label" aria-hidden="true"[^>]*>/g) ?? [];
    expect(labels).toHaveLength(rows.length * 6);
  });

  it('is a table by its roles alone, on elements where the HTML standard allows them, so the cards stay a table', async () => {
    const html = await container.renderToString(PlanMatrix, { props: matrixProps });
    expect(html).toMatch(/<div[^>]*role="table"/);
    expect(html.match(/<div[^>]*role="row"/g)).toHaveLength(rows.length + 1);
    expect(html.match(/<div[^>]*role="rowheader"/g)).toHaveLength(rows.length);
    expect(html.match(/<div[^>]*role="cell"/g)).toHaveLength(rows.length * 5);
    // A role on a <tr>, <th> or <td> inside a <table> is invalid HTML (the Nu HTML Checker rejects it).
    expect(html).not.toMatch(/<(table|thead|tbody|tr|th|td)\b/);
  });

  it('marks empty cells so the card layout can leave them out, and shows a row’s status', async () => {
    const html = await container.renderToString(PlanMatrix, { props: matrixProps });
    // Two rows have no measure; the row without a done date has a status, so its cell is not empty.
    expect(html.match(/class="[^"]*\bis-empty\b[^"]*"/g)).toHaveLength(2);
    expect(html).toContain('Status: Pågår');
  });

  it('links the CSV file and every service’s filter page, with the number of rows', async () => {
    const html = await container.renderToString(PlanMatrix, { props: matrixProps });
    expect(html).toContain('href="/handlingsplaner/plan-a.csv"');
    expect(html).toContain('href="/handlingsplaner/plan-a/#matris"');
    expect(html).toMatch(/href="\/handlingsplaner\/plan-a\/verksamhet\/skola\/#matris"[^>]*>\s*Skola: 2 rader\s*</);
    expect(html).toMatch(/href="\/handlingsplaner\/plan-a\/verksamhet\/forskola\/#matris"[^>]*>\s*Förskola: 1 rad\s*</);
  });

  it('shows every row on the plan’s page and marks "all services" as the current filter', async () => {
    const html = await container.renderToString(PlanMatrix, { props: matrixProps });
    expect(bodyRows(html).every((tr) => !/\bhidden\b/.test(tr))).toBe(true);
    expect(html).toMatch(/<a href="\/handlingsplaner\/plan-a\/#matris" aria-current="page"/);
    expect(html).toMatch(/role="status"[^>]*>\s*Visar alla 3 rader\.\s*</);
  });

  it('hides the other services’ rows on a filter page and says how many rows are shown', async () => {
    const skola = services.find((s) => s.slug === 'skola');
    const html = await container.renderToString(PlanMatrix, { props: { ...matrixProps, current: skola } });
    expect(bodyRows(html).map((tr) => /\bhidden\b/.test(tr))).toEqual([false, false, true]);
    expect(html).toMatch(/href="\/handlingsplaner\/plan-a\/verksamhet\/skola\/#matris" aria-current="page"/);
    expect(html).toMatch(/role="status"[^>]*>\s*Visar 2 av 3 rader: verksamheten Skola\.\s*</);
  });

  it('gives the script each filter’s count and tab title, so it needs no strings of its own', async () => {
    const html = await container.renderToString(PlanMatrix, { props: matrixProps });
    expect(html).toContain('data-count="Visar 1 av 3 rader: verksamheten Förskola."');
    expect(html).toContain('data-title="Plan A, verksamheten Förskola – Webbplatsen"');
    expect(html).toContain('data-services="skola socialtjanst"');
  });

  it('offers no filter when the matrix names only one service', async () => {
    const one = withServiceSlugs([ROWS[1]!], servicesOf([ROWS[1]!]));
    const html = await container.renderToString(PlanMatrix, {
      props: { ...matrixProps, rows: one, services: servicesOf([ROWS[1]!]) },
    });
    expect(html).not.toContain('matrix-filter');
    expect(html).toContain('href="/handlingsplaner/plan-a.csv"');
  });

  it('has no inline event handlers or style attributes, which the Content-Security-Policy forbids', async () => {
    const html = await container.renderToString(PlanMatrix, { props: matrixProps });
    expect(html).not.toMatch(/\son[a-z]+=|\sstyle=/i);
  });
});

const PLAN: Plan = {
  title: 'Handlingsplan 2017',
  summary: 'Vad länet gör.',
  period: { start: 2016, end: 2017 },
  owner: 'Strategigruppen',
  revised: '2016-10-21',
  signatories: [{ name: 'Anna Ek', title: 'direktör', organisation: 'Regionen' }, { name: 'Bo Ek' }],
  rows: ROWS,
  goals: [
    {
      title: 'Ett långt mål om föräldraskapsstöd.',
      short: 'Föräldraskapsstöd',
      focusAreas: ['psykisk-halsa'],
      followUps: [
        { year: 2022, results: ['Resultat 2022'] },
        { year: 2021, changes: ['Ändring'], hard: ['Svårt'], milestones: ['Milstolpe'] },
      ],
    },
    { title: 'Ett mål utan uppföljning' },
  ],
  links: [{ title: 'Överenskommelsen', url: 'https://example.se/a' }],
};

describe('PlanFacts', () => {
  it('shows period, owner, revision date and every signatory', async () => {
    const html = await container.renderToString(PlanFacts, { props: { plan: PLAN } });
    expect(html).toContain('2016–2017');
    expect(html).toContain('Strategigruppen');
    expect(html).toMatch(/<time datetime="2016-10-21"[^>]*>21 oktober 2016<\/time>/);
    expect(html).toMatch(/<li[^>]*>Anna Ek, direktör, Regionen<\/li>/);
    expect(html).toMatch(/<li[^>]*>Bo Ek<\/li>/);
  });

  it('leaves out revision date and signatories when the plan has none', async () => {
    const html = await container.renderToString(PlanFacts, {
      props: { plan: { period: { start: 2021, end: 2021 }, owner: 'Sektionen' } },
    });
    expect(html).not.toContain('Reviderad');
    expect(html).not.toContain('Underskrifter');
  });
});

describe('PlanFollowUps', () => {
  const render = () =>
    container.renderToString(PlanFollowUps, {
      props: { goals: PLAN.goals!, focusAreaNames: new Map([['psykisk-halsa', 'Psykisk hälsa']]) },
    });

  it('gives each goal, year and part a heading in order, and the points as lists', async () => {
    const html = await render();
    const headings = [...html.matchAll(/<h(\d)[^>]*>([^<]+)<\/h\d>/g)].map((m) => `h${m[1]} ${m[2]?.trim()}`);
    expect(headings).toEqual([
      'h2 Mål och uppföljning',
      'h3 Föräldraskapsstöd',
      'h4 Uppföljning 2021',
      'h5 Genomförda förändringar',
      'h5 Vad har varit svårt?',
      'h5 Viktiga milstolpar',
      'h4 Uppföljning 2022',
      'h5 Resultat',
      'h3 Ett mål utan uppföljning',
    ]);
    expect(html).toMatch(/<ul[^>]*>\s*<li[^>]*>Ändring<\/li>\s*<\/ul>/);
  });

  it('shows the goal in full under its short name, with its focus areas by name', async () => {
    const html = await render();
    expect(html).toContain('Ett långt mål om föräldraskapsstöd.');
    expect(html).toContain('Psykisk hälsa');
  });

  it('says so when a goal has no follow-up yet', async () => {
    expect(await render()).toContain('Ingen uppföljning av målet är publicerad ännu.');
  });
});

describe('PlanList', () => {
  it('links each plan by its title and shows period, owner and summary', async () => {
    const html = await container.renderToString(PlanList, { props: { plans: [{ id: 'plan-a', data: PLAN }] } });
    expect(html).toMatch(/<h2[^>]*>\s*<a href="\/handlingsplaner\/plan-a\/"[^>]*>Handlingsplan 2017<\/a>/);
    expect(html).toContain('2016–2017');
    expect(html).toContain('Strategigruppen');
    expect(html).toContain('Vad länet gör.');
  });

  it('says so when there are no plans', async () => {
    const html = await container.renderToString(PlanList, { props: { plans: [] } });
    expect(html).toContain('Det finns inga publicerade handlingsplaner ännu.');
  });
});

describe('PlanArticle', () => {
  const props = {
    id: 'plan-a',
    plan: PLAN,
    rows,
    services,
    focusAreaNames: new Map<string, string>(),
    contacts: [{ id: 'anna', data: { name: 'Anna Ek', organisation: 'Regionen', email: 'anna@example.se' } }],
    siteName: 'Webbplatsen',
  };

  it('has the plan’s title, exactly, as its one h1, then the text, the matrix, the goals, links and contacts', async () => {
    const html = await container.renderToString(PlanArticle, { props, slots: { default: '<p>Brödtexten</p>' } });
    expect(html.match(/<h1[^>]*>([^<]*)<\/h1>/g)).toEqual([expect.stringMatching(/>Handlingsplan 2017<\/h1>$/)]);
    const order = [
      'Brödtexten',
      'id="matris"',
      'id="mal"',
      'Länkar',
      'href="https://example.se/a"',
      'Kontakt',
      'mailto:anna@example.se',
    ];
    const positions = order.map((text) => html.indexOf(text));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('leaves out the matrix of a plan that has only goals', async () => {
    const html = await container.renderToString(PlanArticle, {
      props: { ...props, plan: { ...PLAN, rows: undefined }, rows: [], services: [], contacts: [] },
    });
    expect(html).not.toContain('id="matris"');
    expect(html).not.toContain('.csv');
    expect(html).toContain('id="mal"');
  });
});
