/**
 * The team stories in a browser: the filters work without JavaScript (links to pre-rendered pages)
 * and with it (the form on /exempel/ filters in place, combines filters, writes the query and
 * announces the count). Expectations are read from the page itself, not from a list of teams.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sv } from '../../src/i18n/sv.ts';
import { MUNICIPALITY_NOT_STATED } from '../../src/lib/browser/team-filters.ts';
import { routes } from '../../src/lib/routing/routes.ts';
import { openPage } from './harness.ts';

/** The visible cards' names. */
async function visibleCards(page: Page): Promise<string[]> {
  return page.locator('[data-team-cards] > li:visible h3').allInnerTexts();
}

/** Every card's ids per filter, as the page carries them, for computing expectations independently. */
async function cardFacets(page: Page) {
  return page.locator('[data-team-cards] > li').evaluateAll((items) =>
    items.map((item) => {
      const data = (item as HTMLElement).dataset;
      return {
        name: item.querySelector('h3')?.textContent?.trim() ?? '',
        kommun: (data.kommun ?? '').split(' '),
        fokus: (data.fokus ?? '').split(' '),
        status: (data.status ?? '').split(' '),
      };
    }),
  );
}

type Facets = Awaited<ReturnType<typeof cardFacets>>[number];
type Choice = Partial<Record<'kommun' | 'fokus' | 'status', string>>;
const matching = (cards: Facets[], choice: Choice) =>
  cards
    .filter((card) => Object.entries(choice).every(([key, value]) => card[key as keyof Choice].includes(value)))
    .map((card) => card.name);

/** The values a select offers (without "all"). */
async function optionValues(page: Page, key: string): Promise<string[]> {
  return page
    .locator(`select[name="${key}"] option`)
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
}

describe('the team stories without JavaScript', () => {
  it('list every published team as a card, offer the filters as links and hide the form', async () => {
    const { page, close } = await openPage('/exempel/', { javaScript: false });
    try {
      const cards = await page.locator('[data-team-cards] > li').count();
      expect(cards).toBeGreaterThan(0);
      expect(await page.locator('form[data-team-filter]').isVisible()).toBe(false);
      const nav = page.getByRole('navigation', { name: 'Filtrera exempel' });
      expect(await nav.isVisible()).toBe(true);
      const all = nav.getByRole('link', { name: /^Alla exempel/ });
      expect(await all.getAttribute('aria-current')).toBe('page');
      expect(await all.innerText()).toBe(`Alla exempel (${cards})`);
      expect(await page.getByText(`Visar ${cards} av ${cards} exempel.`).isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  it.each([
    ['Kommun', 'kommun', 'Kommun'],
    ['Fokusområde', 'fokusomrade', 'Fokusområde'],
    ['Status', 'status', 'Status'],
  ])(
    'filter by %s: each link leads to a page with as many cards as it says, all matching',
    async (group, segment, fact) => {
      const { page, close } = await openPage('/exempel/', { javaScript: false });
      try {
        const links = page.locator(`nav[aria-label="Filtrera exempel"] h3:text-is("${group}") + ul a`);
        const targets = await links.evaluateAll((anchors) =>
          anchors.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent?.trim() ?? '' })),
        );
        expect(targets.length).toBeGreaterThan(0);
        for (const target of targets) {
          const [, label, count] = /^(.*) \((\d+)\)$/.exec(target.text) ?? [];
          expect(target.href).toMatch(new RegExp(`^/exempel/${segment}/[a-z0-9-]+/$`));
          await page.goto(new URL(target.href, page.url()).href);
          expect(await page.locator('[data-team-cards] > li').count()).toBe(Number(count));
          const current = page.locator('a[aria-current="page"]', { hasText: label as string });
          expect(await current.getAttribute('href')).toBe(target.href);
          const facts = await page.locator(`[data-team-cards] dt:text-is("${fact}") + dd`).allInnerTexts();
          // The teams whose municipality no source states: their cards say so, in the card's words.
          const notStated = target.href === routes.teamFilter('kommun', MUNICIPALITY_NOT_STATED);
          for (const text of facts) expect(text).toContain(notStated ? sv.teams.municipalityNotStated : label);
          expect(await page.locator('h1').innerText()).toContain(
            notStated ? sv.teams.filter.municipalityNotStatedTitle : label,
          );
        }
      } finally {
        await close();
      }
    },
  );
});

describe('the team stories with JavaScript', () => {
  it('show the form instead of the links, with no console or CSP error', async () => {
    const { page, consoleErrors, close } = await openPage('/exempel/');
    try {
      expect(await page.locator('form[data-team-filter]').isVisible()).toBe(true);
      expect(await page.getByRole('navigation', { name: 'Filtrera exempel' }).isVisible()).toBe(false);
      expect(await page.getByLabel('Kommun', { exact: true }).isVisible()).toBe(true);
      expect(await page.getByLabel('Fokusområde', { exact: true }).isVisible()).toBe(true);
      expect(await page.getByLabel('Status', { exact: true }).isVisible()).toBe(true);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('filter in place by one value, write it to the address and announce the count', async () => {
    const { page, close } = await openPage('/exempel/');
    try {
      const cards = await cardFacets(page);
      const kommun = (await optionValues(page, 'kommun'))[0] as string;
      await page.getByLabel('Kommun', { exact: true }).selectOption(kommun);
      const expected = matching(cards, { kommun });
      expect(await visibleCards(page)).toEqual(expected);
      expect(new URL(page.url()).search).toBe(`?kommun=${kommun}`);
      expect(await page.getByRole('status').innerText()).toBe(`Visar ${expected.length} av ${cards.length} exempel.`);
    } finally {
      await close();
    }
  });

  it('combine municipality, focus area and status, all of which must match', async () => {
    const { page, close } = await openPage('/exempel/');
    try {
      const cards = await cardFacets(page);
      // A combination of two filters that leaves some but not all of the first filter's teams.
      const first = cards[0] as Facets;
      const choice: Choice = { fokus: first.fokus[0] as string, status: first.status[0] as string };
      await page.getByLabel('Fokusområde', { exact: true }).selectOption(choice.fokus as string);
      await page.getByLabel('Status', { exact: true }).selectOption(choice.status as string);
      let expected = matching(cards, choice);
      expect(expected).toContain(first.name);
      expect(await visibleCards(page)).toEqual(expected);
      expect(new URL(page.url()).search).toBe(`?fokus=${choice.fokus}&status=${choice.status}`);
      expect(await page.getByRole('status').innerText()).toBe(`Visar ${expected.length} av ${cards.length} exempel.`);

      choice.kommun = first.kommun[0] as string;
      await page.getByLabel('Kommun', { exact: true }).selectOption(choice.kommun);
      expected = matching(cards, choice);
      expect(await visibleCards(page)).toEqual(expected);
      expect(new URL(page.url()).search).toBe(`?kommun=${choice.kommun}&fokus=${choice.fokus}&status=${choice.status}`);

      // Each option now counts what it would show together with the other two choices.
      const label = await page.locator(`select[name="kommun"] option[value="${choice.kommun}"]`).innerText();
      expect(label).toMatch(new RegExp(`\\(${expected.length}\\)$`));
    } finally {
      await close();
    }
  });

  it('say so when no team matches, and show all again on request', async () => {
    const { page, close } = await openPage('/exempel/');
    try {
      const cards = await cardFacets(page);
      const kommuner = await optionValues(page, 'kommun');
      const statuses = await optionValues(page, 'status');
      const empty = kommuner
        .flatMap((kommun) => statuses.map((status) => ({ kommun, status })))
        .find((choice) => matching(cards, choice).length === 0);
      expect(empty).toBeDefined();
      await page.getByLabel('Kommun', { exact: true }).selectOption(empty?.kommun as string);
      await page.getByLabel('Status', { exact: true }).selectOption(empty?.status as string);
      expect(await visibleCards(page)).toEqual([]);
      expect(await page.getByText('Inga exempel passar det du har valt.').isVisible()).toBe(true);
      expect(await page.getByRole('status').innerText()).toBe(`Visar 0 av ${cards.length} exempel.`);

      await page.getByRole('button', { name: 'Visa alla exempel' }).click();
      expect(await visibleCards(page)).toHaveLength(cards.length);
      expect(new URL(page.url()).search).toBe('');
      expect(await page.getByLabel('Kommun', { exact: true }).inputValue()).toBe('');
      expect(await page.getByText('Inga exempel passar det du har valt.').isVisible()).toBe(false);
    } finally {
      await close();
    }
  });

  it('filter in place when the choice is submitted with the button, as with the keyboard', async () => {
    const { page, consoleErrors, close } = await openPage('/exempel/');
    try {
      const cards = await cardFacets(page);
      const status = (await optionValues(page, 'status'))[0] as string;
      // Marks the window: it survives only if submitting does not load a new page.
      await page.evaluate(() => Object.assign(window, { stillHere: true }));
      await page.getByLabel('Status', { exact: true }).selectOption(status);
      await page.getByRole('button', { name: 'Visa valda exempel' }).click();
      expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
      const expected = matching(cards, { status });
      expect(await visibleCards(page)).toEqual(expected);
      expect(new URL(page.url()).search).toBe(`?status=${status}`);
      expect(await page.getByRole('status').innerText()).toBe(`Visar ${expected.length} av ${cards.length} exempel.`);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('land a submission the script does not catch on /exempel/?…, which shows the same teams', async () => {
    const { page, close } = await openPage('/exempel/');
    try {
      const cards = await cardFacets(page);
      const first = cards[0] as Facets;
      const choice: Choice = { kommun: first.kommun[0] as string, fokus: first.fokus[0] as string };
      await page.getByLabel('Kommun', { exact: true }).selectOption(choice.kommun as string);
      await page.getByLabel('Fokusområde', { exact: true }).selectOption(choice.fokus as string);
      await page.evaluate(() => Object.assign(window, { stillHere: true }));
      // form.submit() sends the form as the browser does when no script catches it: no submit event.
      // Such a submission sends every field, the empty status too, which the script never writes.
      await Promise.all([
        page.waitForURL((url) => url.searchParams.has('status')),
        page.locator('form[data-team-filter]').evaluate((form) => (form as HTMLFormElement).submit()),
      ]);
      expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBeUndefined();
      const url = new URL(page.url());
      expect(url.pathname).toBe('/exempel/');
      expect(Object.fromEntries(url.searchParams)).toEqual({ kommun: choice.kommun, fokus: choice.fokus, status: '' });
      expect(await visibleCards(page)).toEqual(matching(cards, choice));
      expect(await page.getByLabel('Kommun', { exact: true }).inputValue()).toBe(choice.kommun);
    } finally {
      await close();
    }
  });

  it('apply a shared address with a query on load, and ignore unknown values', async () => {
    const probe = await openPage('/exempel/');
    const cards = await cardFacets(probe.page);
    const fokus = (await optionValues(probe.page, 'fokus'))[0] as string;
    await probe.close();
    const { page, close } = await openPage(`/exempel/?fokus=${fokus}&kommun=finns-inte`);
    try {
      expect(await page.getByLabel('Fokusområde', { exact: true }).inputValue()).toBe(fokus);
      expect(await page.getByLabel('Kommun', { exact: true }).inputValue()).toBe('');
      expect(await visibleCards(page)).toEqual(matching(cards, { fokus }));
      expect(await page.getByRole('status').innerText()).toBe(
        `Visar ${matching(cards, { fokus }).length} av ${cards.length} exempel.`,
      );
    } finally {
      await close();
    }
  });
});

describe('a team page', () => {
  it('has the card’s name as its heading and links its municipalities and focus areas to their hubs', async () => {
    const { page, close } = await openPage('/exempel/', { javaScript: false });
    try {
      // A team whose municipality is stated (one without has no municipality to link).
      const link = page.locator(`[data-team-cards] > li:not([data-kommun="${MUNICIPALITY_NOT_STATED}"]) h3 a`).first();
      const name = await link.innerText();
      await link.click();
      expect(await page.locator('h1').innerText()).toBe(name);
      expect(await page.locator('h1').count()).toBe(1);
      const hubs = await page.locator('.facts a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(hubs.some((href) => href?.startsWith('/kommuner/'))).toBe(true);
      expect(hubs.some((href) => href?.startsWith('/fokusomraden/'))).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('the municipalities', () => {
  it('say in words for each municipality whether it takes part', async () => {
    const { page, close } = await openPage('/kommuner/', { javaScript: false });
    try {
      const items = await page.locator('.participation-list li').allInnerTexts();
      expect(items.length).toBeGreaterThan(1);
      for (const item of items) expect(item).toMatch(/Deltar|Inget publicerat ännu/);
      const summary = await page.getByText(/^\d+ av \d+ kommuner deltar\.$/).innerText();
      const [, count] = /^(\d+)/.exec(summary) ?? [];
      const taking = await page.locator('.participation-list li:has-text("Deltar")').count();
      // The whole county is listed apart and not counted among the municipalities.
      expect(taking - Number(count)).toBeGreaterThanOrEqual(0);
      expect(taking - Number(count)).toBeLessThanOrEqual(1);
    } finally {
      await close();
    }
  });
});
