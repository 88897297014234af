/**
 * The web editor at /admin/ with its real `github` backend and editorial workflow, offline: the
 * built page in Chromium talks to a fake GitHub API (fake-github.ts) that Playwright answers inside
 * the browser, backed by a git repository made from the shipped content at test time
 * (local-git.ts). An editor signs in with a token, edits a meeting's summary and saves (a branch and
 * a draft pull request), sends it for review, marks it ready, and publishes (the pull request is
 * merged into main). The steps run in order on one signed-in page; each checks the repository. A
 * second page reads a pull request that another tool labelled the way Decap CMS does.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routing/routes.ts';
import { validateContent } from '../../src/lib/validate/content.ts';
import { API, FakeGitHub } from './fake-github.ts';
import { changedLines, openPage, site, type OpenedPage } from './harness.ts';
import { LocalGit } from './local-git.ts';

const root = path.resolve(import.meta.dirname, '../..');
const REPO = 'region/basta-platsen';
const MEETING = '2020-04-27-larande-natverk-traff-2';
const FILE = `content/meetings/${MEETING}.mdx`;
const BRANCH = `cms/meetings/${MEETING}`;
const TOKEN = 'ett-token-bara-for-testet';
const OLD_SUMMARY = 'Omgångens andra träff enligt schemat, på den digitala mötesplatsen Zoom.';
const NEW_SUMMARY = 'Omgångens andra träff enligt schemat, som videomöte i Zoom.';

/**
 * The CMS asks www.githubstatus.com whether GitHub is up; the page's CSP blocks it before any request
 * is made (the CMS then shows no status), and the browser logs these two errors.
 */
const STATUS_CHECK = 'https://www.githubstatus.com/api/v2/status.json';

/** The page's settings element, naming a repository on GitHub (the shipped site names none). */
function withRepository(html: string): string {
  return html.replace(
    /(<meta name="basta-cms" content=")([^"]*)(">)/,
    (_, start: string, json: string, end: string) => {
      const settings = JSON.parse(json.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as Record<string, unknown>;
      delete settings.authUrl;
      const text = JSON.stringify({ ...settings, repo: REPO, branch: 'main' });
      return `${start}${text.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}${end}`;
    },
  );
}

/**
 * Opens /admin/ with a repository on GitHub in its settings, every request to the API answered by
 * `fake`, and every request to another host aborted and recorded in `escaped`.
 */
async function openEditor(fake: FakeGitHub, escaped: string[]): Promise<OpenedPage> {
  const opened = await openPage(routes.admin);
  const { page } = opened;
  const origin = new URL(site.baseUrl).origin;
  await page.route(
    (url) => url.origin !== origin && url.origin !== API,
    (route) => {
      escaped.push(route.request().url());
      return route.abort();
    },
  );
  await fake.attach(page);
  await page.route(`${site.baseUrl}${routes.admin}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: withRepository(await response.text()) });
  });
  await page.reload();
  return opened;
}

/**
 * Chooses `to` in the entry's status menu and waits until the status button shows it. While the
 * entry opens, the CMS asks the API about its files' commits and redraws it, and a choice made
 * meanwhile can be lost: no request is sent and the status stays (most runs failed so for a while on
 * 27 November, none before). The choice is then made again, for up to a minute.
 */
async function chooseStatus(page: Page, from: string, to: string): Promise<void> {
  const status = (name: string) => page.getByRole('button', { name: new RegExp(`^Status: .?${name}.?$`) });
  const choice = page.getByRole('menuitemradio', { name: to });
  for (let attempt = 1; ; attempt++) {
    if (!(await choice.isVisible())) await status(from).click();
    await choice.click();
    try {
      await status(to).waitFor({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 6) throw error;
    }
  }
}

/** Signs in with a token and waits for the meetings' list. */
async function signIn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Logga in med en Access Token' }).click();
  await page.getByRole('textbox').fill(TOKEN);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.getByText('2020-03-03 – Lärande nätverk, träff 1').waitFor({ timeout: 60_000 });
}

describe('the web editor with the GitHub backend and its editorial workflow, against a fake GitHub on a local git repository', () => {
  let git: LocalGit;
  let fake: FakeGitHub;
  let opened: OpenedPage;
  let initialMain: string;
  /** Requests to any other host than the site and the API, stopped before the network. */
  const escaped: string[] = [];

  beforeAll(async () => {
    git = LocalGit.withContent(path.join(root, 'content'));
    initialMain = git.revParse('main') as string;
    fake = new FakeGitHub(git, REPO);
    opened = await openEditor(fake, escaped);
  });

  afterAll(async () => {
    await opened?.close();
    git?.remove();
  });

  it('signs in with a token and lists the meetings it reads from the main branch through the API', async () => {
    const { page } = opened;
    await signIn(page);
    await expect(page.getByText('2023-05-23 – Lärandeseminarium 23 maj').count()).resolves.toBe(1);
    expect(fake.answered).toContain(`GET ${API}/user`);
    expect(fake.answered).toContain(`GET ${API}/repos/${REPO}/git/trees/${initialMain}?recursive=1`);
  });

  it('saves an edited summary as one commit on a branch of its own that changes only that line, and opens a draft pull request labelled as a draft', async () => {
    const { page } = opened;
    await page.getByText('2020-04-27 – Lärande nätverk, träff 2').click();
    const summary = page.getByRole('textbox', { name: 'Sammanfattning' });
    await expect(summary.inputValue()).resolves.toBe(OLD_SUMMARY);
    await summary.fill(NEW_SUMMARY);
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => fake.pulls[0]?.labels, { timeout: 30_000 }).toEqual(['sveltia-cms/draft']);

    expect(git.branches()).toEqual([BRANCH, 'main']);
    expect(git.revParse('main')).toBe(initialMain);
    expect(git.commitsAhead('main', BRANCH)).toBe(1);
    expect(git.changedFiles('main', BRANCH)).toEqual([{ status: 'M', path: FILE }]);
    expect(changedLines(git.show('main', FILE), git.show(BRANCH, FILE))).toEqual([`8: summary: ${NEW_SUMMARY}`]);
    expect(fake.pulls).toHaveLength(1);
    expect(fake.pulls[0]).toMatchObject({ head: BRANCH, base: 'main', draft: true, state: 'open', merged: false });
  });

  it('sends the change for review, then marks it ready in the status menu: the label follows and the pull request leaves draft', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: 'Skicka för granskning' }).click();
    await expect.poll(() => fake.pulls[0]?.labels, { timeout: 30_000 }).toEqual(['sveltia-cms/pending_review']);
    await expect.poll(() => fake.pulls[0]?.draft, { timeout: 30_000 }).toBe(false);

    // The CMS closes the entry after sending it; the list marks it, and it opens again from there.
    // The entry's title is in the open entry too: it is clicked once the entry has closed.
    await page.getByRole('button', { name: 'Skicka för granskning' }).waitFor({ state: 'detached' });
    await page.getByText('2020-04-27 – Lärande nätverk, träff 2').click();
    await chooseStatus(page, 'Granskas', 'Klar');
    await expect.poll(() => fake.pulls[0]?.labels, { timeout: 30_000 }).toEqual(['sveltia-cms/pending_publish']);
    expect(git.revParse('main')).toBe(initialMain);
  });

  it('publishes by merging the pull request into main and deleting the branch; main then holds exactly the edit, and the validator accepts it', async () => {
    const { page } = opened;
    const saved = git.show(BRANCH, FILE);
    await page.getByRole('button', { name: 'Publicera post' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Publicera' }).click();
    await expect.poll(() => fake.pulls[0]?.merged, { timeout: 30_000 }).toBe(true);
    await expect.poll(() => git.branches(), { timeout: 30_000 }).toEqual(['main']);

    expect(fake.pulls[0]?.state).toBe('closed');
    expect(git.revParse('main')).toBe(fake.pulls[0]?.mergeCommit);
    expect(git.changedFiles(initialMain, 'main')).toEqual([{ status: 'M', path: FILE }]);
    expect(git.show('main', FILE)).toBe(saved);

    git.checkout('main');
    const result = validateContent({ root: git.dir, contentDir: 'content' });
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.entries.get('meetings')?.get(MEETING)?.data).toMatchObject({ summary: NEW_SUMMARY });
  });

  it('sent every request off the site to the fake API, which answered each one, and logged no error but the blocked status check', () => {
    expect(fake.unanswered).toEqual([]);
    expect([...fake.authorizations]).toEqual([`token ${TOKEN}`]);
    expect(escaped).toEqual([]);
    expect(opened.foreignRequests.filter((url) => !url.startsWith(`${API}/`))).toEqual([]);
    expect(opened.foreignRequests).toHaveLength(fake.answered.length);
    expect(opened.consoleErrors.filter((error) => !error.includes(STATUS_CHECK))).toEqual([]);
  });
});

describe('the web editor with the GitHub backend, given a pull request another tool labelled', () => {
  let git: LocalGit | undefined;
  let opened: OpenedPage | undefined;
  afterAll(async () => {
    await opened?.close();
    git?.remove();
  });

  it('reads a pull request labelled decap-cms/pending_review as an entry in review, with the text of its branch', async () => {
    git = LocalGit.withContent(path.join(root, 'content'));
    const fake = new FakeGitHub(git, REPO);
    const id = '2020-06-08-larande-natverk-traff-3';
    const file = `content/meetings/${id}.mdx`;
    const branch = `cms/meetings/${id}`;
    const main = git.revParse('main') as string;
    const before = git.show('main', file);
    const summary = 'Omgångens tredje träff, i Zoom, med en föreläsning av Susan Hannah.';
    const after = before.replace(/^summary: .*$/m, `summary: ${summary}`);
    expect(after).not.toBe(before);
    git.createBranch(branch, main);
    git.commit(branch, main, {
      additions: [{ path: file, bytes: Buffer.from(after) }],
      deletions: [],
      message: 'Update',
    });
    fake.openPull({
      title: `Update Träff “${id}”`,
      head: branch,
      base: 'main',
      draft: false,
      labels: ['decap-cms/pending_review'],
    });

    const escaped: string[] = [];
    opened = await openEditor(fake, escaped);
    const { page } = opened;
    await signIn(page);
    await page.getByText('2020-06-08 – Lärande nätverk, träff 3').click();
    await page.getByRole('button', { name: /^Status: .?Granskas.?$/ }).waitFor();
    await expect(page.getByRole('textbox', { name: 'Sammanfattning' }).inputValue()).resolves.toBe(summary);
    expect(git.revParse('main')).toBe(main);
    expect(fake.unanswered).toEqual([]);
    expect(escaped).toEqual([]);
  });
});
