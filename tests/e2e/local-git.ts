/**
 * A real git repository on disk, made at test time, and the few plumbing operations a fake GitHub
 * needs to answer the web editor: read trees, blobs and history; write a commit onto a branch
 * without a work tree; create, move and delete branches; merge one branch into another.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The identity of every commit made here (the fake's signed-in user). */
export const COMMITTER = { name: 'Redaktör Test', email: 'redaktor@example.org' };

export interface TreeFile {
  path: string;
  sha: string;
  size: number;
}

export interface FileCommit {
  oid: string;
  name: string;
  email: string;
  date: string;
}

export class LocalGit {
  /** The repository's work tree (its `.git` inside). */
  readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /** A new repository whose `main` has one commit: `content` copied into `content/`. */
  static withContent(content: string): LocalGit {
    const dir = mkdtempSync(path.join(tmpdir(), 'basta-github-'));
    cpSync(content, path.join(dir, 'content'), { recursive: true });
    const git = new LocalGit(dir);
    git.run(['init', '--quiet', '--initial-branch=main']);
    git.run(['add', 'content']);
    git.run(['commit', '--quiet', '-m', 'Innehållet som det levereras']);
    return git;
  }

  /** Runs git in the repository and returns its standard output; throws on a non-zero exit. */
  run(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): string {
    const result = spawnSync('git', args, {
      cwd: this.dir,
      input: options.input,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: COMMITTER.name,
        GIT_AUTHOR_EMAIL: COMMITTER.email,
        GIT_COMMITTER_NAME: COMMITTER.name,
        GIT_COMMITTER_EMAIL: COMMITTER.email,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        ...options.env,
      },
    });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  }

  /** The commit a branch (or any revision) points at; undefined when there is none. */
  revParse(revision: string): string | undefined {
    try {
      return this.run(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** The names of the branches. */
  branches(): string[] {
    return this.run(['for-each-ref', '--format=%(refname:short)', 'refs/heads/']).split('\n').filter(Boolean);
  }

  /** Every file of a revision, as GitHub's recursive tree lists blobs. */
  tree(revision: string): TreeFile[] {
    return this.run(['ls-tree', '-r', '-l', '-z', revision])
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta = '', file = ''] = line.split('\t');
        const [, , sha = '', size = '0'] = meta.split(/\s+/);
        return { path: file, sha, size: Number(size) };
      });
  }

  /** The bytes of a blob. */
  blob(sha: string): Buffer {
    const result = spawnSync('git', ['cat-file', 'blob', sha], { cwd: this.dir, maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`no blob ${sha}`);
    return result.stdout;
  }

  /** The blob at `revision:file`; undefined when the file is not there. */
  blobAt(revision: string, file: string): string | undefined {
    try {
      return this.run(['rev-parse', '--verify', '--quiet', `${revision}:${file}`]).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** The last `count` commits of a revision, touching `file` when given. */
  history(revision: string, count: number, file?: string): FileCommit[] {
    const args = ['log', `-${count}`, '--format=%H%x00%an%x00%ae%x00%cI', revision, '--'];
    return this.run(file ? [...args, file] : args)
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [oid = '', name = '', email = '', date = ''] = line.split('\0');
        return { oid, name, email, date };
      });
  }

  /** The text of a file at a revision. */
  show(revision: string, file: string): string {
    return this.run(['show', `${revision}:${file}`]);
  }

  /** How many commits `head` has that `base` has not. */
  commitsAhead(base: string, head: string): number {
    return Number(this.run(['rev-list', '--count', `${base}..${head}`]).trim());
  }

  /** The subject of a commit. */
  subject(revision: string): string {
    return this.run(['log', '-1', '--format=%s', revision]).trim();
  }

  /**
   * Commits files onto a branch, as GitHub's `createCommitOnBranch` does: refused when the branch
   * is not at `expectedHead`.
   * @returns the new commit and each added file's blob
   */
  commit(
    branch: string,
    expectedHead: string,
    changes: { additions: Array<{ path: string; bytes: Buffer }>; deletions: string[]; message: string },
  ): { oid: string; blobs: Map<string, string> } {
    const head = this.revParse(`refs/heads/${branch}`);
    if (head !== expectedHead) throw new Error(`Expected branch to point to "${expectedHead}" but it did not`);
    const index = path.join(mkdtempSync(path.join(tmpdir(), 'basta-github-index-')), 'index');
    const env = { GIT_INDEX_FILE: index };
    try {
      this.run(['read-tree', head], { env });
      const blobs = new Map<string, string>();
      for (const addition of changes.additions) {
        const sha = this.run(['hash-object', '-w', '--stdin'], { input: addition.bytes }).trim();
        this.run(['update-index', '--add', '--cacheinfo', `100644,${sha},${addition.path}`], { env });
        blobs.set(addition.path, sha);
      }
      for (const file of changes.deletions) this.run(['update-index', '--force-remove', file], { env });
      const tree = this.run(['write-tree'], { env }).trim();
      const oid = this.run(['commit-tree', tree, '-p', head, '-m', changes.message]).trim();
      this.run(['update-ref', `refs/heads/${branch}`, oid, head]);
      return { oid, blobs };
    } finally {
      rmSync(path.dirname(index), { recursive: true, force: true });
    }
  }

  /** Creates a branch at a commit; throws "already exists" when it does. */
  createBranch(branch: string, oid: string): void {
    if (this.revParse(`refs/heads/${branch}`)) throw new Error(`A ref named "${branch}" already exists`);
    this.run(['update-ref', `refs/heads/${branch}`, oid]);
  }

  /** Moves a branch to a commit. */
  resetBranch(branch: string, oid: string): void {
    this.run(['update-ref', `refs/heads/${branch}`, oid]);
  }

  deleteBranch(branch: string): void {
    this.run(['update-ref', '-d', `refs/heads/${branch}`]);
  }

  /** The files `head` changes against where it left `base`, as `git diff --name-status` says. */
  changedFiles(base: string, head: string): Array<{ status: string; path: string }> {
    return this.run(['diff', '--name-status', '--no-renames', `${base}...${head}`])
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [status = '', file = ''] = line.split('\t');
        return { status, path: file };
      });
  }

  /** The diff `head` makes against where it left `base`. */
  diff(base: string, head: string): string {
    return this.run(['diff', '--no-color', '--unified=0', `${base}...${head}`]);
  }

  /**
   * Merges `head` into `base` without a work tree (a merge commit, or one squashed commit).
   * @returns the new commit of `base`
   */
  merge(base: string, head: string, message: string, squash: boolean): string {
    const baseOid = this.revParse(`refs/heads/${base}`) as string;
    const headOid = this.revParse(`refs/heads/${head}`) as string;
    const tree = this.run(['merge-tree', '--write-tree', baseOid, headOid]).split('\n')[0] as string;
    const parents = squash ? ['-p', baseOid] : ['-p', baseOid, '-p', headOid];
    const oid = this.run(['commit-tree', tree, ...parents, '-m', message]).trim();
    this.run(['update-ref', `refs/heads/${base}`, oid, baseOid]);
    return oid;
  }

  /** Checks `main` out into the work tree, so its files can be read from disk. */
  checkout(branch: string): void {
    this.run(['checkout', '--quiet', '--force', branch]);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
