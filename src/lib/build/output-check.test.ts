import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { routes } from '../routing/routes.ts';
import { checkOutput, formatOutputProblem, type OutputCheckOptions } from './output-check.ts';

const SITE = 'https://example.se/';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built site of the given files (path inside the output folder → content), validator bypassed. */
function built(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'basta-wall-'));
  dirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

function options(extra: Partial<OutputCheckOptions> = {}): OutputCheckOptions {
  return { site: SITE, pages: [], allowlist: [], root: '/', ...extra };
}

const script = 'console.log(1)';
const hash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
/** A page as the site writes it: a CSP with the hash of its one inline script. */
function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' '${hash}'">${head}</head><body>${body}<script>${script}</script></body></html>`;
}

function rules(files: Record<string, string | Buffer>, extra: Partial<OutputCheckOptions> = {}): string[] {
  return checkOutput(built(files), options(extra)).map((problem) => problem.rule);
}

const fragment = (json: object) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(json)}`));

describe('checkOutput on HTML pages', () => {
  it('passes a page with only what the site ships: hashed script, own forms, own images, links anywhere', () => {
    const body =
      '<form action="/sok/" method="get" role="search"><input name="q"></form>' +
      '<form class="team-filter" method="get" action="/exempel/" hidden data-team-filter></form>' +
      '<img src="/_astro/a.webp" alt="a"><img src="https://example.se/b.png" alt="b">' +
      '<a href="https://www.rjl.se/">RJL</a><a href="mailto:a@rjl.se">e-post</a>' +
      '<figure class="video" data-embed="https://player.vimeo.com/video/1?dnt=1"><a href="https://vimeo.com/1">Film</a></figure>' +
      '<template><p>mall</p></template>';
    expect(rules({ 'index.html': page(body, '<link rel="alternate" href="https://example.com/rss.xml">') })).toEqual(
      [],
    );
  });

  it.each([
    ['event-handler', 'an img with onerror', '<img src="/a.png" alt="" onerror="alert(1)">'],
    ['event-handler', 'an svg with onload', '<svg onload="alert(1)"></svg>'],
    ['event-handler', 'a handler in capitals', '<a href="/" ONCLICK="alert(1)">x</a>'],
    ['event-handler', 'a handler inside a template', '<template><b onmouseover="x">x</b></template>'],
    [
      'meta-http-equiv',
      'a refresh to another site',
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    ],
    ['meta-http-equiv', 'a refresh in capitals', '<META HTTP-EQUIV="Refresh" CONTENT="0">'],
    ['meta-http-equiv', 'a set-cookie', '<meta http-equiv="set-cookie" content="a=b">'],
    ['embedded-element', 'an iframe', '<iframe src="/om/"></iframe>'],
    ['embedded-element', 'an object', '<object></object>'],
    ['embedded-element', 'an embed', '<embed>'],
    ['embedded-element', 'a base', '<base href="/">'],
    ['embedded-element', 'a form to another site', '<form action="https://evil.example/"></form>'],
    ['embedded-element', 'a POST form to our own address', '<form action="/sok/" method="post"></form>'],
    ['embedded-element', 'our search form with a target', '<form action="/sok/" target="_blank"></form>'],
    ['script-not-in-csp', 'an inline script without a hash', '<script>alert(1)</script>'],
    ['script-not-in-csp', 'a vbscript block', '<script type="text/vbscript">x</script>'],
    ['remote-load', 'an image from another site', '<img src="https://evil.example/a.png" alt="">'],
    ['remote-load', 'an image without a scheme', '<img src="//evil.example/a.png" alt="">'],
    [
      'remote-load',
      'an image behind a backslash, which a browser reads as a slash',
      '<img src="/\\evil.example/a.png" alt="">',
    ],
    [
      'remote-load',
      'a srcset candidate',
      '<img src="/a.png" srcset="/a.png 1x, https://evil.example/a.png 2x" alt="">',
    ],
    ['remote-load', 'a stylesheet', '<link rel="stylesheet" href="https://evil.example/a.css">'],
    ['remote-load', 'a script from another site', '<script src="https://evil.example/a.js"></script>'],
    ['remote-load', 'a video poster', '<video poster="https://evil.example/a.png"></video>'],
    [
      'remote-load',
      'a source',
      '<picture><source srcset="https://evil.example/a.png"><img src="/a.png" alt=""></picture>',
    ],
    ['remote-load', 'a CSS background', '<p style="background:url(https://evil.example/a.png)">x</p>'],
    ['remote-load', 'a video facade that embeds another site', '<figure data-embed="https://evil.example/v"></figure>'],
    ['script-url', 'a javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['script-url', 'a javascript: link in capitals with spaces', '<a href="  JAVASCRIPT:alert(1)">x</a>'],
    ['script-url', 'a javascript: link behind entities', '<a href="&#106;ava&#x73;cript&colon;alert(1)">x</a>'],
    ['script-url', 'a javascript: link with a tab inside', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
    ['script-url', 'a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>'],
    ['script-url', 'a data: link', '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>'],
    ['script-url', 'a data: image', '<img src="data:image/svg+xml,<svg/onload=alert(1)>" alt="">'],
    ['script-url', 'an SVG link', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
  ])('refuses %s: %s', (rule, _, html) => {
    expect(rules({ 'index.html': page(html) })).toContain(rule);
  });

  it.each([
    ['another host', '<a href="https://evil.example/">www.1177.se</a>'],
    ['a look-alike host', '<a href="https://rjl.se.evil.example/login">https://rjl.se</a>'],
    ['text split by markup and entities', '<a href="https://evil.example/"> <b>www</b>&#46;1177<i>.se</i> </a>'],
    [
      'text hidden by a zero-width space, which is refused on its own too',
      '<a href="https://evil.example/">www.1&#x200b;177.se</a>',
      ['link-text-address', 'invisible-control'],
    ],
    ['an e-mail address to another address', '<a href="mailto:kontakt@rjl-se.example">kontakt@rjl.se</a>'],
    ['an SVG link', '<svg><a href="https://evil.example/"><text>www.1177.se</text></a></svg>'],
  ])('refuses a link whose text looks like another address: %s', (_, html, expected = ['link-text-address']) => {
    expect(rules({ 'index.html': page(html) })).toEqual(expected);
  });

  it('passes a link to the site itself whose text is an entry titled like an address', () => {
    const links = '<a href="/traffar/umo/">UMO.se</a> <a href="https://example.se/traffar/umo/">UMO.se</a>';
    expect(rules({ 'index.html': page(links) })).toEqual([]);
  });

  it('says what a deceptive link shows and where it leads, and passes the same link with honest text', () => {
    const [problem] = checkOutput(
      built({ 'index.html': page('<p><a href="https://evil.example/">www.1177.se</a></p>') }),
      options(),
    );
    expect(problem).toMatchObject({
      rule: 'link-text-address',
      message: 'Länktexten "www.1177.se" ser ut som en adress, men länken leder till evil.example.',
      evidence: 'www.1177.se',
    });
    const honest = [
      '<a href="https://evil.example/">Läs mer hos 1177</a>',
      '<a href="https://www.1177.se/barn">www.1177.se</a>',
      '<a href="https://utbildning.rjl.se/kurs">rjl.se</a>',
      '<a href="/traffar/">example.se/traffar</a>',
      '<a href="mailto:Kontakt@RJL.se">kontakt@rjl.se</a>',
      '<a href="mailto:a@rjl.se">a@rjl.se<span class="visually-hidden"> till Anna</span></a>',
      '<a href="https://www.rjl.se/">Läs mer på rjl.se</a>',
    ];
    expect(rules({ 'index.html': page(honest.join('')) })).toEqual([]);
  });

  it('leaves a javascript: link with an address as its text to the scheme rule alone', () => {
    expect(rules({ 'index.html': page('<a href="javascript:alert(1)">www.1177.se</a>') })).toEqual(['script-url']);
  });

  it('refuses a page whose script is not in its own CSP, and one without a CSP', () => {
    const other = page('').replace(hash, 'sha256-AAAA');
    const bare = `<!DOCTYPE html><html><head></head><body><script>${script}</script></body></html>`;
    expect(rules({ 'a/index.html': other, 'b/index.html': bare })).toEqual(['script-not-in-csp', 'script-not-in-csp']);
  });

  it('names the line of each finding in a page, and of each finding in an item’s HTML in the feed', () => {
    const html = page('\n<p>Text</p>\n<img src="https://evil.example/a.png" alt="">\n\n<a href="javascript:x">x</a>\n');
    const rss =
      '<?xml version="1.0"?>\n<rss><channel>\n<item>\n<link>https://example.se/traffar/a/</link>\n' +
      '<content:encoded>&lt;p&gt;Text&lt;/p&gt;\n\n&lt;iframe&gt;&lt;/iframe&gt;</content:encoded>\n</item>\n</channel></rss>\n';
    const found = checkOutput(built({ 'index.html': html, 'rss.xml': rss }), options());
    expect(found.map((problem) => [problem.file, problem.line, problem.rule])).toEqual([
      ['index.html', 3, 'remote-load'],
      ['index.html', 5, 'script-url'],
      ['rss.xml', 7, 'embedded-element'],
    ]);
  });

  it('refuses a script in an SVG file', () => {
    expect(rules({ 'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' })).toEqual(
      ['script-not-in-csp'],
    );
  });
});

describe('checkOutput on the other formats', () => {
  it('reads the HTML inside RSS, escaped or in CDATA, by the HTML rules', () => {
    const rss =
      '<?xml version="1.0"?><rss><channel><item><link>https://example.se/traffar/a/</link>' +
      '<content:encoded>&lt;img src="https://evil.example/a.png" alt=""&gt;</content:encoded></item>' +
      '<item><link>https://example.se/traffar/b/</link><description><![CDATA[<a href="javascript:x">x</a>]]></description></item>' +
      '<item><link>https://example.se/traffar/c/</link><content:encoded>&lt;a href="https://evil.example/"&gt;www.1177.se&lt;/a&gt;</content:encoded></item>' +
      '</channel></rss>';
    expect(rules({ 'rss.xml': rss })).toEqual(
      expect.arrayContaining(['remote-load', 'script-url', 'link-text-address']),
    );
  });

  it('names the line of the feed an item’s HTML is on, for each item', () => {
    const item = (id: string, html: string) =>
      `<item>\n<link>https://example.se/traffar/${id}/</link>\n<content:encoded>${html}</content:encoded>\n</item>\n`;
    const rss = `<?xml version="1.0"?>\n<rss><channel>\n${item('a', '&lt;p&gt;Text&lt;/p&gt;')}${item('b', '&lt;iframe&gt;&lt;/iframe&gt;')}${item('c', '&lt;object&gt;&lt;/object&gt;')}</channel></rss>\n`;
    const dir = built({ 'rss.xml': rss });
    expect(checkOutput(dir, options()).map((problem) => [problem.line, problem.sources])).toEqual([
      [9, []],
      [13, []],
    ]);
  });

  it('reads the calendar with its lines unfolded', () => {
    const ics =
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:Se javas\r\n cript:alert(1)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(rules({ 'kalender.ics': ics })).toEqual(['script-url']);
  });

  it('reads the e-mail editions’ plain text', () => {
    expect(rules({ 'traffar/a/nyhetsbrev.txt': 'Läs mer: JavaScript:alert(1)\n' })).toEqual(['script-url']);
  });

  it('reads a scheme whose colon is written as an entity in a text format, on its own line', () => {
    const text = 'Läs mer\njavascript&colon;alert(1)\nSe data&#x3A;text/html,x\n';
    const found = checkOutput(built({ 'traffar/a/nyhetsbrev.txt': text }), options());
    expect(found.map((problem) => [problem.line, problem.rule])).toEqual([
      [2, 'script-url'],
      [3, 'script-url'],
    ]);
  });

  it('decompresses Pagefind’s fragments and metadata', () => {
    const files = {
      'pagefind/fragment/sv_1.pf_fragment': fragment({ url: '/traffar/a/', content: 'Ring 121212-1212.' }),
      'pagefind/pagefind.sv_1.pf_meta': gzipSync(Buffer.from('pagefind_dcd\u00a0javascript:alert(1)')),
    };
    expect(rules(files).sort()).toEqual(['personnummer', 'script-url']);
  });

  it('reads the search’s word list, which is made from the content, though it lies in Pagefind’s folder', () => {
    const words = JSON.stringify({ ord: ['skolgården', '19121212-1212'] });
    expect(rules({ [routes.searchWords.slice(1)]: words })).toEqual(['personnummer']);
    expect(rules({ [routes.searchWords.slice(1)]: JSON.stringify({ ord: ['skolgården'] }) })).toEqual([]);
  });

  it('leaves our own code alone: Astro’s and Pagefind’s scripts, and the web editor’s bundle', () => {
    expect(
      rules({
        '_astro/a.js': 'location="javascript:x"',
        'pagefind/pagefind.js': 'javascript:',
        'admin/admin-x.js': 'href="javascript:void 0"; src="data:image/png;base64,AA"',
        'admin/assets/react-dom-x.js': 'javascript:',
      }),
    ).toEqual([]);
  });

  it('still checks the web editor’s page and any other file in its folder', () => {
    expect(rules({ 'admin/index.html': '<!doctype html><img src="x" onerror="alert(1)">' })).toContain('event-handler');
    expect(rules({ 'admin/notes.txt': 'javascript:alert(1)' })).toContain('script-url');
  });
});

describe('checkOutput on personnummer', () => {
  it.each([
    ['in the text', page('<p>Ring 121212-1212.</p>')],
    ['in an alt text', page('<img src="/a.png" alt="121212-1212">')],
    ['in a link address', page('<a href="/x/?id=121212-1212">x</a>')],
    ['split by markup', page('<p>Igen: 1912<b>1212</b>-1212.</p>')],
    ['of twelve digits in an address', page('<a href="/x?n=191212121212">x</a>')],
    ['with a non-breaking hyphen written as an entity', page('<img src="a.png" alt="Anna 121212&#x2011;1212">')],
    ['percent-encoded in an attribute', page('<a title="121212%2D1212" href="#">y</a>')],
  ])('refuses one %s', (_, html) => {
    expect(rules({ 'index.html': html })).toEqual(['personnummer']);
  });

  it('leaves dates, times and phone numbers alone', () => {
    expect(
      rules({ 'index.html': page('<p>Inget nummer, bara 2020-09-21T13:00:00+02:00 och 036-32 10 00.</p>') }),
    ).toEqual([]);
  });

  it('reads only the files it is asked to, so the build can check the site and the search index apart', () => {
    const files = {
      'a/index.html': page('<p>121212-1212</p>'),
      'pagefind/fragment/sv_1.pf_fragment': fragment({ url: '/a/', content: 'Ring 121212-1212.' }),
    };
    expect(rules(files, { only: (file) => !file.startsWith('pagefind/') })).toEqual(['personnummer']);
    expect(rules(files, { only: (file) => file.startsWith('pagefind/') })).toEqual(['personnummer']);
    expect(rules(files)).toEqual(['personnummer', 'personnummer']);
  });

  it('reads only the files it is named, when the build has listed them', () => {
    const files = { 'a/index.html': page('<p>121212-1212</p>'), 'b/index.html': page('<p>121212-1212</p>') };
    expect(checkOutput(built(files), options({ files: ['b/index.html'] })).map((problem) => problem.file)).toEqual([
      'b/index.html',
    ]);
  });

  it('honours the allowlist', () => {
    const allowlist = [{ number: '19121212-1212', reason: 'testnummer' }];
    expect(rules({ 'index.html': page('<p>121212-1212</p>') }, { allowlist })).toEqual([]);
  });
});

describe('checkOutput names the content file behind a problem', () => {
  it('by the entry page that holds the file, the e-mail edition included', () => {
    const dir = built({ 'traffar/a/nyhetsbrev.html': page('<iframe></iframe>') });
    const pages = [{ file: 'content/meetings/a.mdx', url: '/traffar/a/', title: 'A' }];
    const [problem] = checkOutput(dir, options({ pages }));
    expect(problem).toMatchObject({ file: 'traffar/a/nyhetsbrev.html', sources: ['content/meetings/a.mdx'] });
    expect(formatOutputProblem(problem!)).toMatch(
      /^traffar\/a\/nyhetsbrev\.html:1 \(från content\/meetings\/a\.mdx\): <iframe> får inte finnas/,
    );
  });

  it('by the address a search fragment names', () => {
    const dir = built({ 'pagefind/fragment/x.pf_fragment': fragment({ url: '/exempel/b/', content: 'vbscript:x' }) });
    const pages = [{ file: 'content/teams/b.mdx', url: '/exempel/b/', title: 'B' }];
    expect(checkOutput(dir, options({ pages }))[0]?.sources).toEqual(['content/teams/b.mdx']);
  });

  it('on a list page, by the content file that holds the offending text', () => {
    const root = built({ 'content/teams/c.mdx': '---\ntitle: C\n---\n![x](https://evil.example/c.png)\n' });
    const dir = built({ 'exempel/index.html': page('<img src="https://evil.example/c.png" alt="x">') });
    const [problem] = checkOutput(dir, options({ root, contentDir: 'content' }));
    expect(problem?.sources).toEqual(['content/teams/c.mdx']);
  });
});

describe('checkOutput on invisible characters that turn text around or hide in a word', () => {
  const RLO = '\u202e';
  const ZWSP = '\u200b';
  const found = (files: Record<string, string | Buffer>, extra: Partial<OutputCheckOptions> = {}) =>
    checkOutput(built(files), options(extra)).map((problem) => [problem.file, problem.line, problem.rule]);

  it.each([
    ['in the text', `<p>Läs Rapport${RLO}fdp.exe</p>`],
    ['in an alt text', `<img src="/a.png" alt="Karta över Näss${ZWSP}jö">`],
    ['in the title', `<h1>Träff</h1>`, `<title>Näss\u2060jö</title>`],
    ['written as a hexadecimal entity', '<p>Läs Rapport&#x202E;fdp.exe</p>'],
    ['written as a decimal entity in an attribute', '<a href="/" title="Näss&#8203;jö">x</a>'],
    ['written as a named entity', '<p>Näss&ZeroWidthSpace;jö</p>'],
    ['an isolate', '<p>Namn: \u2067Samira\u2069</p>'],
    ['a byte order mark inside the page', '<p>Näss\ufeffjö</p>'],
  ])('refuses one in a page %s', (_, body, head = '') => {
    expect(new Set(rules({ 'index.html': page(body, head) }))).toEqual(new Set(['invisible-control']));
  });

  it('passes the same page without it, and with the soft hyphen, the joiners, the direction marks and an escaped entity', () => {
    expect(rules({ 'index.html': page('<p>Läs Rapport.pdf i Nässjö</p>') })).toEqual([]);
    const allowed =
      '<p>Barn\u00adhälso\u00advård, 👨\u200d👩\u200d👧, Samira \u200fسميرة\u200e, &shy;&zwj;&lrm; och &amp;#x202E;</p>';
    expect(rules({ 'index.html': page(allowed) })).toEqual([]);
  });

  it('names the line it is on and shows it by its code, never as itself', () => {
    const html = page(`\n<h1>Träff</h1>\n<p>Läs Rapport${RLO}fdp.exe före träffen</p>\n`);
    const [problem, ...rest] = checkOutput(built({ 'traffar/a/index.html': html }), options());
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      line: 3,
      rule: 'invisible-control',
      message: 'Texten innehåller ett osynligt tecken som vänder textens riktning (U+202E).',
      evidence: 'Läs Rapport[U+202E]fdp.exe före träffen',
    });
    expect(formatOutputProblem(problem!)).not.toMatch(/[\u202e\u200b]/);
  });

  it('refuses one in the e-mail edition’s plain text, on its line, and passes it without', () => {
    expect(found({ 'traffar/a/nyhetsbrev.txt': `Träff\n\nI Näss${ZWSP}jö\n` })).toEqual([
      ['traffar/a/nyhetsbrev.txt', 3, 'invisible-control'],
    ]);
    expect(found({ 'traffar/a/nyhetsbrev.txt': 'Träff\n\nI Nässjö\n' })).toEqual([]);
  });

  it('refuses one in the feed: in an item’s title, and in its HTML as a reference escaped for XML', () => {
    const item = (title: string, html: string) =>
      `<?xml version="1.0"?>\n<rss><channel>\n<item>\n<title>${title}</title>\n<link>https://example.se/traffar/a/</link>\n<description>${html}</description>\n</item>\n</channel></rss>\n`;
    expect(found({ 'rss.xml': item(`Rapport${RLO}fdp.exe`, '&lt;p&gt;Text&lt;/p&gt;') })).toEqual([
      ['rss.xml', 4, 'invisible-control'],
    ]);
    expect(found({ 'rss.xml': item('Rapport', '&lt;p&gt;Näss&amp;#x200B;jö&lt;/p&gt;') })).toEqual([
      ['rss.xml', 6, 'invisible-control'],
    ]);
    expect(found({ 'rss.xml': item('Rapport', '&lt;p&gt;Nässjö &amp;amp;#x200B;&lt;/p&gt;') })).toEqual([]);
  });

  it('refuses one in the calendar, with its lines unfolded, and passes it without', () => {
    const ics = (summary: string) =>
      `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:${summary}\r\nURL:https://example.se/traffar/a/\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    expect(rules({ 'kalender.ics': ics(`Träff i Näss\r\n ${ZWSP}jö`) })).toEqual(['invisible-control']);
    expect(rules({ 'kalender.ics': ics('Träff i Näss\r\n jö') })).toEqual([]);
  });

  it('refuses one in Pagefind’s fragments, naming the entry by the fragment’s address', () => {
    const dir = built({
      'pagefind/fragment/x.pf_fragment': fragment({ url: '/exempel/b/', content: `Näss${ZWSP}jö` }),
    });
    const pages = [{ file: 'content/teams/b.mdx', url: '/exempel/b/', title: 'B' }];
    expect(checkOutput(dir, options({ pages }))).toEqual([
      expect.objectContaining({ rule: 'invisible-control', sources: ['content/teams/b.mdx'] }),
    ]);
    expect(rules({ 'pagefind/fragment/x.pf_fragment': fragment({ url: '/exempel/b/', content: 'Nässjö' }) })).toEqual(
      [],
    );
  });

  it('passes a character code shown as text in plain-text files, as a report may show it in code', () => {
    const ics = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Koden &#x202E;\r\nURL:https://example.se/traffar/a/\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    expect(
      rules({
        'traffar/a/nyhetsbrev.txt': 'Skriv inte `&#8203;` i texten.',
        'kalender.ics': ics,
        'pagefind/fragment/x.pf_fragment': fragment({ url: '/traffar/a/', content: 'Koden &#8203; syns.' }),
      }),
    ).toEqual([]);
    // In HTML a reader decodes it: refused there.
    expect(rules({ 'index.html': page('<p>Näss&#8203;jö</p>') })).toEqual(['invisible-control']);
  });

  it('leaves Pagefind’s binary index alone, whose numbers’ bytes can spell one (its words are in the fragments)', () => {
    // 0x19 0xE2 0x80 then 0x8B: a two-byte number, then an array of eleven, read as UTF-8 is U+200B.
    const index = gzipSync(
      Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x84, 0x19, 0xe2, 0x80, 0x8b, 0x01])]),
    );
    expect(gunzipSync(index).toString('utf8')).toContain(ZWSP);
    expect(rules({ 'pagefind/index/sv_1.pf_index': index })).toEqual([]);
  });

  it('passes the byte order mark that begins a CSV file, for Excel, and refuses one inside it', () => {
    const csv = '\ufeffOmråde,Mål\r\nSkola,Närvaro\r\n';
    expect(rules({ 'handlingsplaner/a.csv': csv })).toEqual([]);
    expect(found({ 'handlingsplaner/a.csv': csv.replace('Skola', 'Sko\ufeffla') })).toEqual([
      ['handlingsplaner/a.csv', 2, 'invisible-control'],
    ]);
  });

  it('on a list page, names the content file that holds the character', () => {
    const root = built({ 'content/teams/c.mdx': `---\nname: Näss${ZWSP}jö-teamet\n---\nText.\n` });
    const dir = built({ 'exempel/index.html': page(`<h2>Näss${ZWSP}jö-teamet</h2>`) });
    const [problem] = checkOutput(dir, options({ root, contentDir: 'content' }));
    expect(problem).toMatchObject({ rule: 'invisible-control', sources: ['content/teams/c.mdx'] });
  });
});
