/**
 * Every page of the built site in a real browser: accessible (axe, WCAG 2.0/2.1/2.2 A and AA),
 * no console or CSP errors, nothing requested from another origin, usable on a phone.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openPage, sitemapPaths } from './harness.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const paths = sitemapPaths();

describe('the sitemap', () => {
  it('lists the start page and the archives', () => {
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/traffar/', '/exempel/', '/handlingsplaner/', '/tillganglighet/']),
    );
  });
});

describe.each(paths)('the page %s', (pathname) => {
  it('has no axe violations, no console or CSP errors and no request to another origin', async () => {
    const opened = await openPage(pathname);
    try {
      const results = await new AxeBuilder({ page: opened.page }).withTags(WCAG_TAGS).analyze();
      const violations = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(violations).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('fits a 360 px wide phone screen without sideways scrolling', async () => {
    const opened = await openPage(pathname, { width: 360 });
    try {
      const overflow = await opened.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await opened.close();
    }
  });
});

describe('the not-found page', () => {
  it('answers an unknown address with status 404 and an accessible page', async () => {
    const opened = await openPage('/finns-inte/');
    try {
      const response = await opened.page.request.get(opened.page.url());
      expect(response.status()).toBe(404);
      const results = await new AxeBuilder({ page: opened.page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('keyboard use', () => {
  it('shows where the focus is: the first Tab lands on a visible skip link with an outline', async () => {
    const opened = await openPage('/');
    try {
      await opened.page.keyboard.press('Tab');
      const focused = await opened.page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return {
          text: element.textContent,
          outline: style.outlineStyle,
          width: style.outlineWidth,
          visible: box.left >= 0 && box.width > 0,
        };
      });
      expect(focused.text).toBe('Hoppa till innehållet');
      expect(focused.outline).not.toBe('none');
      expect(parseFloat(focused.width)).toBeGreaterThanOrEqual(2);
      expect(focused.visible).toBe(true);
    } finally {
      await opened.close();
    }
  });
});

describe('videos', () => {
  it('request nothing from the video host until the visitor clicks, then embed without tracking', async () => {
    const pathname = paths.find((p) => p.startsWith('/traffar/2020-09-21'));
    expect(pathname).toBeDefined();
    const opened = await openPage(pathname as string);
    try {
      // Let any lazy loading happen before judging.
      await opened.page.waitForLoadState('networkidle');
      expect(opened.foreignRequests).toEqual([]);
      expect(await opened.page.locator('iframe').count()).toBe(0);
      await opened.page
        .getByRole('button', { name: /Visa filmen/ })
        .first()
        .click();
      const src = await opened.page.locator('figure.video iframe').first().getAttribute('src');
      expect(src).toMatch(/^https:\/\/player\.vimeo\.com\/video\/\d+\?.*dnt=1/);
    } finally {
      await opened.close();
    }
  });

  it('still offer a plain link to the video without JavaScript', async () => {
    const pathname = paths.find((p) => p.startsWith('/traffar/2020-09-21')) as string;
    const opened = await openPage(pathname, { javaScript: false });
    try {
      expect(await opened.page.getByRole('button', { name: /Visa filmen/ }).count()).toBe(0);
      expect(await opened.page.getByRole('link', { name: /Öppna filmen hos Vimeo/ }).count()).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });
});
