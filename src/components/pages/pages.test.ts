import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessibilityStatement, DIGG_REPORT_URL } from '../../lib/site/accessibility.ts';
import AccessibilityStatement from './AccessibilityStatement.astro';
import Round from './Round.astro';
import RoundList from './RoundList.astro';
import type { RoundText } from '../../lib/content/series-text.ts';
import { ROUNDS_PER_PAGE, type ListPage } from '../../lib/routing/paging.ts';
import { roundPages } from '../../lib/site/about.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const SITE = { name: 'Bästa platsen', description: 'Träffar och goda exempel.', owner: 'Regionen' };
const GAP = {
  title: 'Intervju med Göran',
  url: 'https://vimeo.com/1',
  page: { title: 'Goda exempel', url: '/traffar/2020-09-21-goda-exempel/' },
};
const COMPLETE = {
  compliance: 'delvis',
  method: 'Självskattning med automatiska och manuella tester.',
  assessed: '2024-05-01',
  feedbackEmail: 'tillganglighet@example.se',
} as const;

const headingsOf = (html: string) =>
  [...html.matchAll(/<h(\d)[^>]*>([^<]+)<\/h\d>/g)].map((m) => `h${m[1]} ${m[2]?.trim()}`);

describe('AccessibilityStatement', () => {
  const render = (statement: ReturnType<typeof accessibilityStatement>, updated?: string, address?: string) =>
    container.renderToString(AccessibilityStatement, {
      props: { statement, updated, address, settingsFile: 'content/site.yaml' },
    });

  it('has the sections of DIGG’s model, in order, under one h1', async () => {
    const html = await render(accessibilityStatement(SITE, [GAP]));
    expect(headingsOf(html)).toEqual([
      'h1 Tillgänglighet för Bästa platsen',
      'h2 Hur tillgänglig är webbplatsen?',
      'h2 Vad kan du göra om du inte kan använda delar av webbplatsen?',
      'h2 Rapportera brister i webbplatsens tillgänglighet',
      'h2 Tillsyn',
      'h2 Teknisk information om webbplatsens tillgänglighet',
      'h2 Innehåll som inte är tillgängligt',
      'h3 Bristande förenlighet med lagkraven',
      'h2 Hur vi har testat webbplatsen',
    ]);
  });

  it('names the public body and the service, and links DIGG’s report form', async () => {
    const html = await render(accessibilityStatement(SITE, []), undefined, 'https://example.se/');
    expect(html).toContain('Regionen står bakom den här webbplatsen.');
    expect(html).toContain('Redogörelsen gäller webbplatsen Bästa platsen: Träffar och goda exempel.');
    expect(html).toContain('Webbplatsens adress är https://example.se/.');
    expect(html).toContain(`href="${DIGG_REPORT_URL}"`);
  });

  it('says plainly which data is not filled in yet, and where an editor fills it in', async () => {
    const html = await render(accessibilityStatement(SITE, []));
    for (const field of ['accessibility.compliance', 'feedback', 'accessibility.method', 'accessibility.assessed']) {
      expect(html).toContain(`data-missing="${field}"`);
    }
    expect(html).toContain('Uppgiften är inte ifylld ännu.');
    expect(html).toContain('fyll i fältet accessibility.feedbackEmail i content/site.yaml');
    expect(html).not.toContain('mailto:');
  });

  it('lists every video without captions with a link to the page that shows it', async () => {
    const other = {
      ...GAP,
      title: 'Loppet',
      url: 'https://youtu.be/abcdefg',
      page: { title: 'Ny omgång', url: '/traffar/2023-03-ny-omgang/' },
    };
    const html = await render(accessibilityStatement(SITE, [GAP, other]));
    expect(html).toMatch(/Intervju med Göran – <a href="\/traffar\/2020-09-21-goda-exempel\/"[^>]*>Goda exempel<\/a>/);
    expect(html).toMatch(/Loppet – <a href="\/traffar\/2023-03-ny-omgang\/"[^>]*>Ny omgång<\/a>/);
    expect(html).toContain('1.2.2');
  });

  it('says that no uncaptioned video is known when there is none', async () => {
    const html = await render(accessibilityStatement(SITE, []));
    expect(html).toContain('Vi känner inte till några filmer utan undertexter på webbplatsen.');
  });

  it('shows the filled-in data: level, feedback address, method, assessment date and last update', async () => {
    const html = await render(accessibilityStatement({ ...SITE, accessibility: COMPLETE }, [GAP]), '2024-06-02');
    expect(html).toContain('Webbplatsen är delvis förenlig med lagen');
    expect(html).toContain('href="mailto:tillganglighet@example.se"');
    expect(html).toContain(COMPLETE.method);
    expect(html).toMatch(/<time datetime="2024-05-01"[^>]*>1 maj 2024<\/time>/);
    expect(html).toMatch(/<time datetime="2024-06-02"[^>]*>2 juni 2024<\/time>/);
    expect(html).not.toContain('data-missing');
  });

  it('explains why a declared full compliance is shown as partial when there are known gaps', async () => {
    const html = await render(
      accessibilityStatement({ ...SITE, accessibility: { ...COMPLETE, compliance: 'full' } }, [GAP]),
    );
    expect(html).toContain('Webbplatsen är delvis förenlig med lagen');
    expect(html).toContain('I webbplatsens uppgifter står att den är helt förenlig med lagen.');
  });

  it('says when the date of the last update cannot be read', async () => {
    const html = await render(accessibilityStatement(SITE, []));
    expect(html).toContain('Datumet går inte att läsa ut i den här versionen av webbplatsen.');
  });
});

describe('Round', () => {
  it('shows the round’s name as a heading, its years and its text', async () => {
    const html = await container.renderToString(Round, {
      props: { id: 'runda', name: 'Bästa platsen att växa upp', years: '2020–2021' },
      slots: { default: '<h4>Bakgrund</h4>' },
    });
    expect(html).toMatch(/<section class="round" id="omgang-runda"/);
    expect(html).toMatch(/<h3[^>]*>Bästa platsen att växa upp<\/h3>/);
    expect(html).toContain('Period: 2020–2021');
    expect(html).toContain('<h4>Bakgrund</h4>');
  });

  it('gives the ids in its text the round’s id as a prefix, so two rounds’ "Bakgrund" do not clash', async () => {
    const texts = await Promise.all(
      ['runda-1', 'runda-2'].map((id) =>
        container.renderToString(Round, {
          props: { id, name: id, years: '2020' },
          slots: { default: '<h4 id="bakgrund">Bakgrund</h4><a href="#bakgrund">Till bakgrunden</a>' },
        }),
      ),
    );
    expect(texts[0]).toContain('<h4 id="omgang-runda-1-bakgrund">Bakgrund</h4>');
    expect(texts[0]).toContain('<a href="#omgang-runda-1-bakgrund">');
    expect(texts[1]).toContain('<h4 id="omgang-runda-2-bakgrund">Bakgrund</h4>');
  });
});

describe('RoundList', () => {
  const rounds = (n: number): RoundText[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `runda-${i + 1}`,
      name: `Omgång ${i + 1}`,
      years: '2020',
      html: `<p>Bakgrund ${i + 1}</p>`,
    }));
  const render = (page: ListPage<RoundText> | undefined) => container.renderToString(RoundList, { props: { page } });
  const roundHeadings = (html: string) => [...html.matchAll(/<h3[^>]*>([^<]+)<\/h3>/g)].map((m) => m[1]);

  it('shows every round and no page links while the rounds fit on one page', async () => {
    const html = await render(roundPages(rounds(2))[0]);
    expect(roundHeadings(html)).toEqual(['Omgång 1', 'Omgång 2']);
    expect(html).toContain('<p>Bakgrund 2</p>');
    expect(html).toContain('Nätverket har arbetat i omgångar.');
    expect(html).not.toContain('data-pagination');
    expect(html).not.toContain('Visar omgång');
  });

  it('says so when there are no rounds', async () => {
    expect(await render(roundPages([])[0])).toContain('Inga omgångar är beskrivna ännu.');
  });

  it('shows one page of many rounds, where it sits in the whole, and the page links', async () => {
    const all = rounds(2 * ROUNDS_PER_PAGE + 5);
    const html = await render(roundPages(all)[1]);
    expect(roundHeadings(html)).toEqual(all.slice(ROUNDS_PER_PAGE, 2 * ROUNDS_PER_PAGE).map((round) => round.name));
    expect(html).toContain(`Visar omgång ${ROUNDS_PER_PAGE + 1} till ${2 * ROUNDS_PER_PAGE} av ${all.length}.`);
    expect(html).toMatch(/<nav[^>]*aria-label="Sidor med omgångar"/);
    expect(html).toMatch(/href="\/om\/"[^>]*rel="prev"/);
    expect(html).toMatch(/href="\/om\/sida\/3\/"[^>]*rel="next"/);
  });
});
