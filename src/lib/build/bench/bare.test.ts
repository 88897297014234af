import { existsSync, lstatSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, writeBareProject } from './bare.ts';

describe('writeBareProject', () => {
  it('writes one glob collection, one page template and a link to node_modules', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'basta-bare-'));
    writeBareProject(dir, '/tmp/corpus/content', path.resolve('node_modules'));
    expect(lstatSync(path.join(dir, 'node_modules')).isSymbolicLink()).toBe(true);
    expect(existsSync(path.join(dir, 'node_modules', 'astro', 'package.json'))).toBe(true);
    const config = readFileSync(path.join(dir, 'src', 'content.config.ts'), 'utf8');
    expect(config).toContain('"/tmp/corpus/content"');
    expect(config.match(/defineCollection\(/g)).toHaveLength(1);
    expect(config).not.toContain('schema');
    const page = readFileSync(path.join(dir, 'src', 'pages', '[...id].astro'), 'utf8');
    expect(page).toContain("getCollection('pages')");
    expect(page).toContain('render(entry)');
  });
});

describe('copyProject', () => {
  it('copies code and configuration, not content, and links node_modules', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'basta-copy-')), 'project');
    copyProject(path.resolve('.'), dir);
    expect(existsSync(path.join(dir, 'scripts', 'build.ts'))).toBe(true);
    expect(existsSync(path.join(dir, 'astro.config.mjs'))).toBe(true);
    expect(existsSync(path.join(dir, 'package-lock.json'))).toBe(true);
    expect(existsSync(path.join(dir, 'content'))).toBe(false);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
    expect(lstatSync(path.join(dir, 'node_modules')).isSymbolicLink()).toBe(true);
  });
});
