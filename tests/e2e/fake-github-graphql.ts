/**
 * The GraphQL half of the fake GitHub (fake-github.ts): the queries and mutations Sveltia CMS
 * 0.221.1 sends, recognised by their shape (the CMS builds them from fixed templates, with file
 * paths and object ids written into the query as JSON strings), answered from the local repository.
 * An unknown query is an error, so a test fails instead of the CMS getting a made-up answer.
 */
import type { FakeGitHub, PullRequest } from './fake-github.ts';
import { COMMITTER } from './local-git.ts';

/** The signed-in user, as `/user` and the pull requests' authors describe them; they make the commits. */
export const USER = { login: 'redaktor', id: 1, name: COMMITTER.name, email: COMMITTER.email };

type Variables = Record<string, unknown>;

/** A JSON string literal, as the CMS writes paths and ids into a query. */
const STRING = '("(?:[^"\\\\]|\\\\.)*")';

/** A branch from a `qualifiedName` or a ref (`refs/heads/x` or `x`). */
const branchOf = (name: unknown) => String(name).replace(/^refs\/heads\//, '');

/** The commit of a branch as `history` describes it. */
function historyNode(fake: FakeGitHub, revision: string, count: number, file?: string) {
  return fake.git.history(revision, count, file).map((commit) => ({
    oid: commit.oid,
    message: fake.git.subject(commit.oid),
    committedDate: commit.date,
    author: {
      name: commit.name,
      email: commit.email,
      avatarUrl: null,
      user: commit.email === USER.email ? { id: USER.id, login: USER.login } : null,
    },
  }));
}

/** A branch's head as `ref(qualifiedName:)` returns it; null when the branch does not exist. */
function refWithHistory(fake: FakeGitHub, branch: string, count: number, file?: string) {
  const oid = fake.git.revParse(`refs/heads/${branch}`);
  if (!oid) return null;
  return { target: { oid, history: { nodes: historyNode(fake, oid, count, file) } } };
}

/** A blob as `... on Blob { oid byteSize isBinary isTruncated text }` returns it. */
function blobNode(fake: FakeGitHub, sha: string | undefined) {
  if (!sha) return null;
  const bytes = fake.git.blob(sha);
  const isBinary = bytes.includes(0);
  return {
    oid: sha,
    byteSize: bytes.length,
    isBinary,
    isTruncated: false,
    text: isBinary ? null : bytes.toString('utf8'),
  };
}

/** A pull request as the workflow's list query reads it. */
function pullNode(fake: FakeGitHub, pull: PullRequest) {
  const changeType = { A: 'ADDED', M: 'MODIFIED', D: 'DELETED' } as Record<string, string>;
  return {
    id: pull.nodeId,
    number: pull.number,
    title: pull.title,
    url: `https://github.com/${fake.repo}/pull/${pull.number}`,
    isDraft: pull.draft,
    isCrossRepository: false,
    createdAt: pull.createdAt,
    updatedAt: pull.updatedAt,
    headRefName: pull.head,
    headRefOid: fake.git.revParse(`refs/heads/${pull.head}`),
    author: { login: USER.login, avatarUrl: null, name: USER.name, email: USER.email, databaseId: USER.id },
    labels: { nodes: pull.labels.map((name) => ({ name })) },
    files: {
      nodes: fake.git
        .changedFiles(pull.base, pull.head)
        .map((file) => ({ path: file.path, changeType: changeType[file.status] ?? 'MODIFIED' })),
    },
  };
}

/** The aliased fields of a batched query (`content_0: object(oid: "…") { … }`), each answered alone. */
function aliased(fake: FakeGitHub, query: string, variables: Variables): Record<string, unknown> | undefined {
  const found: Record<string, unknown> = {};
  const byOid = new RegExp(`(\\w+_\\d+): object\\(oid: ${STRING}\\)`, 'g');
  for (const [, alias, oid] of query.matchAll(byOid))
    found[alias as string] = blobNode(fake, JSON.parse(oid as string));
  const byExpression = new RegExp(`(\\w+_\\d+): object\\(expression: ${STRING}\\)`, 'g');
  for (const [, alias, expression] of query.matchAll(byExpression)) {
    const [branch = '', ...file] = (JSON.parse(expression as string) as string).split(':');
    found[alias as string] = blobNode(fake, fake.git.blobAt(`refs/heads/${branch}`, file.join(':')));
  }
  const byHistory = new RegExp(
    `(\\w+_\\d+): ref\\(qualifiedName: \\$branch\\) \\{ target \\{ \\.\\.\\. on Commit \\{ history\\(first: (\\d+), path: ${STRING}\\)`,
    'g',
  );
  for (const [, alias, count, file] of query.matchAll(byHistory)) {
    const branch = branchOf(variables.branch);
    found[alias as string] = refWithHistory(fake, branch, Number(count), JSON.parse(file as string));
  }
  return Object.keys(found).length > 0 ? { repository: found } : undefined;
}

/** `createCommitOnBranch`: a commit with the given files on a branch, refused if the branch moved. */
function createCommit(fake: FakeGitHub, query: string, variables: Variables) {
  const input = variables.input as {
    branch: { branchName: string };
    expectedHeadOid: string;
    fileChanges: { additions?: Array<{ path: string; contents: string }>; deletions?: Array<{ path: string }> };
    message: { headline: string };
  };
  const { oid, blobs } = fake.git.commit(branchOf(input.branch.branchName), input.expectedHeadOid, {
    additions: (input.fileChanges.additions ?? []).map((file) => ({
      path: file.path,
      bytes: Buffer.from(file.contents, 'base64'),
    })),
    deletions: (input.fileChanges.deletions ?? []).map((file) => file.path),
    message: input.message.headline,
  });
  const commit: Record<string, unknown> = { oid, committedDate: new Date().toISOString() };
  for (const [, alias, file] of query.matchAll(new RegExp(`(file_\\d+): file\\(path: ${STRING}\\)`, 'g'))) {
    commit[alias as string] = { oid: blobs.get(JSON.parse(file as string)) ?? null };
  }
  return { createCommitOnBranch: { commit } };
}

/** The pull request a mutation's `pullRequestId` names. */
function pullById(fake: FakeGitHub, variables: Variables): PullRequest {
  const id = (variables.input as { pullRequestId: string }).pullRequestId;
  const pull = fake.pulls.find((candidate) => candidate.nodeId === id);
  if (!pull) throw new Error(`Could not resolve to a node with the global id of '${id}'`);
  return pull;
}

/** One query shape: a test on the normalised query, and its answer. */
const OPERATIONS: Array<
  [(query: string) => boolean, (fake: FakeGitHub, query: string, variables: Variables) => unknown]
> = [
  [(q) => q.includes('createCommitOnBranch('), createCommit],
  [
    (q) => q.includes('createRef('),
    (fake, _, variables) => {
      const input = variables.input as { name: string; oid: string };
      fake.git.createBranch(branchOf(input.name), input.oid);
      return { createRef: { ref: { name: input.name } } };
    },
  ],
  [
    (q) => q.includes('markPullRequestReadyForReview(') || q.includes('convertPullRequestToDraft('),
    (fake, query, variables) => {
      const pull = pullById(fake, variables);
      pull.draft = query.includes('convertPullRequestToDraft(');
      const name = pull.draft ? 'convertPullRequestToDraft' : 'markPullRequestReadyForReview';
      return { [name]: { pullRequest: { isDraft: pull.draft } } };
    },
  ],
  [(q) => q.includes('defaultBranchRef'), () => ({ repository: { defaultBranchRef: { name: 'main' } } })],
  [
    (q) => q.includes('fork: repository('),
    (fake, _, variables) => ({
      fork: { id: `R_${fake.repo}` },
      base: { ref: refWithHistory(fake, branchOf(variables.branch), 1) },
    }),
  ],
  [
    (q) => q.includes('pullRequests(headRefName: $branch'),
    (fake, _, variables) => ({
      repository: {
        pullRequests: {
          totalCount: fake.pulls.filter((p) => p.state === 'open' && p.head === branchOf(variables.branch)).length,
        },
      },
    }),
  ],
  [
    (q) => q.includes('pullRequests( states: OPEN labels:') || q.includes('pullRequests(states: OPEN labels:'),
    (fake, query) => {
      const labels = JSON.parse(/labels: (\[[^\]]*\])/.exec(query)?.[1] ?? '[]') as string[];
      const open = fake.pulls.filter((p) => p.state === 'open' && p.labels.some((l) => labels.includes(l)));
      return { repository: { pullRequests: { nodes: open.reverse().map((pull) => pullNode(fake, pull)) } } };
    },
  ],
  [(q) => /\w+_\d+: /.test(q), (fake, query, variables) => aliased(fake, query, variables) ?? { repository: {} }],
  [
    // The last commit of a branch (with its message), or only its head.
    (q) => q.includes('ref(qualifiedName: $branch) { target {'),
    (fake, _, variables) => ({ repository: { ref: refWithHistory(fake, branchOf(variables.branch), 1) } }),
  ],
];

/** The answer to one GraphQL request, `{ data }`; undefined for a query the fake does not know. */
export function fakeGraphQL(fake: FakeGitHub, query: string, variables: Variables): { data: unknown } | undefined {
  const normalised = query.replace(/\s+/g, ' ');
  const operation = OPERATIONS.find(([test]) => test(normalised));
  return operation && { data: operation[1](fake, normalised, variables) };
}
