/**
 * Search in a real browser over the shipped content: real queries, filters, URL state, Back,
 * accessibility, and that nothing of the search is downloaded before it is used.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openPage, searchResults, type OpenedPage } from './harness.ts';

async function withPage<T>(pathname: string, run: (opened: OpenedPage) => Promise<T>, javaScript = true): Promise<T> {
  const opened = await openPage(pathname, { javaScript });
  try {
    return await run(opened);
  } finally {
    await opened.close();
  }
}

const NASSJO_TEAM = '/exempel/starkt-foraldraskapsstod-nassjo/';
const VETLANDA_TEAM = '/exempel/riktade-hembesok-allaktivitetshus-vetlanda/';
const JANUARY_2021 = '/traffar/2021-01-19-inspiration-fran-skottland/';

describe('search queries over the shipped content', () => {
  it("finds the meeting where a speaker spoke by the speaker's name", async () => {
    const found = await withPage('/sok/?q=Tyra+Warfvinge', ({ page }) => searchResults(page));
    expect(found[0]).toBe('/traffar/2020-09-21-goda-exempel-och-fortsatt-arbete/');
  });

  it("finds a team's story and the meeting where it presented by the team's name", async () => {
    const found = await withPage(`/sok/?q=${encodeURIComponent('Stärkt föräldraskapsstöd')}`, ({ page }) =>
      searchResults(page),
    );
    expect(found).toEqual(expect.arrayContaining([NASSJO_TEAM, JANUARY_2021]));
    expect(found[0]).toBe(NASSJO_TEAM);
  });

  it('finds the base form from an inflected Swedish form (stemming)', async () => {
    // 'hembesöket' is written nowhere in the content; 'hembesök' is.
    const found = await withPage(`/sok/?q=${encodeURIComponent('hembesöket')}`, ({ page }) => searchResults(page));
    expect(found).toEqual(expect.arrayContaining([NASSJO_TEAM, VETLANDA_TEAM]));
  });

  it('narrows to one municipality, and combines two municipalities with OR', async () => {
    const q = encodeURIComponent('hembesök');
    const nassjo = await withPage(`/sok/?q=${q}&kommun=nassjo`, ({ page }) => searchResults(page));
    expect(nassjo).toContain(NASSJO_TEAM);
    expect(nassjo).not.toContain(VETLANDA_TEAM);
    const both = await withPage(`/sok/?q=${q}&kommun=nassjo&kommun=vetlanda`, ({ page }) => searchResults(page));
    expect(both).toEqual(expect.arrayContaining([NASSJO_TEAM, VETLANDA_TEAM]));
    expect(both.length).toBeGreaterThan(nassjo.length);
  });

  it('combines groups with AND: type and municipality', async () => {
    const found = await withPage(`/sok/?q=${encodeURIComponent('hembesök')}&kommun=nassjo&typ=traff`, ({ page }) =>
      searchResults(page),
    );
    expect(found).toContain(JANUARY_2021);
    expect(found.every((p) => p.startsWith('/traffar/'))).toBe(true);
  });

  it('sorts by date, newest first, when asked', async () => {
    const found = await withPage(`/sok/?q=${encodeURIComponent('barn')}&typ=traff&sortera=datum`, ({ page }) =>
      searchResults(page),
    );
    expect(found.length).toBeGreaterThan(1);
    const dates = found.map((p) => p.slice('/traffar/'.length, '/traffar/'.length + 10));
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('the search page', () => {
  it('restores query and filters from a shared URL', async () => {
    await withPage(`/sok/?q=${encodeURIComponent('hembesök')}&kommun=nassjo`, async ({ page }) => {
      await searchResults(page);
      expect(await page.locator('#sokord').inputValue()).toBe('hembesök');
      expect(await page.locator('input[name=kommun][value=nassjo]').isChecked()).toBe(true);
      expect(await page.locator('input[name=kommun][value=vetlanda]').isChecked()).toBe(false);
    });
  });

  it('puts a new search in the URL and goes back to the previous one', async () => {
    await withPage('/sok/?q=Tyra+Warfvinge', async ({ page }) => {
      await searchResults(page);
      await page.locator('#sokord').fill('hembesök');
      await page.locator('#sokord').press('Enter');
      await page.waitForURL(/q=hembes/);
      expect(await searchResults(page)).toContain(NASSJO_TEAM);
      await page.goBack();
      await page.waitForURL(/q=Tyra/);
      expect(await page.locator('#sokord').inputValue()).toBe('Tyra Warfvinge');
      expect((await searchResults(page))[0]).toBe('/traffar/2020-09-21-goda-exempel-och-fortsatt-arbete/');
    });
  });

  it('announces the result count to screen readers and lets the keyboard reach the results', async () => {
    await withPage('/sok/?q=Tyra+Warfvinge', async ({ page }) => {
      await searchResults(page);
      const status = page.locator('#sokstatus');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      expect(await status.textContent()).toMatch(/^1 resultat för "Tyra Warfvinge"$/);
      const first = page.locator('#sokresultat a').first();
      await first.focus();
      expect(await page.evaluate(() => document.activeElement?.closest('#sokresultat') !== null)).toBe(true);
    });
  });

  it.each([360, 1280])(
    'moves nothing on the page when the results arrive, %i px wide (no layout shift)',
    async (width) => {
      const opened = await openPage(`/sok/?q=${encodeURIComponent('hembesök')}&kommun=nassjo`, { width });
      try {
        const { page } = opened;
        expect((await searchResults(page)).length).toBeGreaterThan(0);
        // Every layout shift since the page began to load (the browser keeps them), once the frame
        // that shows the results has been drawn; the observer reports them in its first callback.
        const shifts = await page.evaluate(
          () =>
            new Promise<string[]>((resolve) => {
              const found: string[] = [];
              const observer = new PerformanceObserver((list) => {
                for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>)
                  found.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms`);
              });
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  observer.observe({ type: 'layout-shift', buffered: true });
                  setTimeout(() => {
                    observer.disconnect();
                    resolve(found);
                  }, 200);
                }),
              );
            }),
        );
        expect(shifts).toEqual([]);
      } finally {
        await opened.close();
      }
    },
  );

  it('has no axe violations with results open', async () => {
    await withPage(`/sok/?q=${encodeURIComponent('hembesök')}&kommun=nassjo`, async ({ page, consoleErrors }) => {
      await searchResults(page);
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('explains without JavaScript that search needs it, with links to the archives', async () => {
    await withPage(
      '/sok/?q=hembesök',
      async ({ page }) => {
        const message = page.locator('[data-search-noscript]');
        expect(await message.isVisible()).toBe(true);
        expect(await message.textContent()).toMatch(/behöver JavaScript/);
        expect(await message.locator('a[href="/traffar/"]').count()).toBe(1);
      },
      false,
    );
  });
});

describe('the search box in the header', () => {
  it('is on every page and lands on /sok/ with the query', async () => {
    await withPage(NASSJO_TEAM, async ({ page }) => {
      await page.getByRole('searchbox', { name: 'Sök på webbplatsen' }).fill('Tyra Warfvinge');
      await page.getByRole('searchbox', { name: 'Sök på webbplatsen' }).press('Enter');
      await page.waitForURL(/\/sok\/\?q=Tyra/);
      expect((await searchResults(page))[0]).toBe('/traffar/2020-09-21-goda-exempel-och-fortsatt-arbete/');
    });
  });

  it('downloads nothing of the search before it is used', async () => {
    const requested: string[] = [];
    await withPage('/', async ({ page }) => {
      page.on('request', (request) => requested.push(request.url()));
      await page.waitForLoadState('networkidle');
    });
    await withPage('/sok/', async ({ page }) => {
      page.on('request', (request) => requested.push(request.url()));
      await page.waitForLoadState('networkidle');
      expect(await page.locator('#sokresultat li').count()).toBe(0);
    });
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });
});
