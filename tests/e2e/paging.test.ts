/**
 * Lists cut into pages, on a site large enough to need them: a synthetic corpus (the benchmark's,
 * src/lib/build/bench/corpus.ts) of 110 meetings and team stories in rounds of 3 meetings (so the
 * about page has more rounds than a page holds), and 45 more meetings that concern one focus area and
 * the county, built by scripts/build.ts. Every published entry, and every round, is on exactly one
 * page of its list; page links, titles and the combined filter
 * (which fetches the other pages) work; hubs and the calendar show their first items and link to
 * the full lists; the pages are accessible.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeCorpus } from '../../src/lib/build/bench/corpus.ts';
import { splitByToday, type MeetingEntry } from '../../src/lib/meetings/meetings.ts';
import type { HubMeeting } from '../../src/lib/hubs/hubs.ts';
import { meetingsOfFocusArea, meetingsOfMunicipality } from '../../src/lib/hubs/relations.ts';
import {
  CALENDAR_MEETINGS,
  HUB_ITEMS,
  MEETINGS_PER_PAGE,
  ROUNDS_PER_PAGE,
  TEAMS_PER_PAGE,
} from '../../src/lib/routing/paging.ts';
import { seriesAnchor, sortSeries } from '../../src/lib/site/about.ts';
import { todayInStockholm } from '../../src/lib/dates/stockholm-time.ts';
import { pageAddress, pageRoutes, representativePages } from '../../src/lib/routing/page-routes.ts';
import { htmlPages } from '../../src/lib/build/page-weight.ts';
import { openPage, site } from './harness.ts';
import { expectPerfectScores, FORM_FACTORS, startLighthouse, type Lighthouse } from './lighthouse.ts';
import { serve } from './server.ts';
import { buildSite } from '../fixtures/build-site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'basta-paging-'));
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');
let server: Server | undefined;
let baseUrl = '';

/** The published entries of a collection folder of the corpus: id and front matter. */
function publishedEntries(folder: string): Array<{ id: string; data: Record<string, unknown> }> {
  return readdirSync(path.join(content, folder))
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const text = readFileSync(path.join(content, folder, name), 'utf8');
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
      return { id: name.replace(/\.mdx?$/, ''), data };
    })
    .filter((entry) => entry.data.draft !== true);
}

/** Meetings per generated round: 55 meetings make 19 rounds, with the 2 shipped ones 21, three pages of /om/. */
const SERIES_SIZE = 3;

/** Meetings added to the corpus that concern psykisk-halsa and hela-lanet, so their hubs need pages. */
const EXTRA_MEETINGS = 45;

const asMeetings = (entries: ReturnType<typeof publishedEntries>) => entries as unknown as HubMeeting[];
const asTeams = (entries: ReturnType<typeof publishedEntries>) =>
  entries as unknown as Parameters<typeof meetingsOfFocusArea>[2];

beforeAll(async () => {
  writeCorpus(path.join(root, 'content'), content, 110, { format: 'md', seriesSize: SERIES_SIZE });
  // Clone a meeting that concerns both hubs, outside any series, on dates of its own.
  const teams = asTeams(publishedEntries('teams'));
  const template = asMeetings(publishedEntries('meetings')).find(
    (meeting) =>
      meetingsOfFocusArea('psykisk-halsa', [meeting], teams).length === 1 &&
      meetingsOfMunicipality('hela-lanet', [meeting], teams).length === 1,
  );
  if (!template) throw new Error('the corpus has no meeting for psykisk-halsa and hela-lanet');
  const text = readFileSync(path.join(content, 'meetings', `${template.id}.md`), 'utf8')
    .replace(/^series: .*\n/m, '')
    .replace(/^session: .*\n/m, '');
  for (let k = 0; k < EXTRA_MEETINGS; k++) {
    const date = new Date(Date.UTC(2031, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(
      path.join(content, 'meetings', `${date}-extra-${k}.md`),
      text.replace(/^date: .*$/m, `date: ${date}`),
    );
  }
  const build = buildSite({ outDir, contentDir: content, cacheDir: path.join(work, 'cache') });
  if (build.status !== 0) throw new Error(`The build failed:\n${build.log}`);
  const served = await serve(outDir);
  server = served.server;
  baseUrl = served.baseUrl;
});

afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  rmSync(work, { recursive: true, force: true });
});

/** Opens a page of the paged site without scripts and returns what `read` finds there. */
async function withPage<T>(
  pathname: string,
  read: (page: Awaited<ReturnType<typeof openPage>>['page']) => Promise<T>,
  javaScript = false,
): Promise<T> {
  const opened = await openPage(pathname, { baseUrl, javaScript });
  try {
    return await read(opened.page);
  } finally {
    await opened.close();
  }
}

const cardLinks = (page: Awaited<ReturnType<typeof openPage>>['page']) =>
  page.$$eval('[data-team-cards] > li:not([hidden]) .team-card-name a', (links) =>
    links.map((link) => link.getAttribute('href')),
  );

/** Follows a list's "next page" links from its first page; returns each page's path and what `read` found. */
async function walkList<T>(
  first: string,
  read: (page: Awaited<ReturnType<typeof openPage>>['page']) => Promise<T>,
): Promise<Array<{ path: string; title: string; found: T }>> {
  const pages: Array<{ path: string; title: string; found: T }> = [];
  const links: string[] = [];
  let next: string | null = first;
  while (next) {
    const current: string = next;
    const visited = await withPage(current, async (page) => ({
      title: await page.title(),
      found: await read(page),
      next: await page
        .$eval('nav[data-pagination] a[rel="next"]', (link) => link.getAttribute('href'))
        .catch(() => null),
      links: await page.$$eval('nav[data-pagination] a', (links) => links.map((link) => link.getAttribute('href'))),
    }));
    pages.push({ path: current, title: visited.title, found: visited.found });
    links.push(...visited.links.map((link) => `${current} → ${link}`));
    next = visited.next;
    if (pages.length > 50) throw new Error('the page links go round in a circle');
  }
  // Every page link of every page leads to a page of the same list.
  const paths = new Set(pages.map((page) => page.path));
  expect(links.filter((link) => !paths.has(link.split(' → ')[1] ?? ''))).toEqual([]);
  return pages;
}

describe('the team stories cut into pages', () => {
  it(`list every published team exactly once, at most ${TEAMS_PER_PAGE} a page, each page with its own title`, async () => {
    const teams = publishedEntries('teams');
    expect(teams.length).toBeGreaterThan(2 * TEAMS_PER_PAGE);
    const pages = await walkList('/exempel/', cardLinks);
    const count = Math.ceil(teams.length / TEAMS_PER_PAGE);
    expect(pages.map((page) => page.path)).toEqual([
      '/exempel/',
      ...Array.from({ length: count - 1 }, (_, i) => `/exempel/sida/${i + 2}/`),
    ]);
    for (const page of pages) expect(page.found.length).toBeLessThanOrEqual(TEAMS_PER_PAGE);
    const listed = pages.flatMap((page) => page.found);
    expect([...listed].sort()).toEqual(teams.map((team) => `/exempel/${team.id}/`).sort());
    expect(pages[1]?.title).toMatch(new RegExp(`^Goda exempel, sida 2 av ${count} – `));
    expect(new Set(pages.map((page) => page.title)).size).toBe(pages.length);
  });

  it('mark the current page and link the previous one', async () => {
    const nav = await withPage('/exempel/sida/2/', async (page) => ({
      current: await page.locator('nav[data-pagination] a[aria-current="page"]').getAttribute('href'),
      previous: await page.locator('nav[data-pagination] a[rel="prev"]').getAttribute('href'),
      heading: await page.locator('h1').textContent(),
    }));
    expect(nav).toMatchObject({ current: '/exempel/sida/2/', previous: '/exempel/' });
    expect(nav.heading).toMatch(/^Goda exempel, sida 2 av \d+$/);
  });

  it('on the filter pages too: each filter page and its later pages hold exactly its teams', async () => {
    const teams = publishedEntries('teams');
    const municipalities = [...new Set(teams.flatMap((team) => team.data.municipalities as string[]))];
    const focusAreas = [...new Set(teams.flatMap((team) => team.data.focusAreas as string[]))];
    const statuses = [...new Set(teams.map((team) => team.data.status as string))];
    const filters = [
      ...municipalities.map((id) => ({ path: `/exempel/kommun/${id}/`, key: 'municipalities', id })),
      ...focusAreas.map((id) => ({ path: `/exempel/fokusomrade/${id}/`, key: 'focusAreas', id })),
      ...statuses.map((id) => ({ path: `/exempel/status/${id}/`, key: 'status', id })),
    ];
    let paged = 0;
    for (const filter of filters) {
      const pages = await walkList(filter.path, cardLinks);
      if (pages.length > 1) paged += 1;
      const expected = teams.filter((team) => [team.data[filter.key]].flat().includes(filter.id));
      expect(pages.flatMap((page) => page.found).sort(), filter.path).toEqual(
        expected.map((team) => `/exempel/${team.id}/`).sort(),
      );
    }
    // The corpus is large enough that some filter has more than one page.
    expect(paged).toBeGreaterThan(0);
  });

  it('the combined filter fetches the other pages, so it chooses among every team, in list order', async () => {
    const teams = publishedEntries('teams');
    const focus = 'psykisk-halsa';
    const wanted = new Set(
      teams.filter((team) => (team.data.focusAreas as string[]).includes(focus)).map((team) => `/exempel/${team.id}/`),
    );
    // The order of the list as the pages show it without JavaScript, kept to the chosen teams.
    const order = (await walkList('/exempel/', cardLinks)).flatMap((page) => page.found);
    const expected = order.filter((href) => href !== null && wanted.has(href));
    const opened = await openPage('/exempel/', { baseUrl });
    try {
      const { page } = opened;
      await page.selectOption('#filter-fokus', focus);
      await page.waitForFunction(() => document.querySelector('[data-pagination]')?.hasAttribute('hidden'));
      await expect
        .poll(() => page.locator('[data-team-count]').textContent())
        .toBe(`Visar ${expected.length} av ${teams.length} exempel.`);
      expect(await cardLinks(page)).toEqual(expected);
      expect(await page.locator('[data-team-cards] > li').count()).toBe(teams.length);
      expect(new URL(page.url()).search).toBe(`?fokus=${focus}`);
      const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('offers the filter links, not the combined filter, on later pages, marked as the current list', async () => {
    const later = await withPage(
      '/exempel/sida/2/',
      async (page) => ({
        form: await page.locator('form[data-team-filter]').count(),
        links: await page.locator('nav[data-filter-links]').isVisible(),
        all: await page.locator('nav[data-filter-links] a[href="/exempel/"]').getAttribute('aria-current'),
      }),
      true,
    );
    expect(later).toEqual({ form: 0, links: true, all: 'true' });
  });

  it('says so, and chooses among this page only, when the other pages cannot be fetched', async () => {
    const opened = await openPage('/exempel/', { baseUrl });
    try {
      const { page } = opened;
      await page.route('**/exempel/sida/**', (route) => route.abort());
      const onPage = (await cardLinks(page)).length;
      await page.selectOption('#filter-fokus', '');
      await page.selectOption('#filter-status', 'infort');
      await expect.poll(() => page.locator('[data-team-count]').textContent()).toContain('kunde inte hämtas');
      expect(await page.locator('[data-team-cards] > li').count()).toBe(onPage);
      expect(await page.locator('nav[data-pagination]').isVisible()).toBe(true);
    } finally {
      await opened.close();
    }
  });

  it('the filter in the address is applied over every page when the page opens', async () => {
    const teams = publishedEntries('teams');
    const expected = teams.filter((team) => team.data.status === 'infort');
    const shown = await withPage(
      '/exempel/?status=infort',
      async (page) => {
        await page.waitForFunction(() => document.querySelector('[data-pagination]')?.hasAttribute('hidden'));
        return cardLinks(page);
      },
      true,
    );
    expect(shown.sort()).toEqual(expected.map((team) => `/exempel/${team.id}/`).sort());
  });
});

describe('the archive cut into pages', () => {
  it(`lists every published meeting exactly once, at most ${MEETINGS_PER_PAGE} a page`, async () => {
    const meetings = publishedEntries('meetings');
    expect(meetings.length).toBeGreaterThan(MEETINGS_PER_PAGE);
    const pages = await walkList('/traffar/', (page) =>
      page.$$eval('.meeting-list a[href^="/traffar/"]', (links) => links.map((link) => link.getAttribute('href'))),
    );
    const count = Math.ceil(meetings.length / MEETINGS_PER_PAGE);
    expect(pages.map((page) => page.path)).toEqual([
      '/traffar/',
      ...Array.from({ length: count - 1 }, (_, i) => `/traffar/sida/${i + 2}/`),
    ]);
    for (const page of pages) expect(page.found.length).toBeLessThanOrEqual(MEETINGS_PER_PAGE);
    expect(
      pages
        .flatMap((page) => page.found)
        .slice()
        .sort(),
    ).toEqual(meetings.map((meeting) => `/traffar/${meeting.id}/`).sort());
    expect(pages[1]?.title).toMatch(new RegExp(`^Träffar och rapporter, sida 2 av ${count} – `));
  });
});

describe('the about page’s rounds cut into pages', () => {
  it(`show every round exactly once, the first one first, at most ${ROUNDS_PER_PAGE} a page`, async () => {
    const rounds = sortSeries(publishedEntries('series') as unknown as Parameters<typeof sortSeries>[0]);
    expect(rounds.length).toBeGreaterThan(2 * ROUNDS_PER_PAGE);
    const pages = await walkList('/om/', async (page) => ({
      rounds: await page.$$eval('main section.round', (sections) => sections.map((section) => section.id)),
      heading: await page.locator('h1').textContent(),
    }));
    const count = Math.ceil(rounds.length / ROUNDS_PER_PAGE);
    expect(pages.map((page) => page.path)).toEqual([
      '/om/',
      ...Array.from({ length: count - 1 }, (_, i) => `/om/sida/${i + 2}/`),
    ]);
    for (const page of pages) expect(page.found.rounds.length).toBeLessThanOrEqual(ROUNDS_PER_PAGE);
    expect(pages.flatMap((page) => page.found.rounds)).toEqual(rounds.map((round) => seriesAnchor(round.id)));
    expect(pages.map((page) => page.found.heading)).toEqual([
      'Om nätverket',
      ...Array.from({ length: count - 1 }, (_, i) => `Om nätverket, sida ${i + 2} av ${count}`),
    ]);
    expect(pages[1]?.title).toMatch(new RegExp(`^Om nätverket, sida 2 av ${count} – `));
    expect(new Set(pages.map((page) => page.title)).size).toBe(pages.length);
  });

  it('keep the focus areas on the first page only', async () => {
    const focusAreas = (pathname: string) => withPage(pathname, (page) => page.locator('main .focus-areas').count());
    expect([await focusAreas('/om/'), await focusAreas('/om/sida/2/')]).toEqual([1, 0]);
  });
});

describe('hubs and the calendar', () => {
  it(`a focus area's hub shows ${HUB_ITEMS} team stories and links all of them`, async () => {
    const teams = publishedEntries('teams').filter((team) =>
      (team.data.focusAreas as string[]).includes('psykisk-halsa'),
    );
    expect(teams.length).toBeGreaterThan(HUB_ITEMS);
    const hub = await withPage('/fokusomraden/psykisk-halsa/', async (page) => ({
      cards: (await cardLinks(page)).length,
      link: await page.locator('#exempel ~ .more-note a').getAttribute('href'),
      text: await page.locator('#exempel ~ .more-note').textContent(),
    }));
    expect(hub.cards).toBe(HUB_ITEMS);
    expect(hub.link).toBe('/exempel/fokusomrade/psykisk-halsa/');
    expect(hub.text).toContain(`Här visas ${HUB_ITEMS} av ${teams.length} exempel.`);
  });

  it.each([
    ['fokusomraden', 'psykisk-halsa', 'Psykisk hälsa', meetingsOfFocusArea],
    ['kommuner', 'hela-lanet', 'Hela länet', meetingsOfMunicipality],
  ] as const)(
    `the hub /%s/%s/ shows its ${HUB_ITEMS} latest meetings and links pages with all of them`,
    async (kind, id, name, concerning) => {
      const meetings = concerning(id, asMeetings(publishedEntries('meetings')), asTeams(publishedEntries('teams')));
      expect(meetings.length).toBeGreaterThan(MEETINGS_PER_PAGE);
      const hub = await withPage(`/${kind}/${id}/`, async (page) => ({
        listed: await page.$$eval('#traffar ~ .meeting-list a', (links) =>
          links.map((link) => link.getAttribute('href')),
        ),
        link: await page.locator('#traffar ~ .more-note a').getAttribute('href'),
      }));
      const urls = meetings.map((meeting) => `/traffar/${meeting.id}/`);
      expect(hub.listed).toEqual(urls.slice(0, HUB_ITEMS));
      expect(hub.link).toBe(`/${kind}/${id}/traffar/`);
      const pages = await walkList(hub.link as string, async (page) => ({
        links: await page.$$eval('main .meeting-list a', (links) => links.map((link) => link.getAttribute('href'))),
        dates: await page.$$eval('main .meeting-list time', (times) =>
          times.map((time) => time.getAttribute('datetime')),
        ),
      }));
      expect(pages.map((page) => page.path)).toEqual([`/${kind}/${id}/traffar/`, `/${kind}/${id}/traffar/sida/2/`]);
      expect(pages.flatMap((page) => page.found.links)).toEqual(urls);
      // Newest first, across the pages.
      const dates = pages.flatMap((page) => page.found.dates) as string[];
      expect(dates).toEqual([...dates].sort().reverse());
      expect(pages.map((page) => page.title)).toEqual([
        expect.stringMatching(new RegExp(`^Träffar: ${name} – `)),
        expect.stringMatching(new RegExp(`^Träffar: ${name}, sida 2 av 2 – `)),
      ]);
    },
  );

  it('a hub with no more meetings than it shows has no link and no meeting pages', async () => {
    const meetings = meetingsOfFocusArea(
      'fullfoljda-studier',
      asMeetings(publishedEntries('meetings')),
      asTeams(publishedEntries('teams')),
    );
    expect(meetings.length).toBeLessThanOrEqual(HUB_ITEMS);
    const hub = await withPage('/fokusomraden/fullfoljda-studier/', async (page) => ({
      notes: await page.locator('#traffar ~ .more-note').count(),
      pages: (await page.request.get(new URL('/fokusomraden/fullfoljda-studier/traffar/', baseUrl).href)).status(),
    }));
    expect(hub).toEqual({ notes: 0, pages: 404 });
  });

  it('the calendar shows the nearest and the latest meetings and sends to the archive for the rest', async () => {
    const { upcoming, past } = splitByToday(
      publishedEntries('meetings') as unknown as MeetingEntry[],
      todayInStockholm(new Date()),
    );
    const calendar = await withPage('/kalender/', (page) =>
      page.$$eval('main section', (sections) =>
        sections.map((section) => ({
          heading: section.querySelector('h2')?.textContent,
          listed: section.querySelectorAll('.meeting-list > li').length,
          note: section.querySelector('.more-note a')?.getAttribute('href') ?? null,
        })),
      ),
    );
    const section = (heading: string) => calendar.find((s) => s.heading === heading);
    for (const [heading, list] of [
      ['Kommande träffar', upcoming],
      ['Tidigare träffar', past],
    ] as const) {
      expect(section(heading), heading).toEqual({
        heading,
        listed: Math.min(list.length, CALENDAR_MEETINGS),
        note: list.length > CALENDAR_MEETINGS ? '/traffar/' : null,
      });
    }
    // The corpus has more meetings than the calendar shows, so a note is there.
    expect(upcoming.length + past.length).toBeGreaterThan(2 * CALENDAR_MEETINGS);
  });
});

describe.each([
  '/exempel/sida/2/',
  '/traffar/sida/2/',
  '/om/sida/2/',
  '/fokusomraden/psykisk-halsa/',
  '/fokusomraden/psykisk-halsa/traffar/sida/2/',
  '/kalender/',
])('the page %s of the paged site', (pathname) => {
  it('has no axe violations, no console errors and fits a phone', async () => {
    const opened = await openPage(pathname, { baseUrl, width: 360 });
    try {
      const results = await new AxeBuilder({ page: opened.page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      const overflow = await opened.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await opened.close();
    }
  });
});

describe('Lighthouse on the page types that only a large site has', () => {
  // tests/e2e/lighthouse.test.ts measures every route the shipped site has a page of; the later
  // pages of long lists and the hubs' meeting lists exist only here.
  const routes = pageRoutes(path.join(root, 'src/pages'));
  const shipped = representativePages(routes, htmlPages(site.outDir).map(pageAddress));
  const onlyHere = routes.filter((route) => !shipped.has(route.route)).map((route) => route.route);
  const pageHere = (route: string) => representativePages(routes, htmlPages(outDir).map(pageAddress)).get(route);

  let lh: Lighthouse;
  beforeAll(async () => {
    lh = await startLighthouse(inject('browserPath'));
  });
  afterAll(() => lh?.close());

  it("are the later pages of the lists and the hubs' meeting lists, each with a page on this site", () => {
    expect(onlyHere).toEqual(
      expect.arrayContaining(['/traffar/sida/[page]/', '/exempel/sida/[page]/', '/om/sida/[page]/']),
    );
    expect(onlyHere.filter((route) => pageHere(route) === undefined)).toEqual([]);
  });

  describe.each(onlyHere)('the page type %s', (route) => {
    it.each(FORM_FACTORS)('scores 100 in every category in Lighthouse on %s', async (formFactor) => {
      const address = pageHere(route);
      expect(address, `no page of ${route}`).toBeDefined();
      await expectPerfectScores(lh, new URL(address as string, baseUrl).href, formFactor);
    });
  });
});
