import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../validate/content.ts';
import { seeded, frontMatterAndBody, syntheticBody, vocabulary, writeCorpus } from './corpus.ts';

function corpus(files: number, options: Parameters<typeof writeCorpus>[3] = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'basta-corpus-'));
  const written = writeCorpus(path.resolve('content'), path.join(root, 'content'), files, options);
  return { root, written, content: path.join(root, 'content') };
}

describe('writeCorpus', () => {
  it('writes the requested number of entries, all valid', () => {
    const { root, written } = corpus(40);
    expect(written).toBe(40);
    const result = validateContent({ root });
    expect(result.problems).toEqual([]);
    expect(result.entries.get('meetings')?.size).toBe(20);
    expect(result.entries.get('teams')?.size).toBe(20 + readdirSync('content/teams').length);
  });

  it.each(['md', 'mdx'] as const)('writes every generated body as .%s, all valid and published', (format) => {
    const { root, content } = corpus(30, { format });
    expect(validateContent({ root }).problems).toEqual([]);
    const generated = [
      ...readdirSync(path.join(content, 'meetings')),
      ...readdirSync(path.join(content, 'teams')).filter((name) => name.includes('-kopia-')),
    ];
    expect(generated).toHaveLength(30);
    expect(generated.every((name) => name.endsWith(`.${format}`))).toBe(true);
    for (const name of generated.filter((n) => n.includes('-kopia-'))) {
      expect(readFileSync(path.join(content, 'teams', name), 'utf8')).not.toMatch(/^draft:/m);
    }
  });

  it('groups the generated meetings into series of the given size', () => {
    const { content } = corpus(40, { seriesSize: 5 });
    const series = readdirSync(path.join(content, 'series')).filter((name) => name.startsWith('omgang-'));
    const meetings = readdirSync(path.join(content, 'meetings')).map((name) =>
      /^series: (.*)$/m.exec(readFileSync(path.join(content, 'meetings', name), 'utf8')),
    );
    const counts = new Map<string, number>();
    for (const match of meetings) if (match?.[1]) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(5);
    expect([...counts.keys()].every((id) => series.includes(`${id}.md`))).toBe(true);
  });

  it('writes the same corpus for the same seed, and different pages with different text', () => {
    const a = corpus(10);
    const b = corpus(10);
    const read = (dir: string) =>
      readdirSync(path.join(dir, 'teams'))
        .sort()
        .map((name) => readFileSync(path.join(dir, 'teams', name), 'utf8'));
    expect(read(a.content)).toEqual(read(b.content));
    const bodies = read(a.content)
      .filter((text) => /^name: .* \d+$/m.test(text))
      .map((t) => frontMatterAndBody(t).body);
    expect(new Set(bodies).size).toBe(bodies.length);
  });
});

describe('syntheticBody', () => {
  const words = vocabulary(['barn och unga mår bra när skolan och hälsovården samverkar']);
  const template = '## Rubrik här\n\nEtt två tre fyra fem sex sju åtta nio tio.\n\n- ett\n- två\n';

  it('keeps the shape of the template: headings, paragraphs of the same length, list items', () => {
    const body = syntheticBody(template, words, seeded(1), false);
    expect(body.match(/^## /gm)).toHaveLength(1);
    expect(body.match(/^- /gm)).toHaveLength(2);
    expect(body).toContain('<Faktaruta title="Fakta">');
  });

  it('writes the box as a block quote in Markdown', () => {
    const body = syntheticBody(template, words, seeded(1), true);
    expect(body).not.toContain('<');
    expect(body).toContain('> **Fakta**');
  });
});

describe('seeded', () => {
  it('is deterministic and in [0, 1)', () => {
    const a = seeded(7);
    const b = seeded(7);
    const values = Array.from({ length: 100 }, a);
    expect(values).toEqual(Array.from({ length: 100 }, b));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
