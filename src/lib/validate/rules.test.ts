import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFixture } from '../../../tests/fixtures/validator/harness.ts';
import { formatProblem } from './format.ts';
import { guideUrlFromEnv, RULE_IDS, RULES, ruleUrl } from './rules.ts';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the table of rules', () => {
  // The compiler refuses a rule id that is not in the table (Problem.rule is a RuleId); these keep
  // the table free of rules the validator never reports.
  const fixtures = readdirSync(path.join(root, 'tests/fixtures/validator/invalid'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const reported = new Set(fixtures.flatMap((fixture) => validateFixture(fixture).problems.map((p) => p.rule)));

  it('has every rule that the validator reports on the invalid fixtures', () => {
    expect(reported.size).toBeGreaterThan(10);
    expect([...reported].filter((id) => !(id in RULES))).toEqual([]);
  });

  it('has no rule that the validator does not report on some invalid fixture', () => {
    expect(RULE_IDS.filter((id) => !reported.has(id))).toEqual([]);
  });

  it('gives every rule a Swedish title and a fix that ends a sentence', () => {
    for (const id of RULE_IDS) {
      const rule = RULES[id];
      expect(rule.title.length, id).toBeGreaterThan(3);
      expect(rule.fix, id).toMatch(/[.!?]$/);
    }
  });

  it('links a rule to its section of the guide', () => {
    expect(ruleUrl('unknown-key', 'https://example.com/content/README.md')).toBe(
      'https://example.com/content/README.md#unknown-key',
    );
  });
});

describe('links from GitHub annotations to the guide', () => {
  const problem = {
    file: 'content/meetings/2024-01-10-a.mdx',
    line: 3,
    column: 7,
    severity: 'error' as const,
    field: 'date',
    message: 'finns inte i kalendern',
    rule: 'format' as const,
  };

  it('finds the guide at the commit being checked in GitHub Actions, and nowhere else', () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'org/repo', GITHUB_SHA: 'abc123' };
    expect(guideUrlFromEnv(env)).toBe('https://github.com/org/repo/blob/abc123/content/README.md');
    expect(guideUrlFromEnv({})).toBeUndefined();
  });

  it('appends the rule section to the annotation, and leaves the text format alone', () => {
    const guide = 'https://github.com/org/repo/blob/abc123/content/README.md';
    expect(formatProblem(problem, 'github', guide)).toBe(
      `::error file=content/meetings/2024-01-10-a.mdx,line=3,col=7,title=format::date: finns inte i kalendern – så rättar du: ${guide}#format`,
    );
    expect(formatProblem(problem, 'text', guide)).toBe(
      'content/meetings/2024-01-10-a.mdx:3:7  error  date: finns inte i kalendern  (format)',
    );
  });
});

describe('the editors guide content/README.md', () => {
  const guide = readFileSync(path.join(root, 'content/README.md'), 'utf8');

  /** The text under a `#### <id>` heading, up to the next heading. */
  function section(id: string): string | undefined {
    const start = guide.search(new RegExp(`^#### ${id}$`, 'm'));
    if (start === -1) return undefined;
    const rest = guide.slice(start + id.length + 6);
    const end = rest.search(/^#{1,4} /m);
    return end === -1 ? rest : rest.slice(0, end);
  }

  it.each(RULE_IDS)('has a section with its own heading for the rule %s, with its title and fix', (id) => {
    const text = section(id);
    expect(text, `#### ${id} saknas i content/README.md`).toBeDefined();
    expect(text).toContain(`**${RULES[id].title}.**`);
    expect(text).toContain(RULES[id].fix);
  });

  it('has no section for a rule that does not exist', () => {
    const headings = [...guide.matchAll(/^#{2,6} ([a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/gm)].map((match) => match[1]!);
    expect(headings.filter((heading) => !(heading in RULES))).toEqual([]);
  });
});

describe('the rule about file names', () => {
  it('names every team id the site reserves, here and in the editors guide', async () => {
    const { RESERVED_TEAM_IDS } = await import('../routing/routes.ts');
    const guide = readFileSync(path.join(root, 'content/README.md'), 'utf8');
    expect(RESERVED_TEAM_IDS.size).toBeGreaterThan(0);
    for (const id of RESERVED_TEAM_IDS) {
      expect(RULES['file-name'].fix).toContain(`\`${id}\``);
      expect(guide).toContain(`\`${id}\``);
    }
  });
});
