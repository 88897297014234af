/**
 * The editors' guide content/README.md stays true: its field tables are what the schemas' field
 * metadata says (`npm run docs` writes them), its complete examples pass the validator and use every
 * field, and it shows every MDX component's example.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MDX_COMPONENTS } from '../src/lib/mdx/components.ts';
import { fieldTables, GUIDE_TABLES, markers } from '../src/lib/editor/field-docs.ts';
import { kindFields, kindSchema, SCAFFOLD_KIND_NAMES } from '../src/lib/editor/scaffold/kinds.ts';
import { describedPlaces } from '../src/schemas/meta.ts';
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

/** Every value at a path such as `speakers[].person` (`[]` steps into each item of a list). */
function valuesAt(data: unknown, segments: string[]): unknown[] {
  if (segments.length === 0) return data === undefined ? [] : [data];
  const [first, ...rest] = segments as [string, ...string[]];
  const list = first.endsWith('[]');
  const value = (data as Record<string, unknown> | undefined)?.[list ? first.slice(0, -2) : first];
  if (!list) return valuesAt(value, rest);
  return (Array.isArray(value) ? value : []).flatMap((item) => valuesAt(item, rest));
}

/** The fenced examples that name the file they belong in: ```mdx content/meetings/….mdx */
const examples = [...guide.matchAll(/^```\w+ (content\/\S+)\n([\s\S]*?)^```$/gm)].map((match) => ({
  file: match[1]!,
  text: match[2]!,
}));

describe('the editors guide', () => {
  it.each(SCAFFOLD_KIND_NAMES)('lists exactly the fields of the %s schema in its first table, in order', (kind) => {
    const lines = typeSection(kind).split('\n');
    const start = lines.findIndex((line) => line.startsWith('| Fält '));
    const end = lines.findIndex((line, index) => index > start && !line.startsWith('|'));
    const table = lines
      .slice(start, end)
      .filter((line) => /^\| `/.test(line))
      .map((line) => /^\| `([^`]+)`/.exec(line)![1]);
    expect(table).toEqual(Object.keys(kindFields(kind)));
  });

  it.each(Object.keys(GUIDE_TABLES))(
    'has the field tables of %s that the schema and its field metadata give, as npm run docs writes them',
    (name) => {
      const [open, close] = markers(name);
      const start = guide.indexOf(open);
      const end = guide.indexOf(close, start);
      expect(start, `content/README.md saknar raden ${open}`).toBeGreaterThan(-1);
      expect(end, `content/README.md saknar raden ${close}`).toBeGreaterThan(start);
      expect(
        guide.slice(start + open.length, end).trim(),
        `Tabellerna för ${name} i content/README.md stämmer inte med src/schemas/: kör npm run docs`,
      ).toBe(fieldTables(GUIDE_TABLES[name]!));
    },
  );

  it.each(SCAFFOLD_KIND_NAMES)('has a complete example of %s that uses every field, nested ones too', (kind) => {
    const example = examples.find((candidate) => typeSection(kind).includes(candidate.text));
    expect(example, `exempel för ${kind} saknas`).toBeDefined();
    for (const key of Object.keys(kindFields(kind))) expect(example!.text).toMatch(new RegExp(`^${key}:`, 'm'));
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(example!.text)?.[1] ?? example!.text) as unknown;
    for (const { path: place } of describedPlaces(kindSchema(kind))) {
      if (place.includes('|')) continue;
      expect(valuesAt(data, place.split('.')), `${kind}: ${place}`).not.toEqual([]);
    }
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
        writeFileSync(image, new Uint8Array([0xff, 0xd8, 0xff, 0xe0])); // a JPEG's first bytes
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
