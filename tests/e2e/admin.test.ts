/**
 * The web editor at /admin/ in Chromium, offline: the shipped page under its own CSP, served with
 * the CMS's test backend (files in the browser's origin-private file system, seeded with the
 * shipped content), so no GitHub is needed. An editor creates a meeting report; the file it writes
 * must pass the validator and build into a page, a search record and a calendar entry.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routing/routes.ts';
import { validateContent } from '../../src/lib/validate/content.ts';
import { buildSite } from '../fixtures/build-site.ts';
import { builtFile, changedLines, openPage, site, sitemapPaths } from './harness.ts';

const root = path.resolve(import.meta.dirname, '../..');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TEST_DIR = 'sveltia-cms-test';
const MEETING_ID = '2025-05-20-natverkstraff-om-rorelse-pa-schemat';

/** The files of the shipped content folder, as paths from the project root. */
function contentFiles(): Array<{ path: string; text: string }> {
  const dir = path.join(root, 'content');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      return { path: `content/${relative}`, text: readFileSync(path.join(dir, relative), 'utf8') };
    });
}

/** Opens /admin/ with the test backend, the content in the browser's storage, and signs in. */
async function openEditor() {
  const opened = await openPage(routes.admin);
  const { page } = opened;
  const base = site.baseUrl;
  // The test backend is chosen by the page's settings, which the build writes; the test serves them.
  await page.route(`${base}${routes.admin}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('content="{&quot;', 'content="{&quot;testRepo&quot;:true,&quot;');
    await route.fulfill({ response, body: html });
  });
  await page.evaluate(
    async ({ dir, files }) => {
      const storage = await navigator.storage.getDirectory();
      const base = await storage.getDirectoryHandle(dir, { create: true });
      for (const file of files) {
        const parts = file.path.split('/');
        let folder = base;
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
        const writable = await (await folder.getFileHandle(parts.at(-1) as string, { create: true })).createWritable();
        await writable.write(file.text);
        await writable.close();
      }
    },
    { dir: TEST_DIR, files: contentFiles() },
  );
  await page.reload();
  await page.getByRole('button', { name: /test-repo/ }).click();
  await page.getByText('2020-03-03 – Lärande nätverk, träff 1').waitFor();
  return opened;
}

/** The text of a file the editor saved. */
function savedFile(page: Page, file: string): Promise<string> {
  return page.evaluate(
    async ({ dir, file }) => {
      let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle(dir);
      const parts = file.split('/');
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
      return (await (await folder.getFileHandle(parts.at(-1) as string)).getFile()).text();
    },
    { dir: TEST_DIR, file },
  );
}

/** Scrolls every scrolled pane to its end, so the CMS renders the fields further down. */
/**
 * Picks `option` in the combobox named `combobox`. Sveltia re-renders its option list while it
 * opens, and on a busy machine the list can close before the click lands (the option "not stable",
 * then detached; seen once in a full test run while another build ran): then the list is opened
 * again, up to three times. The saved file, compared byte for byte with its fixture, shows what was
 * picked.
 */
async function choose(page: Page, combobox: string, option: string): Promise<void> {
  const choice = page.getByRole('option', { name: option });
  for (let attempt = 1; ; attempt++) {
    if (!(await choice.isVisible())) await page.getByRole('combobox', { name: combobox }).click();
    try {
      await choice.click({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

async function scrollToEnd(page: Page): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('*')) {
        if (element.scrollHeight > element.clientHeight + 50 && getComputedStyle(element).overflowY !== 'visible') {
          element.scrollTop = element.scrollHeight;
        }
      }
    });
    await page.waitForTimeout(300);
  }
}

/** Scrolls the form until the field appears `count` times (the CMS draws list items as they come into view). */
async function scrollUntil(page: Page, field: ReturnType<Page['getByRole']>, count: number): Promise<void> {
  await page.mouse.move(300, 500);
  for (let i = 0; i < 60 && (await field.count()) < count; i++) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(150);
  }
  await field.nth(count - 1).scrollIntoViewIfNeeded();
}

/** Saves the entry open in the editor and waits until the file in the browser's storage has changed. */
async function saveAndRead(page: Page, file: string, before: string): Promise<string> {
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect.poll(() => savedFile(page, file), { timeout: 30_000 }).not.toBe(before);
  return savedFile(page, file);
}

/** The CMS's preview frame (a `blob:` document) once it shows `heading`. */
async function previewFrame(page: Page, heading: string): Promise<Frame> {
  await expect
    .poll(
      async () => {
        for (const frame of page.frames().filter((f) => f.url().startsWith('blob:'))) {
          if ((await frame.locator('h1').allTextContents()).includes(heading)) return frame;
        }
        return undefined;
      },
      { timeout: 30_000 },
    )
    .toBeDefined();
  const frames = page.frames().filter((f) => f.url().startsWith('blob:'));
  for (const frame of frames) if ((await frame.locator('h1').allTextContents()).includes(heading)) return frame;
  throw new Error(`no preview shows ${heading}`);
}

/** axe run inside one frame (Playwright's evaluate is not bound by the frame's CSP). */
async function axeInFrame(frame: Frame): Promise<string[]> {
  const source = readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  return frame.evaluate(
    async ({ source, tags }) => {
      new Function(source)();
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map((v) => `${v.id}: ${v.help}`);
    },
    { source, tags: WCAG_TAGS },
  );
}

interface AxeResults {
  violations: Array<{ id: string; help: string }>;
}

/** The labels and values of a page's `<dl class="facts">`. */
async function factsOf(frame: Frame | Page): Promise<string[]> {
  return frame
    .locator('dl.facts > dt, dl.facts > dd')
    .evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/**
 * The shipped content folder copied, with `files` (paths under content/) written into it, and what
 * the validator says of it: how the pull request's check would read what the editor saved.
 */
function validatedWith(files: Record<string, string | Uint8Array>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-admin-'));
  const content = path.join(dir, 'content');
  cpSync(path.join(root, 'content'), content, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
    writeFileSync(path.join(content, file), text);
  }
  const result = validateContent({ root: dir, contentDir: 'content' });
  return { dir, content, result, errors: result.problems.filter((problem) => problem.severity === 'error') };
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('the web editor page as built', () => {
  const html = builtFile('admin/index.html');

  it('is marked noindex and is in neither the sitemap nor the search index', () => {
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(sitemapPaths().filter((pathname) => pathname.startsWith(routes.admin))).toEqual([]);
    const pagefind = path.join(site.outDir, 'pagefind');
    const indexed = readdirSync(pagefind, { recursive: true }).map(String);
    expect(indexed.length).toBeGreaterThan(0);
    expect(html).not.toContain('data-pagefind-body');
  });

  it('loads its script from the site itself, and nothing from a CDN is in the bundle', () => {
    const script = /<script type="module" src="([^"]+)"><\/script>/.exec(html)?.[1] ?? '';
    expect(script.startsWith(routes.admin)).toBe(true);
    expect(builtFile(script.slice(1))).not.toContain('cdn.jsdelivr.net');
  });

  it('tells a site without a repository how to set one up', async () => {
    const opened = await openPage(routes.admin);
    try {
      await expect(opened.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'Webbredigeraren är inte inställd',
      );
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('the web editor with the test backend', () => {
  it('runs under its CSP without a violation, sends no request off the origin, and its list and entry screens pass axe', async () => {
    const opened = await openEditor();
    try {
      const { page } = opened;
      expect(await axeViolations(page)).toEqual([]);
      await page.getByText('2023-05-23 – Lärandeseminarium 23 maj').click();
      await page.getByRole('textbox', { name: 'Rubrik' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('previews a report and a team story as their public pages show them, in the stylesheet of the site, and the preview passes axe', async () => {
    const opened = await openEditor();
    try {
      const { page } = opened;
      const cases = [
        // Which facts' values must read as on the page (date, time, place; organisations, status).
        {
          collection: 'meetings',
          id: '2020-09-21-goda-exempel-och-fortsatt-arbete',
          route: routes.meeting,
          same: [1, 3, 5],
        },
        { collection: 'teams', id: 'kaa-jonkoping', route: routes.team, same: [1, 3, 5, 7] },
      ];
      for (const { collection, id, route, same } of cases) {
        const built = await openPage(route(id));
        const heading = (await built.page.locator('h1').textContent()) ?? '';
        const publicFacts = await factsOf(built.page);
        const stylesheet = await built.page.locator('link[rel=stylesheet]').first().getAttribute('href');
        await built.close();
        await page.goto(`${site.baseUrl}${routes.admin}#/collections/${collection}/entries/${id}`);
        const frame = await previewFrame(page, heading);
        await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('sv');
        expect(
          await frame
            .locator('link[rel=stylesheet]')
            .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname)),
        ).toContain(stylesheet);
        // The same facts, in the same words, as the page (a report's series is drawn by the CMS's
        // own field preview).
        const previewFacts = await factsOf(frame);
        expect(previewFacts.filter((_, i) => i % 2 === 0)).toEqual(publicFacts.filter((_, i) => i % 2 === 0));
        expect(same.map((i) => previewFacts[i])).toEqual(same.map((i) => publicFacts[i]));
        expect(await axeInFrame(frame)).toEqual([]);
      }
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('edits a team story and a row of the matrix of a plan, and the saved files differ only on the lines of those fields', async () => {
    const opened = await openEditor();
    try {
      const { page } = opened;
      const team = 'content/teams/kaa-jonkoping.mdx';
      const teamBefore = readFileSync(path.join(root, team), 'utf8');
      await page.goto(`${site.baseUrl}${routes.admin}#/collections/teams/entries/kaa-jonkoping`);
      const summary = 'KAA i Jönköpings kommun söker upp ungdomar mellan 16 och 20 år som inte går på gymnasiet.';
      await page.getByRole('textbox', { name: 'Sammanfattning' }).fill(summary);
      expect(changedLines(teamBefore, await saveAndRead(page, team, teamBefore))).toEqual([`3: summary: ${summary}`]);

      const plan = 'content/plans/handlingsplan-2016-2017.mdx';
      const planBefore = readFileSync(path.join(root, plan), 'utf8');
      await page.goto(`${site.baseUrl}${routes.admin}#/collections/plans/entries/handlingsplan-2016-2017`);
      const expandAll = page
        .getByRole('group', { name: /Matris/ })
        .locator('button', { hasText: 'Expandera alla' })
        .first();
      const measure = page.getByRole('textbox', { name: 'Mått' });
      // The CMS counts a row as expanded until it has drawn the row (it draws rows as they come into
      // view), so "Expandera alla" can stay disabled over collapsed rows: scroll, and expand when it can.
      // A click moves the mouse, so it goes back over the form before every turn of the wheel.
      await expandAll.waitFor();
      await expect
        .poll(
          async () => {
            if (await expandAll.isEnabled()) {
              await expandAll.click();
            } else {
              await page.mouse.move(300, 500);
              await page.mouse.wheel(0, 300);
            }
            return measure.count();
          },
          { timeout: 30_000 },
        )
        .toBeGreaterThanOrEqual(2);
      await measure.nth(1).scrollIntoViewIfNeeded();
      await expect(measure.nth(1).inputValue()).resolves.toBe('Antal barn med hälsa/ohälsa');
      await measure.nth(1).fill('Antal barn med god hälsa och med ohälsa');
      const planAfter = await saveAndRead(page, plan, planBefore);
      const line = planBefore.split('\n').indexOf('    measure: Antal barn med hälsa/ohälsa') + 1;
      expect(line).toBeGreaterThan(0);
      expect(changedLines(planBefore, planAfter)).toEqual([
        `${line}: ${'    measure: Antal barn med god hälsa och med ohälsa'}`,
      ]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('uploads a team image into content/images with the alt text it requires, and the file it writes passes the validator', async () => {
    const opened = await openEditor();
    const team = 'content/teams/kaa-jonkoping.mdx';
    const before = readFileSync(path.join(root, team), 'utf8');
    const image = path.join(root, 'tests/fixtures/images/skolgarden.jpg');
    let written = '';
    let uploaded: number[] = [];
    try {
      const { page } = opened;
      await page.goto(`${site.baseUrl}${routes.admin}#/collections/teams/entries/kaa-jonkoping`);
      await page.getByRole('textbox', { name: 'Sammanfattning' }).waitFor();
      const add = page.getByRole('checkbox', { name: /Lägg till.*Bild/ });
      await add.click();
      await expect.poll(() => add.getAttribute('aria-checked')).toBe('true');
      // The CMS draws the image field's parts as they come into view.
      await scrollUntil(page, page.getByRole('textbox', { name: 'Alt-text' }), 1);
      const picker = page.locator('input[type=file]').first();
      expect(await picker.getAttribute('accept')).not.toMatch(/svg/i);
      await picker.setInputFiles(image);
      // Without its alt text the image is not saved.
      await page.getByRole('button', { name: 'Spara' }).click();
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Alt-text' }).getAttribute('aria-invalid'), { timeout: 10_000 })
        .toBe('true');
      expect(await savedFile(page, team)).toBe(before);
      await page.getByRole('textbox', { name: 'Alt-text' }).fill('Barn som leker på skolgården');
      written = await saveAndRead(page, team, before);
      uploaded = await page.evaluate(async (dir) => {
        const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(dir);
        const images = await (await root.getDirectoryHandle('content')).getDirectoryHandle('images');
        const file = await (await images.getFileHandle('skolgarden.jpg')).getFile();
        return [...new Uint8Array(await file.arrayBuffer())];
      }, TEST_DIR);
    } finally {
      await opened.close();
    }
    expect(written).toContain('image:\n  src: "../images/skolgarden.jpg"\n  alt: Barn som leker på skolgården\n---');
    expect(Buffer.from(uploaded).equals(readFileSync(image))).toBe(true);
    // The validator, with the image where the editor put it, accepts the team.
    const { errors } = validatedWith({
      'images/skolgarden.jpg': Buffer.from(uploaded),
      'teams/kaa-jonkoping.mdx': written,
    });
    expect(errors).toEqual([]);
  });

  it('puts an image in the text with the editor’s image component: stopped without alt text, then written as Markdown the validator accepts', async () => {
    const opened = await openEditor();
    const file = 'content/meetings/2025-06-12-bild-i-texten.mdx';
    const image = path.join(root, 'tests/fixtures/images/skolgarden.jpg');
    let written = '';
    try {
      const { page } = opened;
      await page.goto(`${site.baseUrl}${routes.admin}#/collections/meetings/new`);
      await page.getByRole('textbox', { name: 'Rubrik' }).fill('Bild i texten');
      await page.getByRole('textbox', { name: 'Datum' }).fill('2025-06-12');
      await page
        .getByRole('textbox', { name: 'Sammanfattning' })
        .fill('En träff där texten har en bild från skolgården.');
      await scrollToEnd(page);
      await page.locator('[contenteditable=true]').first().click();
      await page.getByRole('button', { name: 'Infoga' }).first().click();
      await page.getByRole('menuitem', { name: /Bild/ }).click();
      const picker = page.locator('input[type=file]').first();
      expect(await picker.getAttribute('accept')).not.toMatch(/svg/i);
      await picker.setInputFiles(image);
      await page.getByRole('button', { name: 'Spara' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Fel' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('saknar alt-text');
      await dialog.getByRole('button', { name: 'OK' }).click();
      await page.getByRole('textbox', { name: 'Alt-text' }).last().fill('Barn som leker på skolgården');
      await page.getByRole('button', { name: 'Spara' }).click();
      await expect.poll(() => savedFile(page, file).catch(() => ''), { timeout: 30_000 }).toContain('---');
      written = await savedFile(page, file);
    } finally {
      await opened.close();
    }
    expect(written).toContain('\n![Barn som leker på skolgården](../images/skolgarden.jpg)\n');
    const { errors } = validatedWith({
      'images/skolgarden.jpg': readFileSync(image),
      [`meetings/${path.basename(file)}`]: written,
    });
    expect(errors).toEqual([]);
  });

  it('stops a save the validator would refuse, with its Swedish message naming the field, and writes nothing', async () => {
    const opened = await openEditor();
    try {
      const { page } = opened;
      await page.goto(`${site.baseUrl}${routes.admin}#/collections/meetings/new`);
      await page.getByRole('textbox', { name: 'Rubrik' }).fill('Träff med ett personnummer');
      await page.getByRole('textbox', { name: 'Datum' }).fill('2025-06-10');
      await page
        .getByRole('textbox', { name: 'Sammanfattning' })
        .fill('Frågor om träffen besvaras av Anna, 19121212-1212, som samordnar nätverket i länet.');
      await page.getByRole('button', { name: 'Spara' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Fel' });
      await dialog.waitFor();
      const message = (await dialog.textContent()) ?? '';
      expect(message).toContain('Sammanfattning');
      expect(message).toMatch(/personnummer/i);
      expect(message).not.toMatch(/expected|invalid|error/i);
      const meetings = await page.evaluate(async (dir) => {
        const folder = await (
          await (await navigator.storage.getDirectory()).getDirectoryHandle(dir)
        )
          .getDirectoryHandle('content')
          .then((content) => content.getDirectoryHandle('meetings'));
        const names: string[] = [];
        for await (const name of (folder as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
        return names;
      }, TEST_DIR);
      expect(meetings.filter((name) => name.startsWith('2025-06-10'))).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('writes what an editor types in the text as text: HTML, braces and import lines reach the file escaped, and the whole validator, body check included, accepts it', async () => {
    const opened = await openEditor();
    let written = '';
    try {
      const { page } = opened;
      await page.goto(`${site.baseUrl}${routes.admin}#/collections/meetings/new`);
      await page.getByRole('textbox', { name: 'Rubrik' }).fill('Kod i texten');
      await page.getByRole('textbox', { name: 'Datum' }).fill('2025-06-11');
      await page.getByRole('textbox', { name: 'Sammanfattning' }).fill('En träff där någon skrev kod i texten.');
      await scrollToEnd(page);
      await page.locator('[contenteditable=true]').first().click();
      for (const line of ['<script>alert(1)</script> och <b>fet</b>', '{process.env.HEMLIG}', "import x from 'y'"]) {
        await page.keyboard.type(line);
        await page.keyboard.press('Enter');
      }
      await page.getByRole('button', { name: 'Spara' }).click();
      const saved = 'content/meetings/2025-06-11-kod-i-texten.mdx';
      await expect.poll(() => savedFile(page, saved).catch(() => ''), { timeout: 30_000 }).toContain('---');
      written = await savedFile(page, saved);
    } finally {
      await opened.close();
    }
    expect(validatedWith({ 'meetings/2025-06-11-kod-i-texten.mdx': written }).errors).toEqual([]);
    const body = written.split('\n---\n')[1] ?? '';
    expect(body).not.toMatch(/^import /m);
    expect(body).not.toMatch(/(^|[^\\])[<{]/);
  });

  it('creates a meeting report that the validator accepts and that builds into a page, a search record and a calendar entry', async () => {
    const opened = await openEditor();
    let written: string;
    try {
      const { page } = opened;
      await page.goto(`${site.baseUrl}${routes.admin}#/collections/meetings/new`);
      await page.getByRole('textbox', { name: 'Rubrik' }).fill('Nätverksträff om rörelse på schemat');
      await page.getByRole('textbox', { name: 'Datum' }).fill('2025-05-20');
      await page.getByRole('textbox', { name: 'Tid' }).fill('09:00–12:00');
      await page.getByRole('textbox', { name: 'Plats' }).fill('Rosenlunds vårdcentrum, Jönköping');
      await page
        .getByRole('textbox', { name: 'Sammanfattning' })
        .fill('Teamen berättade hur de får fler barn att röra på sig under skoldagen och vad det har gett.');
      // Pickers show names, and store ids.
      await page.getByRole('radio', { name: /växa upp/i }).click();
      // A speaker is one of two kinds, chosen when added; each shows only its own fields.
      const addSpeaker = async (kind: string) => {
        await page.locator('button', { hasText: 'Lägg till ⁨Talare' }).click();
        await page.getByRole('menuitem', { name: kind }).click();
      };
      await addSpeaker('Talare med egen fil');
      await choose(page, 'Person', 'Ida Erixon');
      await page.getByRole('textbox', { name: 'Ämne' }).fill('Berättade om rörelse i skolan');
      await expect(page.getByRole('textbox', { name: 'Namn' }).count()).resolves.toBe(0);
      await addSpeaker('Talare utifrån');
      await page.getByRole('textbox', { name: 'Namn' }).fill('Anna Andersson');
      await page.getByRole('textbox', { name: 'Roll' }).fill('Rektor');
      await page.getByRole('textbox', { name: 'Organisation' }).fill('Attarpsskolan');
      await choose(page, 'Team', 'Attarpsskolan');
      await page.keyboard.press('Tab');
      await scrollToEnd(page);
      await page.locator('[contenteditable=true]').first().click();
      await page.keyboard.type('Inledning till träffen.');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Infoga' }).first().click();
      await page.getByRole('menuitem', { name: /Faktaruta/ }).click();
      await page.getByRole('textbox', { name: 'Rubrik i rutan' }).fill('Det här är rörelse på schemat');
      await page.locator('[contenteditable=true]').nth(1).click();
      await page.keyboard.type('Minst 30 minuter rörelse varje skoldag.');
      await page.locator('[contenteditable=true]').first().click();
      await page.keyboard.press('Control+End');
      await page.getByRole('button', { name: 'Infoga' }).first().click();
      await page.getByRole('menuitem', { name: /Video/ }).click();
      await page.getByRole('textbox', { name: /Filmens adress/ }).fill('https://vimeo.com/123456789');
      await page.getByRole('textbox', { name: 'Vad filmen handlar om' }).fill('Intervju om rörelse på schemat');
      await page.getByRole('button', { name: 'Spara' }).click();
      await expect
        .poll(() => savedFile(page, `content/meetings/${MEETING_ID}.mdx`).catch(() => ''), { timeout: 30_000 })
        .toContain('---');
      written = await savedFile(page, `content/meetings/${MEETING_ID}.mdx`);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    } finally {
      await opened.close();
    }
    expect(written).toBe(readFileSync(path.join(root, 'tests/fixtures/admin', `${MEETING_ID}.mdx`), 'utf8'));

    // The validator accepts the content folder with the new file, byte for byte as written.
    const { dir, content, result, errors } = validatedWith({ [`meetings/${MEETING_ID}.mdx`]: written });
    expect(errors).toEqual([]);
    expect(result.entries.get('meetings')?.has(MEETING_ID)).toBe(true);

    // And it builds: the page, its search record and its calendar entry.
    const outDir = path.join(dir, 'dist');
    const build = buildSite({ outDir, contentDir: content, cacheDir: path.join(dir, 'cache') });
    expect(build.status, build.log).toBe(0);
    const page = readFileSync(path.join(outDir, routes.meeting(MEETING_ID).slice(1), 'index.html'), 'utf8');
    expect(page).toContain('Nätverksträff om rörelse på schemat');
    expect(page).toContain('data-pagefind-body');
    expect(page).toContain('Anna Andersson');
    expect(readFileSync(path.join(outDir, 'kalender.ics'), 'utf8')).toContain('Nätverksträff om rörelse på schemat');
    // Its search record: a fragment of Pagefind's index (gzip with Pagefind's signature) for its address.
    const fragments = readdirSync(path.join(outDir, 'pagefind', 'fragment')).map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(path.join(outDir, 'pagefind', 'fragment', name)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string; content: string; meta: { title?: string } },
    );
    const record = fragments.find((fragment) => fragment.url === routes.meeting(MEETING_ID));
    expect(record?.meta.title).toBe('Nätverksträff om rörelse på schemat');
    expect(record?.content).toContain('Minst 30 minuter rörelse varje skoldag.');
  });
});
