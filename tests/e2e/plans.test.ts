/**
 * The action plans and the accessibility statement in the built site, checked against the content
 * files themselves (read here with the yaml package, not through the build): the CSV holds every
 * matrix row, the service filter works with and without JavaScript, the matrix fits a phone, and
 * the statement lists every video without captions.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtFile, openPage, site, type OpenedPage } from './harness.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const root = path.resolve(import.meta.dirname, '../..');

interface RowData {
  area: string;
  services: string[];
  goal: string;
  measure?: string;
  activity: string;
  done?: string;
  status?: 'pagar' | 'klar' | 'avbruten';
}

/** The front matter and text of every file in a content folder. */
function contentFiles(folder: string, extension = /\.mdx?$/) {
  const dir = path.join(root, 'content', folder);
  return readdirSync(dir)
    .filter((name) => extension.test(name))
    .map((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      return {
        id: name.replace(/\.[^.]+$/, ''),
        data: (parse(match?.[1] ?? '') ?? {}) as Record<string, unknown>,
        body: match?.[2] ?? '',
        mdx: name.endsWith('.mdx'),
      };
    })
    .filter((file) => file.data.draft !== true);
}

const plans = contentFiles('plans').map((file) => ({ ...file, rows: (file.data.rows ?? []) as RowData[] }));
const withRows = plans.filter((plan) => plan.rows.length > 0);
const STATUS_LABELS = { pagar: 'Pågår', klar: 'Klar', avbruten: 'Avbruten' } as const;

/** A cell as the CSV writes it: a cell a spreadsheet would run as a formula gets a leading apostrophe. */
const asWritten = (cell: string) => (/^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** The plan (with rows) and service to filter by: a service that some rows have and others not. */
function filterCase() {
  for (const plan of withRows) {
    const names = [...new Set(plan.rows.flatMap((row) => row.services))].sort((a, b) => a.localeCompare(b, 'sv'));
    for (const name of names) {
      const count = plan.rows.filter((row) => row.services.includes(name)).length;
      if (count < plan.rows.length) return { plan, name, count, total: plan.rows.length };
    }
  }
  return undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

async function withPage<T>(
  pathname: string,
  options: { javaScript?: boolean; width?: number },
  run: (opened: OpenedPage) => Promise<T>,
): Promise<T> {
  const opened = await openPage(pathname, options);
  try {
    return await run(opened);
  } finally {
    await opened.close();
  }
}

/** The areas of the matrix rows a visitor can see. */
const visibleAreas = (page: Page) =>
  page
    .locator('.matrix-body .matrix-row:visible [role="rowheader"]')
    .evaluateAll((cells) => cells.map((cell) => (cell.lastChild?.textContent ?? '').trim()));

const statusText = async (page: Page) => (await page.locator('[data-matrix-count]').textContent())?.trim();

describe('the shipped plans', () => {
  it('include a plan with a matrix whose services can be filtered', () => {
    expect(withRows.length).toBeGreaterThan(0);
    expect(filterCase()).toBeDefined();
  });
});

describe.each(withRows.map((plan) => [plan.id, plan] as const))('the CSV file of %s', (id, plan) => {
  const bytes = readFileSync(path.join(site.outDir, 'handlingsplaner', `${id}.csv`));
  const text = bytes.toString('utf8');

  it('is UTF-8 with a byte order mark, so Excel reads å, ä and ö', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain('Område');
  });

  it('holds every row of the matrix with the same cells, under a Swedish header', () => {
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...records] = parsed.data;
    expect(header).toEqual(['Område', 'Verksamheter', 'Mål', 'Mått', 'Aktivitet', 'Genomfört', 'Status']);
    const expected = plan.rows.map((row) =>
      [
        row.area,
        row.services.join('; '),
        row.goal,
        row.measure ?? '',
        row.activity,
        row.done ?? '',
        row.status ? STATUS_LABELS[row.status] : '',
      ].map((cell) => asWritten(String(cell))),
    );
    expect(records).toEqual(expected);
  });

  it('is linked from the plan’s page', () => {
    expect(builtFile(`handlingsplaner/${id}/index.html`)).toContain(`href="/handlingsplaner/${id}.csv"`);
  });
});

describe('the plans without a matrix', () => {
  it.each(plans.filter((plan) => plan.rows.length === 0).map((plan) => [plan.id]))(
    '%s has no CSV file and no link to one',
    (id) => {
      expect(() => builtFile(`handlingsplaner/${id}.csv`)).toThrow();
      expect(builtFile(`handlingsplaner/${id}/index.html`)).not.toContain('.csv"');
    },
  );
});

describe('the plan list', () => {
  it('links every published plan by its title', () => {
    const html = builtFile('handlingsplaner/index.html');
    for (const plan of plans) {
      expect(html).toContain(`href="/handlingsplaner/${plan.id}/"`);
      expect(html).toContain(String(plan.data.title));
    }
  });
});

describe('the service filter of the matrix', () => {
  const chosen = filterCase();
  const planPath = `/handlingsplaner/${chosen?.plan.id}/`;
  const rowsOfService = chosen?.plan.rows.filter((row) => row.services.includes(chosen.name)).map((row) => row.area);
  const allAreas = chosen?.plan.rows.map((row) => row.area);
  const filterLink = (page: Page) =>
    page.locator('nav.matrix-filter').getByRole('link', { name: new RegExp(`^${escapeRegExp(chosen?.name ?? '')}: `) });

  it('works without JavaScript: the link opens a page showing only that service’s rows', async () => {
    await withPage(planPath, { javaScript: false }, async ({ page }) => {
      expect(await visibleAreas(page)).toEqual(allAreas);
      await Promise.all([page.waitForURL(/\/verksamhet\/[a-z0-9-]+\/#matris$/), filterLink(page).click()]);
      expect(await visibleAreas(page)).toEqual(rowsOfService);
      expect(await statusText(page)).toBe(
        `Visar ${chosen?.count} av ${chosen?.total} rader: verksamheten ${chosen?.name}.`,
      );
      expect(await filterLink(page).getAttribute('aria-current')).toBe('page');
      // The page is the whole plan, with the plan's title as its heading.
      expect(await page.locator('h1').textContent()).toBe(chosen?.plan.data.title);
    });
  });

  it('works with JavaScript in place: rows filtered, count announced, address shareable, Back undoes it', async () => {
    await withPage(planPath, {}, async ({ page, consoleErrors }) => {
      // A marker on the window survives only if the page is not reloaded.
      await page.evaluate(() => Object.assign(window, { stillHere: true }));
      await filterLink(page).click();
      await page.waitForURL(/\/verksamhet\/[a-z0-9-]+\/#matris$/);
      expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
      expect(await visibleAreas(page)).toEqual(rowsOfService);
      const status = page.locator('[data-matrix-count]');
      expect(await status.getAttribute('role')).toBe('status');
      expect(await statusText(page)).toBe(
        `Visar ${chosen?.count} av ${chosen?.total} rader: verksamheten ${chosen?.name}.`,
      );
      expect(await filterLink(page).getAttribute('aria-current')).toBe('page');
      expect(await page.title()).toContain(chosen?.name);

      // The address is the filter page's: opened on its own it shows the same rows.
      const shared = new URL(page.url()).pathname;
      await withPage(shared, { javaScript: false }, async ({ page: other }) => {
        expect(await visibleAreas(other)).toEqual(rowsOfService);
      });

      await page.goBack();
      await page.waitForURL((url) => url.pathname === planPath);
      expect(await visibleAreas(page)).toEqual(allAreas);
      expect(await statusText(page)).toBe(`Visar alla ${chosen?.total} rader.`);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('has no axe violations once filtered in place', async () => {
    await withPage(planPath, { width: 360 }, async ({ page }) => {
      await filterLink(page).click();
      await page.waitForURL(/\/verksamhet\//);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  });
});

describe('the matrix on a 360 px wide phone', () => {
  const plan = withRows[0];
  const planPath = `/handlingsplaner/${plan?.id}/`;

  it('fits the screen: no sideways scrolling of the page, every row inside the screen', async () => {
    await withPage(planPath, { width: 360 }, async ({ page }) => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      const boxes = await page.locator('.matrix-body .matrix-row').evaluateAll((rows) =>
        rows.map((row) => {
          const box = row.getBoundingClientRect();
          return { left: box.left, right: box.right };
        }),
      );
      expect(boxes).toHaveLength(plan?.rows.length ?? 0);
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(360);
      }
    });
  });

  it('shows each row as a card with the column names as visible labels', async () => {
    await withPage(planPath, { width: 360 }, async ({ page }) => {
      const firstRow = page.locator('.matrix-body .matrix-row').first();
      expect(await firstRow.evaluate((row) => getComputedStyle(row).display)).toBe('block');
      const labels = await firstRow.locator('.cell-label:visible').allTextContents();
      expect(labels.map((label) => label.trim())).toEqual(
        expect.arrayContaining(['Område', 'Verksamheter', 'Mål', 'Aktivitet']),
      );
    });
  });

  it('keeps the table’s semantics for screen readers in the card layout', async () => {
    await withPage(planPath, { width: 360 }, async ({ page }) => {
      const table = page.getByRole('table');
      expect(await table.count()).toBe(1);
      // Named by the caption above it.
      expect(await page.getByRole('table', { name: /^Utvecklingssatsningarna: område/ }).count()).toBe(1);
      expect(await page.getByRole('columnheader').allTextContents()).toEqual([
        'Område',
        'Verksamheter',
        'Mål',
        'Mått',
        'Aktivitet',
        'Genomfört',
      ]);
      expect(await page.getByRole('rowheader').count()).toBe(plan?.rows.length);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  });
});

describe('the accessibility statement', () => {
  const meetings = contentFiles('meetings');
  const uncaptioned = [
    ...meetings.flatMap((meeting) =>
      ((meeting.data.videos ?? []) as Array<{ title: string; url: string; captions: boolean }>)
        .filter((video) => video.captions !== true)
        .map((video) => ({ ...video, page: `/traffar/${meeting.id}/` })),
    ),
    // <Video … captions={false} /> written in the text of a page.
    ...[
      ...meetings.map((file) => ({ file, prefix: 'traffar' })),
      ...contentFiles('teams').map((file) => ({ file, prefix: 'exempel' })),
      ...plans.map((file) => ({ file, prefix: 'handlingsplaner' })),
    ]
      .filter(({ file }) => file.mdx)
      .flatMap(({ file, prefix }) =>
        [...file.body.matchAll(/<Video\b[^>]*\bcaptions=\{false\}[^>]*>/g)].map((tag) => ({
          title: /title="([^"]*)"/.exec(tag[0])?.[1] ?? '',
          url: /url="([^"]*)"/.exec(tag[0])?.[1] ?? '',
          page: `/${prefix}/${file.id}/`,
        })),
      ),
  ];

  it('finds videos without captions in the shipped content', () => {
    expect(uncaptioned.length).toBeGreaterThan(0);
  });

  it('lists every video without captions, with a link to the page that shows it', async () => {
    await withPage('/tillganglighet/', {}, async ({ page }) => {
      const listed = await page.locator('[data-uncaptioned-videos] li').evaluateAll((items) =>
        items.map((item) => ({
          url: item.getAttribute('data-video-url'),
          text: item.textContent?.trim(),
          page: new URL(item.querySelector('a')?.href ?? '').pathname,
        })),
      );
      for (const video of uncaptioned) {
        expect(listed).toContainEqual({ url: video.url, text: expect.stringContaining(video.title), page: video.page });
      }
      expect(listed).toHaveLength(new Set(uncaptioned.map((v) => `${v.page} ${v.url}`)).size);
    });
  });

  it('links DIGG’s report form and names the public body from site.yaml', () => {
    const html = builtFile('tillganglighet/index.html');
    expect(html).toContain('href="https://www.digg.se/tdosanmalan"');
    const settings = parse(readFileSync(path.join(root, 'content/site.yaml'), 'utf8')) as { owner: string };
    expect(html).toContain(settings.owner);
  });

  it('says plainly what site.yaml does not fill in yet, rather than inventing it', () => {
    const settings = parse(readFileSync(path.join(root, 'content/site.yaml'), 'utf8')) as { accessibility?: unknown };
    const html = builtFile('tillganglighet/index.html');
    if (settings.accessibility === undefined) {
      expect(html).toContain('Uppgiften är inte ifylld ännu.');
      expect(html).toContain('data-missing="accessibility.compliance"');
    } else {
      expect(html).not.toContain('data-missing="accessibility.compliance"');
    }
  });
});

describe('the contact page', () => {
  const people = readdirSync(path.join(root, 'content/people'))
    .filter((name) => /\.ya?ml$/.test(name))
    .map(
      (name) =>
        parse(readFileSync(path.join(root, 'content/people', name), 'utf8')) as {
          name: string;
          email: string;
          coach?: boolean;
        },
    );

  it('lists every coach, then every other contact, each group by name, with a mail link', async () => {
    await withPage('/kontakt/', {}, async ({ page }) => {
      const names = (heading: string) =>
        page
          .locator('section', { has: page.getByRole('heading', { level: 2, name: heading }) })
          .locator('.person-name')
          .allTextContents();
      const byName = (list: typeof people) => list.map((p) => p.name).sort((a, b) => a.localeCompare(b, 'sv'));
      expect(await names('Coacher')).toEqual(byName(people.filter((p) => p.coach === true)));
      expect(await names('Andra kontaktpersoner')).toEqual(byName(people.filter((p) => p.coach !== true)));
      for (const person of people) {
        expect(await page.locator(`a[href="mailto:${person.email}"]`).count()).toBe(1);
      }
    });
  });
});

describe('the about page', () => {
  it('shows every round by name and every focus area, with headings in order', async () => {
    const series = contentFiles('series', /\.mdx?$/);
    const focusAreas = parse(readFileSync(path.join(root, 'content/focus-areas.yaml'), 'utf8')) as Array<{
      name: string;
    }>;
    await withPage('/om/', {}, async ({ page }) => {
      const rounds = await page.locator('section.round h3').allTextContents();
      expect(rounds.sort()).toEqual(series.map((s) => String(s.data.name)).sort());
      for (const area of focusAreas) expect(await page.getByRole('link', { name: area.name }).count()).toBe(1);
      const levels = await page
        .locator('main :is(h1, h2, h3, h4, h5, h6)')
        .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    });
  });
});
