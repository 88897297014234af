import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../validate/content.ts';
import { frontMatterAndBody } from './corpus.ts';
import { editedReport, writeRealCorpus } from './real.ts';

function corpus(clones: number) {
  const root = mkdtempSync(path.join(tmpdir(), 'basta-real-'));
  const content = path.join(root, 'content');
  return { root, content, files: writeRealCorpus(path.resolve('content'), content, clones) };
}

describe('writeRealCorpus', () => {
  it('adds the requested number of cloned reports to the shipped content, all valid', () => {
    const { root, content, files } = corpus(20);
    expect(files).toHaveLength(20);
    expect(readdirSync(path.join(content, 'meetings'))).toHaveLength(readdirSync('content/meetings').length + 20);
    expect(validateContent({ root }).problems).toEqual([]);
  });

  it('gives every clone its own id, date and title, and a real report body', () => {
    const { content, files } = corpus(16);
    const texts = files.map((file) => readFileSync(path.join(content, file), 'utf8'));
    const field = (name: string) => texts.map((text) => new RegExp(`^${name}: (.*)$`, 'm').exec(text)?.[1]);
    expect(new Set(files).size).toBe(16);
    expect(new Set(field('date')).size).toBe(16);
    expect(new Set(field('title')).size).toBe(16);
    const shipped = readdirSync('content/meetings').map(
      (name) => frontMatterAndBody(readFileSync(path.join('content/meetings', name), 'utf8')).body,
    );
    expect(texts.every((text) => shipped.includes(frontMatterAndBody(text).body))).toBe(true);
  });

  it('changes a report in a way the validator accepts', () => {
    const { root, content, files } = corpus(1);
    const file = path.join(content, files[0] as string);
    const before = readFileSync(file, 'utf8');
    const after = editedReport(before);
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    expect(validateContent({ root }).problems).toEqual([]);
  });

  it('writes the clones as Markdown when asked, with the same bodies, all valid', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'basta-real-'));
    const content = path.join(root, 'content');
    const files = writeRealCorpus(path.resolve('content'), content, 8, '.md');
    expect(files.every((file) => file.endsWith('.md'))).toBe(true);
    expect(validateContent({ root }).problems).toEqual([]);
    const shipped = readdirSync('content/meetings').map(
      (name) => frontMatterAndBody(readFileSync(path.join('content/meetings', name), 'utf8')).body,
    );
    for (const file of files) {
      expect(shipped).toContain(frontMatterAndBody(readFileSync(path.join(content, file), 'utf8')).body);
    }
  });

  it('refuses to write a report that uses MDX components as Markdown', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'basta-real-'));
    const source = path.join(root, 'source');
    writeRealCorpus(path.resolve('content'), source, 0);
    const report = readdirSync(path.join(source, 'meetings')).find(
      (name) => !/^draft: true/m.test(readFileSync(path.join(source, 'meetings', name), 'utf8')),
    ) as string;
    const file = path.join(source, 'meetings', report);
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n<Faktaruta title="Fakta">Text.</Faktaruta>\n`);
    expect(() => writeRealCorpus(source, path.join(root, 'out'), 8, '.md')).toThrow(/MDX-komponenter/);
  });
});
