/**
 * One table of hostile bodies, run through the validator and through the renderer the site uses
 * (Sätteri with the one configuration of src/lib/mdx/markdown.ts), whose HTML the build's last wall
 * (src/lib/build/output-html.ts) then reads. They must agree: a body whose rendering holds something
 * the wall refuses is refused by the validator, with a line, a rule and a Swedish message.
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { markdownToHtml, mdxToHast, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkHtml } from '../../build/output-html.ts';
import { MARKDOWN_FEATURES, MDAST_PLUGINS } from '../../mdx/markdown.ts';
import { checkBody } from './index.ts';

const ORIGIN = 'https://example.se';

/** A node of Sätteri's MDX hast tree, loosely: elements, text, and MDX's JSX elements. */
interface Loose {
  type: string;
  name?: string | null;
  attributes?: Array<{ name?: string; value?: unknown }>;
  children?: Loose[];
  value?: string;
}

/** MDX's JSX elements as the JSX runtime writes them: the tag and its attributes as written. */
function jsxToRaw(node: Loose): Loose {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const attributes = (node.attributes ?? [])
      .map((a) => (typeof a.value === 'string' ? ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"` : ` ${a.name}`))
      .join('');
    const name = node.name ?? '';
    const inner = (node.children ?? []).map((child) => html(jsxToRaw(child))).join('');
    return { type: 'raw', value: `<${name}${attributes}>${inner}</${name}>` } as Loose;
  }
  if (node.children) return { ...node, children: node.children.map(jsxToRaw) };
  return node;
}

function html(node: Loose): string {
  return toHtml(node as unknown as Root, { allowDangerousHtml: true });
}

/**
 * The HTML the site renders for a body, or undefined when the renderer refuses it (the MDX lock).
 * `.md` through Sätteri's own `markdownToHtml`, as Astro's Markdown processor does; `.mdx` through
 * its MDX tree, with the JSX elements written as the runtime writes them.
 */
function render(text: string, format: 'md' | 'mdx'): string | undefined {
  const options = { features: MARKDOWN_FEATURES, mdastPlugins: MDAST_PLUGINS };
  try {
    if (format === 'md') return markdownToHtml(text, options).html;
    // The real compile, with the lock's plugin (src/lib/mdx/reject-unsafe.ts): does the page render at all?
    mdxToJs(text, { ...options, jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
    return html(jsxToRaw(mdxToHast(text, { features: MARKDOWN_FEATURES }) as unknown as Loose));
  } catch {
    return undefined;
  }
}

type Row = [name: string, format: 'md' | 'mdx', body: string];

const BOTH = (name: string, body: string): Row[] => [
  [`${name} (.md)`, 'md', body],
  [`${name} (.mdx)`, 'mdx', body],
];

/** Hostile bodies: each would put something on the site that the last wall refuses. */
const HOSTILE: Row[] = [
  ...BOTH('HTML in a footnote definition', 'Text.[^1]\n\n[^1]: <iframe src="https://evil.example/"></iframe>\n'),
  ...BOTH('an img onerror in a footnote', 'Text.[^a]\n\n[^a]: <img src="/x.png" alt="" onerror="alert(1)">\n'),
  ...BOTH('a javascript: link in a footnote', 'Text.[^1]\n\n[^1]: [klicka](javascript:alert(1))\n'),
  ...BOTH(
    'an iframe in a code span split by table pipes',
    '| a | b |\n| - | - |\n| `x | <iframe src="https://evil.example/"></iframe>` |\n',
  ),
  ...BOTH('an img onerror split by table pipes', '| a | b |\n| - | - |\n| `x | <img src=x onerror=alert(1)>` |\n'),
  ['a meta refresh (.md)', 'md', '<meta http-equiv="refresh" content="0;url=https://evil.example/">\n'],
  ['a meta refresh (.mdx)', 'mdx', '<meta http-equiv="refresh" content="0;url=https://evil.example/" />\n'],
  ['an iframe (.md)', 'md', '<iframe src="https://evil.example/"></iframe>\n'],
  ['an iframe (.mdx)', 'mdx', '<iframe src="https://evil.example/" />\n'],
  ['an img onerror (.md)', 'md', '<img src="/x.png" alt="" onerror="alert(1)">\n'],
  ['an img onerror (.mdx)', 'mdx', '<img src="/x.png" alt="" onError="alert(1)" />\n'],
  ['raw script (.md)', 'md', '<script>alert(1)</script>\n'],
  ['raw script inline (.md)', 'md', 'Text <script>alert(1)</script> text.\n'],
  ['an object (.md)', 'md', '<object data="https://evil.example/x.swf"></object>\n'],
  ['an embed (.mdx)', 'mdx', '<embed src="https://evil.example/x.swf" />\n'],
  ['a base (.md)', 'md', '<base href="https://evil.example/">\n'],
  ['a form (.md)', 'md', '<form action="https://evil.example/"><button>Skicka</button></form>\n'],
  ['a form (.mdx)', 'mdx', '<form action="https://evil.example/" />\n'],
  ...BOTH('a javascript: link', '[klicka](javascript:alert(1))\n'),
  ...BOTH('a javascript: link in capitals', '[klicka](JaVaScRiPt:alert(1))\n'),
  ...BOTH('a javascript: link behind an entity', '[klicka](jav&#x61;script:alert(1))\n'),
  ...BOTH('a javascript: link with a tab entity', '[klicka](jav&#x09;ascript:alert(1))\n'),
  ...BOTH('a javascript: link with a named tab', '[klicka](java&Tab;script:alert(1))\n'),
  ...BOTH('a javascript: link in angle brackets with a space', '[klicka](< javascript:alert(1)>)\n'),
  ...BOTH('a javascript: reference definition', '[klicka][r]\n\n[r]: javascript:alert(1)\n'),
  ['a javascript: autolink (.md)', 'md', '<javascript:alert(1)>\n'],
  ['a javascript: link in raw HTML (.md)', 'md', '<a href="&#106;avascript:alert(1)">klicka</a>\n'],
  ['a javascript: link in JSX (.mdx)', 'mdx', '<a href="javascript:alert(1)">klicka</a>\n'],
  ...BOTH('a vbscript: link', '[klicka](vbscript:msgbox(1))\n'),
  ...BOTH('a data: link', '[klicka](data:text/html;base64,PHNjcmlwdD4=)\n'),
  ...BOTH('a data: image', '![bild](data:image/svg+xml;base64,PHN2Zz4=)\n'),
  ...BOTH('a remote image', '![Logga](https://evil.example/a.png)\n'),
  ...BOTH('a remote image without a scheme', '![Logga](//evil.example/a.png)\n'),
  ...BOTH('a remote image by reference', '![Logga][r]\n\n[r]: https://evil.example/a.png\n'),
  ...BOTH('a remote image by a collapsed reference', '![Logga][]\n\n[Logga]: https://evil.example/a.png\n'),
  ...BOTH('a remote image in a footnote', 'Text.[^1]\n\n[^1]: ![Logga](https://evil.example/a.png)\n'),
  ...BOTH('a remote image in a table', '| a |\n| - |\n| ![Logga](https://evil.example/a.png) |\n'),
  ['a remote img in raw HTML (.md)', 'md', '<img src="https://evil.example/a.png" alt="x">\n'],
  ['an iframe hidden after an HTML comment (.md)', 'md', '<!-- x --> <iframe src="https://evil.example/"></iframe>\n'],
  ['a script in an HTML comment that ends early (.md)', 'md', '<!-- a --!> <script>alert(1)</script> -->\n'],
  ['an svg with onload (.md)', 'md', '<svg onload="alert(1)"></svg>\n'],
  ['a style with a remote background (.md)', 'md', '<p style="background:url(https://evil.example/a.png)">x</p>\n'],
];

describe('the validator and the renderer agree on hostile bodies', () => {
  it('holds bodies whose rendering the wall refuses, in both formats', () => {
    const hostile = HOSTILE.filter(([, format, body]) => {
      const html = render(body, format);
      return html !== undefined && checkHtml(html, { origin: ORIGIN, fragment: true }).length > 0;
    });
    expect(hostile.length).toBeGreaterThan(HOSTILE.length / 2);
    expect(new Set(hostile.map(([, format]) => format))).toEqual(new Set(['md', 'mdx']));
  });

  it.each(HOSTILE)('%s: the rendering is refused by the wall and the body by the validator', (_, format, body) => {
    const html = render(body, format);
    const findings = html === undefined ? [] : checkHtml(html, { origin: ORIGIN, fragment: true });
    const problems = checkBody(body, format).problems;
    // No disagreement: what renders to something the wall refuses, the validator refuses. (It also
    // refuses, as a precaution, spellings the renderer defuses, e.g. a tab inside the scheme becomes %09.)
    if (findings.length > 0) expect(problems.length).toBeGreaterThan(0);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ line: expect.any(Number), rule: expect.any(String), severity: 'error' });
    expect(problems[0]!.message).toMatch(/[a-zåäö]{3}/i);
  });

  it.each([
    ['a footnote (.md)', 'md', 'Text.[^1]\n\n[^1]: En källa, [RJL](https://www.rjl.se/).\n'],
    ['a footnote (.mdx)', 'mdx', 'Text.[^1]\n\n[^1]: En källa, [RJL](https://www.rjl.se/).\n'],
    ['a table with a code span (.mdx)', 'mdx', '| a | b |\n| - | - |\n| `x` | y |\n'],
    ['a local image (.mdx)', 'mdx', '![Barn i parken](../images/park.jpg)\n'],
    ['a link to another site (.md)', 'md', '[RJL](https://www.rjl.se/)\n'],
  ] as Row[])('%s: the rendering passes the wall and the validator accepts the body', (_, format, body) => {
    const html = render(body, format) ?? '';
    expect(checkHtml(html, { origin: ORIGIN, fragment: true })).toEqual([]);
    expect(checkBody(body, format).problems).toEqual([]);
  });

  it('renders footnotes with Swedish screen-reader texts, in .md and .mdx alike', () => {
    for (const format of ['md', 'mdx'] as const) {
      const html = render('Text.[^1]\n\n[^1]: Källa.\n', format) ?? '';
      expect(html).toContain('>Fotnoter</h2>');
      expect(html).toContain('aria-label="Tillbaka till hänvisning 1"');
    }
  });
});
