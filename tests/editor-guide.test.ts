/**
 * The editors' guide content/README.md stays true: its field tables list exactly the schemas'
 * fields, its complete examples pass the validator, and it shows every MDX component's example.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '../src/lib/mdx/components.ts';
import { kindFields, SCAFFOLD_KIND_NAMES } from '../src/lib/editor/scaffold/kinds.ts';
import { validateContent } from '../src/lib/validate/content.ts';

const root = path.resolve(import.meta.dirname, '..');
const guide = readFileSync(path.join(root, 'content/README.md'), 'utf8');

/** The section under `## … (\`kind\`)`, up to the next `## ` heading outside a code block. */
function typeSection(kind: string): string {
  const lines = guide.split('\n');
  const start = lines.findIndex((line) => line.startsWith('## ') && line.endsWith(`(\`${kind}\`)`));
  expect(start, `## … (\`${kind}\`) saknas`).toBeGreaterThan(-1);
  let fenced = false;
  let end = start + 1;
  for (; end < lines.length; end++) {
    if (lines[end]!.startsWith('```')) fenced = !fenced;
    else if (!fenced && lines[end]!.startsWith('## ')) break;
  }
  return lines.slice(start, end).join('\n');
}

/** The fenced examples that name the file they belong in: ```mdx content/meetings/….mdx */
const examples = [...guide.matchAll(/^```\w+ (content\/\S+)\n([\s\S]*?)^```$/gm)].map((match) => ({
  file: match[1]!,
  text: match[2]!,
}));

describe('the editors guide', () => {
  it.each(SCAFFOLD_KIND_NAMES)('lists exactly the fields of the %s schema in its table, in order', (kind) => {
    const table = typeSection(kind)
      .split('\n')
      .filter((line) => /^\| `/.test(line))
      .map((line) => /^\| `([^`]+)`/.exec(line)![1]);
    expect(table).toEqual(Object.keys(kindFields(kind)));
  });

  it.each(SCAFFOLD_KIND_NAMES)('has a complete example of %s that uses every field', (kind) => {
    const example = examples.find((candidate) => typeSection(kind).includes(candidate.text));
    expect(example, `exempel för ${kind} saknas`).toBeDefined();
    for (const key of Object.keys(kindFields(kind))) expect(example!.text).toMatch(new RegExp(`^${key}:`, 'm'));
  });

  it('has examples that the validator accepts in the shipped content', () => {
    expect(examples.length).toBe(SCAFFOLD_KIND_NAMES.length);
    const dir = mkdtempSync(path.join(tmpdir(), 'basta-guide-'));
    cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
    for (const { file, text } of examples) {
      writeFileSync(path.join(dir, file), text);
      // The images the examples show, so the check of image files has something to find.
      for (const match of text.matchAll(/(?:src: |\]\()(\.\.\/images\/[a-z0-9-]+\.jpg)/g)) {
        const image = path.resolve(path.dirname(path.join(dir, file)), match[1]!);
        mkdirSync(path.dirname(image), { recursive: true });
        writeFileSync(image, 'jpg');
      }
    }
    expect(validateContent({ root: dir }).problems).toEqual([]);
  });

  it.each(Object.entries(MDX_COMPONENTS))('shows the example of the component %s', (_name, spec) => {
    expect(guide).toContain(`\`\`\`mdx\n${spec.example}\n\`\`\``);
  });

  it('explains how to scaffold, preview, validate and propose a change', () => {
    for (const phrase of ['npm run new', 'npm run dev', 'npm run validate', 'Föreslå en ändring', 'pull request']) {
      expect(guide).toContain(phrase);
    }
  });
});
