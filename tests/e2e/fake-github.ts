/**
 * A fake GitHub API for the web editor's `github` backend, answered inside the browser by
 * Playwright's request routing (nothing leaves the machine) and backed by a real git repository on
 * disk (local-git.ts). It implements only the REST and GraphQL calls Sveltia CMS 0.221.1 makes
 * for signing in with a token, loading the files and the editorial workflow (a branch and a pull
 * request per save, the status as a label, publishing as a merge); any other call is answered 404
 * and recorded in `unanswered`, so a test sees what the CMS asked for that the fake does not know.
 */
import type { Page, Route } from 'playwright-core';
import { fakeGraphQL, USER } from './fake-github-graphql.ts';
import type { LocalGit } from './local-git.ts';

export const API = 'https://api.github.com';

export interface PullRequest {
  number: number;
  nodeId: string;
  title: string;
  head: string;
  base: string;
  draft: boolean;
  labels: string[];
  state: 'open' | 'closed';
  merged: boolean;
  /** The merge commit on `base`, once merged. */
  mergeCommit?: string;
  createdAt: string;
  updatedAt: string;
}

export interface Reply {
  status?: number;
  json?: unknown;
  body?: Buffer;
}

type Handler = (fake: FakeGitHub, match: string[], body: Record<string, unknown>) => Reply;

const REPO = '/repos/[^/]+/[^/]+';

/** What a browser needs to read an answer from another origin (Playwright answers the preflights). */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
  'access-control-allow-headers': 'Authorization, Content-Type, Accept',
};

/** A pull request by its number in the path; throws when there is none. */
function pullOf(fake: FakeGitHub, number: string | undefined): PullRequest {
  const pull = fake.pulls.find((candidate) => candidate.number === Number(number));
  if (!pull) throw new Error(`no pull request #${number}`);
  return pull;
}

/** A pull request as the REST API describes it. */
export function restPull(fake: FakeGitHub, pull: PullRequest): Record<string, unknown> {
  return {
    number: pull.number,
    node_id: pull.nodeId,
    title: pull.title,
    html_url: `https://github.com/${fake.repo}/pull/${pull.number}`,
    state: pull.state,
    draft: pull.draft,
    merged: pull.merged,
    head: { ref: pull.head, sha: fake.git.revParse(`refs/heads/${pull.head}`) },
    base: { ref: pull.base },
    labels: pull.labels.map((name) => ({ name })),
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
  };
}

/** The REST routes: method, path pattern (after the API's origin), handler. */
const REST: Array<[string, RegExp, Handler]> = [
  ['GET', /^\/user$/, () => ({ json: { ...USER, html_url: `https://github.com/${USER.login}`, avatar_url: null } })],
  ['GET', new RegExp(`^${REPO}/collaborators/[^/]+$`), () => ({ status: 204 })],
  [
    'GET',
    new RegExp(`^${REPO}/git/trees/(.+)$`),
    (fake, [, revision]) => {
      const sha = fake.git.revParse(decodeURIComponent(revision ?? '')) ?? '';
      const tree = fake.git.tree(sha).map((file) => ({ ...file, mode: '100644', type: 'blob' }));
      return { json: { sha, tree, truncated: false } };
    },
  ],
  ['GET', new RegExp(`^${REPO}/git/blobs/([0-9a-f]{40})$`), (fake, [, sha]) => ({ body: fake.git.blob(sha ?? '') })],
  [
    'PATCH',
    new RegExp(`^${REPO}/git/refs/heads/(.+)$`),
    (fake, [, branch], body) => {
      fake.git.resetBranch(decodeURI(branch ?? ''), String(body.sha));
      return { json: { ref: `refs/heads/${decodeURI(branch ?? '')}`, object: { sha: body.sha } } };
    },
  ],
  [
    'DELETE',
    new RegExp(`^${REPO}/git/refs/heads/(.+)$`),
    (fake, [, branch]) => {
      fake.git.deleteBranch(decodeURI(branch ?? ''));
      return { status: 204 };
    },
  ],
  [
    'POST',
    new RegExp(`^${REPO}/pulls$`),
    (fake, _, body) => {
      const pull = fake.openPull({
        title: String(body.title),
        head: String(body.head),
        base: String(body.base),
        draft: body.draft === true,
        labels: [],
      });
      return { status: 201, json: restPull(fake, pull) };
    },
  ],
  [
    'PATCH',
    new RegExp(`^${REPO}/pulls/(\\d+)$`),
    (fake, [, number], body) => {
      const pull = pullOf(fake, number);
      if (body.state === 'closed' || body.state === 'open') pull.state = body.state;
      return { json: restPull(fake, pull) };
    },
  ],
  [
    'GET',
    new RegExp(`^${REPO}/pulls/(\\d+)/files$`),
    (fake, [, number]) => {
      const pull = pullOf(fake, number);
      const status = { A: 'added', M: 'modified', D: 'removed' } as Record<string, string>;
      const files = fake.git.changedFiles(pull.base, pull.head);
      return { json: files.map((file) => ({ filename: file.path, status: status[file.status] ?? 'modified' })) };
    },
  ],
  [
    'PUT',
    new RegExp(`^${REPO}/pulls/(\\d+)/merge$`),
    (fake, [, number], body) => {
      const pull = pullOf(fake, number);
      if (pull.state !== 'open' || pull.draft) throw new Error('Pull Request is not mergeable');
      const title = String(body.commit_title ?? pull.title);
      pull.mergeCommit = fake.git.merge(pull.base, pull.head, title, body.merge_method === 'squash');
      pull.merged = true;
      pull.state = 'closed';
      return { json: { sha: pull.mergeCommit, merged: true, message: 'Pull Request successfully merged' } };
    },
  ],
  [
    'GET',
    new RegExp(`^${REPO}/issues/(\\d+)$`),
    (fake, [, number]) => ({ json: restPull(fake, pullOf(fake, number)) }),
  ],
  [
    'PATCH',
    new RegExp(`^${REPO}/issues/(\\d+)$`),
    (fake, [, number], body) => {
      const pull = pullOf(fake, number);
      if (Array.isArray(body.labels)) pull.labels = body.labels.map(String);
      pull.updatedAt = new Date().toISOString();
      return { json: restPull(fake, pull) };
    },
  ],
  [
    'POST',
    new RegExp(`^${REPO}/issues/(\\d+)/labels$`),
    (fake, [, number], body) => {
      const pull = pullOf(fake, number);
      for (const label of (body.labels as string[] | undefined) ?? []) {
        if (!pull.labels.includes(label)) pull.labels.push(label);
      }
      return { json: pull.labels.map((name) => ({ name })) };
    },
  ],
];

export class FakeGitHub {
  /** The pull requests opened, in order (number 1 first). */
  readonly pulls: PullRequest[] = [];
  /** Every request answered, as `METHOD url` (GraphQL ones with the operation's first words). */
  readonly answered: string[] = [];
  /** Every request the fake does not implement, answered 404. */
  readonly unanswered: string[] = [];
  /** The `Authorization` headers the requests carried. */
  readonly authorizations = new Set<string>();

  /** The repository the API serves. */
  readonly git: LocalGit;
  /** `owner/name`, as the web editor's settings name it. */
  readonly repo: string;

  constructor(git: LocalGit, repo: string) {
    this.git = git;
    this.repo = repo;
  }

  /** Opens a pull request from an existing branch, as `POST /pulls` (or another tool) does. */
  openPull(fields: Pick<PullRequest, 'title' | 'head' | 'base' | 'draft' | 'labels'>): PullRequest {
    if (!this.git.revParse(`refs/heads/${fields.head}`)) throw new Error(`head ${fields.head} does not exist`);
    const now = new Date().toISOString();
    const number = this.pulls.length + 1;
    const pull: PullRequest = {
      ...fields,
      number,
      nodeId: `PR_${number}`,
      state: 'open',
      merged: false,
      createdAt: now,
      updatedAt: now,
    };
    this.pulls.push(pull);
    return pull;
  }

  /** Answers every request to the API from `page`; none reaches the network. */
  async attach(page: Page): Promise<void> {
    await page.route(`${API}/**`, (route) => this.handle(route));
  }

  private async handle(route: Route): Promise<void> {
    const request = route.request();
    const method = request.method();
    const url = new URL(request.url());
    const body = (request.postDataJSON() ?? {}) as Record<string, unknown>;
    this.authorizations.add(request.headers().authorization ?? '');
    let reply: Reply | undefined;
    let what = `${method} ${request.url()}`;
    try {
      if (url.pathname === '/graphql' && method === 'POST') {
        what = `POST graphql ${String(body.query).replace(/\s+/g, ' ').slice(0, 160)}`;
        const answer = fakeGraphQL(this, String(body.query), (body.variables ?? {}) as Record<string, unknown>);
        if (answer) reply = { json: answer };
      } else {
        for (const [verb, pattern, handler] of REST) {
          const match = verb === method ? pattern.exec(url.pathname) : null;
          if (match) reply = handler(this, [...match], body);
          if (reply) break;
        }
      }
    } catch (error) {
      const message = (error as Error).message;
      reply =
        url.pathname === '/graphql'
          ? { json: { data: null, errors: [{ message }] } }
          : { status: 422, json: { message } };
    }
    if (!reply) {
      this.unanswered.push(what);
      await route.fulfill({ status: 404, json: { message: 'Not Found' } });
      return;
    }
    this.answered.push(what);
    await route.fulfill({
      status: reply.status ?? 200,
      headers: CORS,
      ...(reply.body
        ? { body: reply.body, contentType: 'application/octet-stream' }
        : reply.json === undefined
          ? { body: '' }
          : { json: reply.json }),
    });
  }
}
