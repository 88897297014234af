import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { EMAIL_WIDTH, newsletterHtml } from './email-html.ts';
import { EXAMPLE_INPUT } from './example-input.ts';

const html = newsletterHtml(EXAMPLE_INPUT);
const tree = fromHtml(html);
const elements: Element[] = [];
visit(tree, 'element', (node: Element) => {
  elements.push(node);
});
const addresses = elements.flatMap((node) =>
  (['href', 'src'] as const).flatMap((name) => {
    const value = node.properties[name];
    return typeof value === 'string' ? [value] : [];
  }),
);

describe('newsletterHtml', () => {
  it('is a whole Swedish HTML document titled with the meeting', () => {
    expect(html).toMatch(/^<!DOCTYPE html><html lang="sv">/);
    expect(elements.find((node) => node.tagName === 'title')?.children).toEqual([
      { type: 'text', value: EXAMPLE_INPUT.report.title, position: expect.anything() },
    ]);
  });

  it('has no script, style block, form, button or iframe', () => {
    const tags = new Set(elements.map((node) => node.tagName));
    for (const tag of ['script', 'style', 'form', 'button', 'iframe']) expect(tags.has(tag), tag).toBe(false);
  });

  it('uses only absolute, mailto or tel addresses', () => {
    expect(addresses.length).toBeGreaterThan(5);
    for (const address of addresses) expect(address).toMatch(/^(https?:\/\/|mailto:|tel:)/);
  });

  it('lays out with presentation tables no wider than 600 px, without grid or flex', () => {
    const tables = elements.filter((node) => node.tagName === 'table');
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table.properties.role).toBe('presentation');
    expect(tables.some((table) => String(table.properties.width) === String(EMAIL_WIDTH))).toBe(true);
    expect(html).not.toMatch(/display:\s*(grid|flex)/);
  });

  it('inlines the styles into the elements', () => {
    const heading = elements.find((node) => node.tagName === 'h1');
    expect(heading?.properties.style).toMatch(/font-size: 26px/);
  });

  it("top-aligns every cell by attribute too, the report's tables' cells included, as old Outlook reads no CSS there", () => {
    const withTable = {
      ...EXAMPLE_INPUT,
      bodyHtml: `${EXAMPLE_INPUT.bodyHtml}<table><tbody><tr><td>Kommun</td><td>Team</td></tr></tbody></table>`,
    };
    const cells: Element[] = [];
    visit(fromHtml(newsletterHtml(withTable)), 'element', (node: Element) => {
      if (node.tagName === 'td') cells.push(node);
    });
    expect(cells.some((cell) => cell.children.some((child) => child.type === 'text' && child.value === 'Kommun'))).toBe(
      true,
    );
    for (const cell of cells) {
      expect(cell.properties.vAlign).toBe('top');
      expect(cell.properties.style).toMatch(/vertical-align: top/);
    }
  });

  it('opens with the summary as a hidden preheader', () => {
    const body = elements.find((node) => node.tagName === 'body');
    const first = body?.children.find((child): child is Element => child.type === 'element');
    expect(first?.properties.className).toEqual(['preheader']);
    expect(first?.properties.style).toMatch(/display:none/);
    expect(first?.children).toEqual([
      { type: 'text', value: EXAMPLE_INPUT.report.summary, position: expect.anything() },
    ]);
  });

  it('hides the preheader from Outlook with mso-hide in a conditional comment, never in a style the checkers read', () => {
    const head = /<head>([\s\S]*)<\/head>/.exec(html)?.[1] ?? '';
    expect(head).toContain('<!--[if mso]><style>.preheader{mso-hide:all}</style><![endif]-->');
    const outsideComments = html.replace(/<!--[\s\S]*?-->/g, '');
    expect(outsideComments).not.toContain('mso-');
  });

  it('links every video instead of embedding it, and carries every link of the report', () => {
    expect(addresses).toEqual(
      expect.arrayContaining([
        'https://vimeo.com/1',
        'https://vimeo.com/2/abc',
        'https://extern.example/las',
        'https://extern.example/rapport',
        'https://example.se/exempel/testteam/',
        'https://example.se/traffar/2024-01-01-test/#start',
        'https://example.se/_astro/bild.webp',
        'https://example.se/om/',
        'https://example.se/traffar/2024-02-01-nasta/',
        'mailto:bo.kontakt@example.se',
        'tel:0701234567',
      ]),
    );
  });

  it('shows the series box, speakers and teams, and ends with the contacts before the foot', () => {
    const text = html.replace(/<[^>]+>/g, ' ');
    const order = ['Medverkande', 'Team som presenterade', 'Om omgången', 'Omgångens träffar', 'Kontakt', 'Bo Kontakt'];
    const positions = order.map((word) => text.indexOf(word));
    for (const position of positions) expect(position).toBeGreaterThan(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('Testomgången');
    expect(text).toContain('Utkastteamet');
    expect(text.slice(positions.at(-1))).not.toContain('Medverkande');
  });
});
