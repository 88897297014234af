/**
 * The first screen on a phone (390×844, a common phone's CSS size): the header leaves the screen to
 * the content, the menu works without JavaScript, by keyboard and for screen readers, and the team
 * stories start on the first screen. The start page leads somewhere, and the plan matrix breaks no
 * word in the middle on a desktop. Figures are measured in the browser, never assumed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sv } from '../../src/i18n/sv.ts';
import { routes } from '../../src/lib/routing/routes.ts';
import { openPage, sitemapPaths } from './harness.ts';

const PHONE = { width: 390, height: 844 };
/** The most of the first phone screen the header may take. */
const HEADER_SHARE = 0.2;

/** The share of the first screen that the site header covers, from the top of the page. */
function headerShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const header = document.querySelector('.site-header');
    return header ? header.getBoundingClientRect().bottom / window.innerHeight : 1;
  });
}

/** What the browser tells screen readers about the menu's toggle: its name and whether it is expanded. */
async function menuToggleState(page: Page): Promise<{ name: string; expanded: boolean | undefined } | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  const toggle = nodes.find((node) => node.name?.value === sv.nav.menu);
  if (!toggle) return undefined;
  const expanded = toggle.properties?.find((p) => p.name === 'expanded')?.value.value;
  return { name: toggle.name?.value ?? '', expanded: typeof expanded === 'boolean' ? expanded : undefined };
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('the phone header %s', (_label, javaScript) => {
  it.each([routes.home, routes.teams, routes.meetings, routes.plans])(
    'takes at most a fifth of the first 390×844 screen on %s',
    async (pathname) => {
      const opened = await openPage(pathname, { ...PHONE, javaScript });
      try {
        expect(await headerShare(opened.page)).toBeLessThanOrEqual(HEADER_SHARE);
      } finally {
        await opened.close();
      }
    },
  );

  it('opens the menu on a tap and shows every section of the site', async () => {
    const opened = await openPage(routes.home, { ...PHONE, javaScript });
    try {
      const nav = opened.page.getByRole('navigation', { name: sv.nav.label });
      await expect.poll(() => nav.getByRole('link').first().isVisible()).toBe(false);
      await opened.page.getByText(sv.nav.menu, { exact: true }).click();
      for (const label of [sv.nav.meetings, sv.nav.teams, sv.nav.plans, sv.nav.about])
        expect(await nav.getByRole('link', { name: label, exact: true }).isVisible()).toBe(true);
    } finally {
      await opened.close();
    }
  });
});

describe('the phone menu', () => {
  it('opens and closes by keyboard and tells screen readers whether it is open', async () => {
    const opened = await openPage(routes.home, PHONE);
    try {
      const { page } = opened;
      expect(await menuToggleState(page)).toEqual({ name: sv.nav.menu, expanded: false });
      await page.locator('summary', { hasText: sv.nav.menu }).focus();
      await page.keyboard.press('Enter');
      expect(await menuToggleState(page)).toEqual({ name: sv.nav.menu, expanded: true });
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'));
      expect(focused).toBe(sv.nav.label);
      await page.locator('summary', { hasText: sv.nav.menu }).focus();
      await page.keyboard.press('Space');
      expect(await menuToggleState(page)).toEqual({ name: sv.nav.menu, expanded: false });
    } finally {
      await opened.close();
    }
  });

  it('keeps search one tap away on a phone: a visible link or field that leads to the search page', async () => {
    const opened = await openPage(routes.home, PHONE);
    try {
      const search = opened.page.locator('.site-header').getByRole('link', { name: sv.search.title, exact: true });
      expect(await search.isVisible()).toBe(true);
      expect(await search.getAttribute('href')).toBe(routes.search);
    } finally {
      await opened.close();
    }
  });
});

describe('the desktop header', () => {
  it('shows every section of the site without opening a menu, and the search field', async () => {
    const opened = await openPage(routes.home, { width: 1280, height: 900 });
    try {
      const nav = opened.page.getByRole('navigation', { name: sv.nav.label });
      for (const label of [sv.nav.home, sv.nav.meetings, sv.nav.teams, sv.nav.contact, sv.nav.about])
        expect(await nav.getByRole('link', { name: label, exact: true }).isVisible()).toBe(true);
      expect(await opened.page.getByText(sv.nav.menu, { exact: true }).isVisible()).toBe(false);
      expect(await opened.page.getByRole('searchbox', { name: sv.search.label }).isVisible()).toBe(true);
    } finally {
      await opened.close();
    }
  });
});

describe('the team stories on a phone', () => {
  it('show the first story’s name on the first 390×844 screen of /exempel/', async () => {
    const opened = await openPage(routes.teams, PHONE);
    try {
      const bottom = await opened.page
        .locator('[data-team-cards] > li h3')
        .first()
        .evaluate((heading) => heading.getBoundingClientRect().bottom);
      expect(bottom).toBeLessThanOrEqual(PHONE.height);
    } finally {
      await opened.close();
    }
  });
});

describe('the start page', () => {
  it('does not repeat the site’s name (in the header) as its heading', async () => {
    const opened = await openPage(routes.home);
    try {
      const name = await opened.page.locator('.wordmark').innerText();
      expect(name.length).toBeGreaterThan(0);
      expect(await opened.page.locator('h1').innerText()).not.toBe(name);
      expect(await opened.page.locator('.publisher').isVisible()).toBe(true);
    } finally {
      await opened.close();
    }
  });

  it('leads from its first box to a meeting page, and to the calendar and the archive', async () => {
    const opened = await openPage(routes.home);
    try {
      const hrefs = await opened.page
        .locator('main section')
        .first()
        .locator('a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.some((href) => href.startsWith(routes.meetings) && href !== routes.meetings)).toBe(true);
      expect(hrefs).toEqual(expect.arrayContaining([routes.calendar, routes.meetings]));
    } finally {
      await opened.close();
    }
  });

  it('repeats none of the texts of the about page below its lead', async () => {
    const about = await openPage(routes.about);
    const home = await openPage(routes.home);
    try {
      const paragraphs = (await about.page.locator('main p, main li').allInnerTexts()).filter((t) => t.length > 60);
      const lead = await home.page.locator('main .lead').innerText();
      const homeTexts = await home.page.locator('main p:not(.lead), main li').allInnerTexts();
      expect(paragraphs.length).toBeGreaterThan(0);
      expect(paragraphs.filter((text) => text !== lead && homeTexts.includes(text))).toEqual([]);
    } finally {
      await about.close();
      await home.close();
    }
  });
});

describe('a team’s status on its card', () => {
  it('is plain text, not drawn as a button (no border, no background)', async () => {
    const opened = await openPage(routes.teams);
    try {
      const style = await opened.page
        .locator('[data-team-cards] .team-status')
        .first()
        .evaluate((label) => {
          const computed = getComputedStyle(label);
          return { border: computed.borderTopWidth, background: computed.backgroundColor };
        });
      expect(style).toEqual({ border: '0px', background: 'rgba(0, 0, 0, 0)' });
    } finally {
      await opened.close();
    }
  });
});

const planPaths = sitemapPaths().filter(
  (p) => p.startsWith(routes.plans) && p !== routes.plans && !p.includes('/verksamhet/'),
);

describe.each(planPaths)('the plan %s on a 1280×900 desktop', (pathname) => {
  it('breaks no word of its matrix in the middle and fits its column', async () => {
    const opened = await openPage(pathname, { width: 1280, height: 900 });
    try {
      const broken = await opened.page.locator('.matrix-cell').evaluateAll((cells) => {
        const found: string[] = [];
        for (const cell of cells) {
          if (getComputedStyle(cell).overflowWrap === 'anywhere')
            found.push(`overflow-wrap: anywhere on ${cell.className}`);
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            // A word: letters between spaces, hyphens, dashes and slashes (a line may break after those).
            for (const match of text.matchAll(/[^\s/‐-―-]+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
              if (lines.size > 1) found.push(match[0]);
            }
          }
        }
        return found;
      });
      expect(broken).toEqual([]);
      const overflow = await opened.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await opened.close();
    }
  });
});

describe('a team story’s card', () => {
  it('links the meetings where the team presented, and each of them lists the team', async () => {
    const list = await openPage(routes.teams);
    try {
      const cards = await list.page.locator('[data-team-cards] > li').evaluateAll((items) =>
        items.map((item) => ({
          team: item.querySelector('h3 a')?.getAttribute('href') ?? '',
          meetings: [...item.querySelectorAll('.presented-at a')].map((a) => a.getAttribute('href') ?? ''),
        })),
      );
      const presented = cards.filter((card) => card.meetings.length > 0);
      expect(presented.length).toBeGreaterThan(0);
      for (const { team, meetings } of presented.slice(0, 2)) {
        const meeting = await openPage(meetings[0] as string);
        try {
          expect(await meeting.page.locator(`main a[href="${team}"]`).count()).toBeGreaterThan(0);
        } finally {
          await meeting.close();
        }
      }
    } finally {
      await list.close();
    }
  });
});
