/**
 * The e-mail edition, the full-content feed and the PDF, as built from the shipped content: in the
 * e-mail HTML (validated with every other page in html.test.ts) every address absolute, every link
 * of the report in both the HTML and the text; rss.xml parsed with a real XML parser; the PDF printed by
 * `npm run pdf` and read back with pdf.js (unpdf). Expectations come from the content files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { extractText, getDocumentProxy } from 'unpdf';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/schemas/meeting.ts';
import type { Person } from '../../src/schemas/person.ts';
import { validateContent } from '../../src/lib/validate/content.ts';
import { builtFile, openPage, site } from './harness.ts';
import { projectNode } from '../fixtures/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { entries } = validateContent({ root, contentDir: 'content' });
const people = new Map([...(entries.get('people')?.values() ?? [])].map((entry) => [entry.id, entry.data as Person]));
const reports = [...(entries.get('meetings')?.values() ?? [])]
  .map((entry) => ({ id: entry.id, file: entry.file, data: entry.data as Meeting, hasBody: entry.hasBody }))
  .filter((meeting) => meeting.data.draft !== true && meeting.hasBody);

// The absolute addresses the build used (SITE_URL, or the local preview server).
const rss = new XMLParser({ ignoreAttributes: false }).parse(builtFile('rss.xml')) as {
  rss: { '@_version': string; channel: Record<string, unknown> & { item: Array<Record<string, unknown>> } };
};
const siteUrl = String(rss.rss.channel.link);

/** The text of the first paragraph of a report page's report. */
function firstParagraphText(page: string): string {
  let text = '';
  visit(fromHtml(page), 'element', (node: Element) => {
    const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
    if (!classes.includes('report-main')) return;
    visit(node, 'element', (child: Element) => {
      if (!text && child.tagName === 'p') text = toText(child);
    });
  });
  return text;
}

const ADDRESS = /^(https?:\/\/|mailto:|tel:)/;

/** Every href and src of an HTML text, in order, optionally only inside elements with one of `classes`. */
function addresses(html: string, classes?: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (node: Root | Element, inside: boolean) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const classNames = Array.isArray(child.properties.className) ? child.properties.className.map(String) : [];
      const here = inside || !classes || classNames.some((name) => classes.includes(name));
      for (const name of ['href', 'src'] as const) {
        const value = child.properties[name];
        if (here && typeof value === 'string') found.push(value);
      }
      walk(child, here);
    }
  };
  walk(fromHtml(html), false);
  return found;
}

describe('the content behind these tests', () => {
  it('has reports, one of them from 2020-09-21 with videos and contacts', () => {
    expect(reports.length).toBeGreaterThan(0);
    const september = reports.find((meeting) => meeting.data.date === '2020-09-21');
    expect(september?.data.videos?.length).toBeGreaterThan(0);
    expect(september?.data.contacts?.length).toBeGreaterThan(0);
  });
});

describe.each(reports.map((meeting) => [meeting.id, meeting] as const))('the e-mail edition of %s', (id, meeting) => {
  const html = builtFile(`traffar/${id}/nyhetsbrev.html`);
  const text = builtFile(`traffar/${id}/nyhetsbrev.txt`);
  const found = addresses(html);
  const pageUrl = new URL(`/traffar/${id}/`, siteUrl).href;
  // Every link of the report: in the body as the page renders it, the background box and the lists,
  // resolved as a reader of the page would; the front matter's links, videos and contacts.
  const page = builtFile(`traffar/${id}/index.html`);
  const reportLinks = addresses(page, ['report-main', 'report-side', 'report-contacts'])
    .map((value) => (/^(mailto|tel):/.test(value) ? value : new URL(value, pageUrl).href))
    .filter((value) => !value.startsWith('https://player.'));
  const contentLinks = [
    ...(meeting.data.links ?? []).map((link) => new URL(link.url, pageUrl).href),
    ...(meeting.data.videos ?? []).map((video) => video.url),
    ...(meeting.data.contacts ?? []).map((contact) => `mailto:${people.get(contact)?.email}`),
  ];

  it('has no script and only absolute, mailto or tel addresses', () => {
    expect(html).not.toMatch(/<script/i);
    expect(found.length).toBeGreaterThan(0);
    for (const value of found) expect(value).toMatch(ADDRESS);
  });

  it('contains every link of the report, its videos and its contacts’ e-mail addresses', () => {
    expect(reportLinks.length + contentLinks.length).toBeGreaterThan(0);
    expect(found).toEqual(expect.arrayContaining([...reportLinks, ...contentLinks]));
  });

  it('has a text alternative that carries every one of those links', () => {
    for (const value of [...reportLinks, ...contentLinks]) {
      expect(text, value).toContain(value.replace(/^mailto:/, '').replace(/^tel:.*/, ''));
    }
    expect(text).toContain(meeting.data.title);
  });

  it('opens with the summary as the hidden preheader', () => {
    expect(html).toMatch(/<body[^>]*><div class="preheader" style="display:none/);
    expect(html).toContain(`${meeting.data.summary}</div>`);
  });
});

describe('rss.xml', () => {
  const xml = builtFile('rss.xml');
  const { channel } = rss.rss;
  const items = Array.isArray(channel.item) ? channel.item : [channel.item];

  it('is well-formed RSS 2.0 with the channel’s title, link and description', () => {
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    expect(rss.rss['@_version']).toBe('2.0');
    for (const field of ['title', 'link', 'description']) expect(String(channel[field] ?? '')).not.toBe('');
    expect(String(channel.link)).toMatch(/^https?:\/\//);
  });

  it('gives every item a title, link, guid, an RFC 822 pubDate and the whole report as content', () => {
    expect(items).toHaveLength(reports.length);
    for (const item of items) {
      const title = String(item.title);
      const meeting = reports.find((candidate) => candidate.data.title === title);
      expect(meeting, title).toBeDefined();
      expect(item.link).toBe(new URL(`/traffar/${meeting?.id}/`, siteUrl).href);
      const guid = item.guid as { '#text': string } | string;
      expect(typeof guid === 'string' ? guid : guid['#text']).toBe(item.link);
      expect(String(item.pubDate)).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
      );
      const content = String(item['content:encoded'] ?? '');
      // The report's first paragraph, as the page shows it, is in the feed's content.
      const firstParagraph = firstParagraphText(builtFile(`traffar/${meeting?.id}/index.html`));
      expect(firstParagraph.length).toBeGreaterThan(20);
      expect(toText(fromHtml(content))).toContain(firstParagraph);
      expect(content).not.toMatch(/<script/i);
      for (const value of addresses(content)) expect(value).toMatch(ADDRESS);
    }
  });
});

describe('npm run pdf', () => {
  const meeting = reports.find((candidate) => candidate.data.date === '2020-09-21');

  it('prints the 2020-09-21 report to an A4 PDF with its title and every contact’s name and e-mail', async () => {
    if (!meeting) throw new Error('rapporten från 2020-09-21 saknas');
    const out = mkdtempSync(path.join(tmpdir(), 'basta-pdf-'));
    const run = spawnSync(projectNode, ['scripts/pdf.ts', meeting.id, '--dist', site.outDir, '--out', out], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path.join(out, `${meeting.id}.pdf`))));
    for (let number = 1; number <= pdf.numPages; number++) {
      const { width, height } = (await pdf.getPage(number)).getViewport({ scale: 1 });
      expect(Math.abs(width - 595), `sida ${number}`).toBeLessThanOrEqual(1);
      expect(Math.abs(height - 842), `sida ${number}`).toBeLessThanOrEqual(1);
    }
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(meeting.data.title);
    // Like the printed newsletter, the report starts on page 1 beside the series box: the long box
    // must not push the report to page 2 and leave page 1 empty.
    const firstHeading = /^##\s+(.+)$/m.exec(readFileSync(path.join(root, meeting.file), 'utf8'))?.[1]?.trim();
    expect(firstHeading).toBeDefined();
    const { text: pages } = await extractText(pdf, { mergePages: false });
    expect((pages[0] ?? '').replace(/\s+/g, ' ')).toContain(firstHeading);
    for (const id of meeting.data.contacts ?? []) {
      const person = people.get(id);
      expect(flat).toContain(person?.name);
      expect(flat).toContain(person?.email);
    }
  });
});

describe('printing a report', () => {
  const meeting = reports.find((candidate) => candidate.data.series && candidate.data.contacts?.length);
  const pathname = `/traffar/${meeting?.id}/`;

  it('offers a "Skriv ut / spara som PDF" button that opens the print dialog', async () => {
    const opened = await openPage(pathname);
    try {
      await opened.page.evaluate(() => {
        window.print = () => document.body.setAttribute('data-printed', 'ja');
      });
      const button = opened.page.getByRole('button', { name: 'Skriv ut / spara som PDF' });
      expect(await button.isVisible()).toBe(true);
      expect(await opened.page.locator('.print-hint').isVisible()).toBe(false);
      await button.click();
      expect(await opened.page.getAttribute('body', 'data-printed')).toBe('ja');
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('explains how to print with the browser when JavaScript is off', async () => {
    const opened = await openPage(pathname, { javaScript: false });
    try {
      expect(await opened.page.getByRole('button', { name: 'Skriv ut / spara som PDF' }).count()).toBe(0);
      expect(await opened.page.locator('.print-hint').innerText()).toMatch(/Ctrl\+P/);
    } finally {
      await opened.close();
    }
  });

  it('prints the series box beside the report, the contacts and the schedule, without menu, search or buttons', async () => {
    // About the width of A4's printable area at 96 dpi.
    const opened = await openPage(pathname, { width: 680 });
    try {
      await opened.page.emulateMedia({ media: 'print' });
      const main = await opened.page.locator('.report-main').boundingBox();
      const aside = await opened.page.locator('aside.series-background').boundingBox();
      if (!main || !aside) throw new Error('rapport eller bakgrundsruta saknas');
      expect(aside.x).toBeGreaterThanOrEqual(main.x + main.width);
      expect(aside.y).toBeLessThan(main.y + main.height);
      for (const selector of ['.report-contacts', '.report-schedule']) {
        expect(await opened.page.locator(selector).isVisible(), selector).toBe(true);
      }
      for (const selector of ['.site-header nav', '.site-search', '.print-control', 'button']) {
        const visible = await opened.page
          .locator(selector)
          .evaluateAll((elements) => elements.some((element) => element.getClientRects().length > 0));
        expect(visible, selector).toBe(false);
      }
    } finally {
      await opened.close();
    }
  });
});
