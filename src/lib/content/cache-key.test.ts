import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeDigest, pageCacheKey } from './cache-key.ts';

/** What an e-mail edition is made of, as its key gets it (src/lib/meetings/newsletter/load.ts). */
const edition = () => ({
  entry: {
    id: '2020-09-21-goda-exempel',
    data: { title: 'Goda exempel', date: new Date('2020-09-21'), speakers: [{ person: 'ida-erixon' }] },
    body: 'Teamen berättade om sina tester.',
    rendered: { html: '<p>Teamen berättade om sina tester.</p>', metadata: { imagePaths: [] } },
  },
  report: {
    speakers: [{ name: 'Ida Erixon', role: 'processledare' }],
    teams: [{ name: 'Team Gislaved', municipality: 'Gislaveds kommun' }],
    schedule: { meetings: [{ title: 'Träff 1', dateText: '3 mars 2020' }] },
  },
  series: { id: 'vaxa-upp', data: { name: 'Växa upp' }, body: 'Bakgrund.' },
  settings: { name: 'Bästa platsen', owner: 'Region Jönköpings län' },
});
type Edition = ReturnType<typeof edition>;
const key = (e: Edition) => pageCacheKey('edition', e.entry, e.report, e.series, e.settings);

describe('pageCacheKey', () => {
  it('is the same for the same data, built afresh', () => {
    expect(key(edition())).toBe(key(edition()));
  });

  it.each<[string, (e: Edition) => void]>([
    ["the report's body", (e) => (e.entry.body += ' En mening till.')],
    ['its rendered body', (e) => (e.entry.rendered.html = '<p>Annan text.</p>')],
    ['its front matter', (e) => (e.entry.data.title = 'Goda exempel och fortsatt arbete')],
    ['its date', (e) => (e.entry.data.date = new Date('2020-09-22'))],
    ['a speaker it names (a person file)', (e) => (e.report.speakers[0]!.role = 'utvecklingsledare')],
    ['a team it names (a team file)', (e) => (e.report.teams[0]!.name = 'Team Värnamo')],
    ["its series' schedule (another meeting of the series)", (e) => (e.report.schedule.meetings[0]!.title = 'Start')],
    ["its series' background text", (e) => (e.series.body = 'Ny bakgrund.')],
    ["its series' front matter", (e) => (e.series.data.name = 'Växa upp 2')],
    ["the site's settings", (e) => (e.settings.owner = 'Regionen')],
  ])('changes when %s changes', (_, change) => {
    const changed = edition();
    change(changed);
    expect(key(changed)).not.toBe(key(edition()));
  });

  it('tells apart values JSON alone would not (Maps, Sets), and the order of a list', () => {
    expect(pageCacheKey(new Map([['a', 1]]))).not.toBe(pageCacheKey(new Map([['a', 2]])));
    expect(pageCacheKey(new Set(['a']))).not.toBe(pageCacheKey(new Set(['b'])));
    expect(pageCacheKey(['a', 'b'])).not.toBe(pageCacheKey(['b', 'a']));
  });

  it('refuses a value it cannot see into rather than leave it out of the key', () => {
    expect(() => pageCacheKey({ render: () => '<p>' })).toThrow(/function/);
    expect(() => pageCacheKey({ value: new (class Report {})() })).toThrow(/Report/);
  });
});

describe('codeDigest', () => {
  function project(): string {
    const root = mkdtempSync(path.join(tmpdir(), 'basta-code-'));
    cpSync('src/lib/meetings/newsletter', path.join(root, 'src/lib/meetings/newsletter'), { recursive: true });
    writeFileSync(path.join(root, 'astro.config.mjs'), 'export default {};\n');
    writeFileSync(path.join(root, 'package.json'), '{}\n');
    return root;
  }

  it.each([
    ["the edition's template and CSS", 'src/lib/meetings/newsletter/email-html.ts'],
    ['the Astro configuration', 'astro.config.mjs'],
    ['the package versions', 'package.json'],
  ])('changes when %s changes', (_, file) => {
    const a = project();
    const b = project();
    expect(codeDigest(b)).toBe(codeDigest(a));
    const c = project();
    writeFileSync(path.join(c, file), '/* changed */\n', { flag: 'a' });
    expect(codeDigest(c)).not.toBe(codeDigest(a));
  });

  it('changes when an image of the content changes, whose address is made from its bytes', () => {
    const a = project();
    mkdirSync(path.join(a, 'content', 'images'), { recursive: true });
    writeFileSync(path.join(a, 'content', 'images', 'bild.png'), 'a');
    const b = project();
    mkdirSync(path.join(b, 'content', 'images'), { recursive: true });
    writeFileSync(path.join(b, 'content', 'images', 'bild.png'), 'b');
    expect(codeDigest(b)).not.toBe(codeDigest(a));
  });

  it.each([
    ['in a collection folder, beside the file that shows it', 'meetings/bild.png'],
    ['in a folder of its own', 'bilder/bild.JPG'],
  ])('changes when an image elsewhere in the content changes: %s', (_, image) => {
    const a = project();
    mkdirSync(path.dirname(path.join(a, 'content', image)), { recursive: true });
    writeFileSync(path.join(a, 'content', image), 'a');
    const b = project();
    mkdirSync(path.dirname(path.join(b, 'content', image)), { recursive: true });
    writeFileSync(path.join(b, 'content', image), 'b');
    expect(codeDigest(b)).not.toBe(codeDigest(a));
  });

  it('does not change with an entry of the content, whose pages are keyed by the entry itself', () => {
    const a = project();
    const b = project();
    mkdirSync(path.join(b, 'content', 'meetings'), { recursive: true });
    writeFileSync(path.join(b, 'content', 'meetings', '2024-01-10-start.mdx'), '---\ntitle: A\n---\n');
    expect(codeDigest(b)).toBe(codeDigest(a));
  });

  it('changes when a file is added under src/', () => {
    const a = project();
    const b = project();
    writeFileSync(path.join(b, 'src', 'new.ts'), '');
    expect(codeDigest(b)).not.toBe(codeDigest(a));
  });
});
