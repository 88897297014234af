import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipped, htmlPages, pageWeights, stylesheets } from './page-weight.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'basta-weight-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};

const css = 'body { color: #1b1b1b; }\n'.repeat(40);
const page = `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="https://cdn.example/x.css"></head><body>${'<p>Text på sidan.</p>'.repeat(50)}</body></html>`;
write('_astro/site.css', css);
write('index.html', page);
write('exempel/index.html', '<!doctype html><p>Utan stilmall</p>');
write('pagefind/pagefind-ui.html', '<p>Pagefind</p>');

describe('stylesheets', () => {
  it('finds linked stylesheets in any attribute order and quoting, and nothing else', () => {
    const html = `<link href='/a.css' rel=stylesheet><link rel="preload" href="/b.css"><link rel="alternate stylesheet" href="/c.css">`;
    expect(stylesheets(html)).toEqual(['/a.css', '/c.css']);
  });
});

describe('pageWeights', () => {
  it("weighs each page's gzipped HTML with its local stylesheets, leaving Pagefind's files out", () => {
    expect(htmlPages(dir).sort()).toEqual(['/exempel/index.html', '/index.html']);
    const weights = new Map(pageWeights(dir).map((w) => [w.page, w.bytes]));
    expect(weights.get('/index.html')).toBe(gzipped(page) + gzipped(css));
    expect(weights.get('/exempel/index.html')).toBe(gzipped('<!doctype html><p>Utan stilmall</p>'));
  });
});
