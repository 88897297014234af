import { describe, expect, it } from 'vitest';
import { EXAMPLE_INPUT } from './example-input.ts';
import { htmlToText, newsletterText } from './plain-text.ts';
import { portableTree } from './portable-html.ts';

const BASE = 'https://example.se/traffar/a/';

describe('htmlToText', () => {
  it.each([
    ['<h2>Rubrik</h2><p>Text</p>', 'Rubrik\n======\n\nText', 'a heading underlined, blocks apart'],
    ['<h3>Del</h3>', 'Del\n---', 'a lower heading underlined with dashes'],
    ['<p>Se <a href="/om/">om oss</a>.</p>', 'Se om oss <https://example.se/om/>.', 'a link with its absolute address'],
    ['<p><a href="mailto:a@example.se">a@example.se</a></p>', 'a@example.se', 'an e-mail address once'],
    ['<ul><li>Ett</li><li>Två</li></ul>', '- Ett\n- Två', 'a list'],
    ['<ol><li>Ett</li><li>Två</li></ol>', '1. Ett\n2. Två', 'a numbered list'],
    ['<blockquote><p>Citat</p></blockquote>', '> Citat', 'a quotation'],
  ])('writes %j as %j (%s)', (html, expected) => {
    expect(htmlToText(portableTree(html, BASE))).toBe(expected);
  });
});

describe('newsletterText', () => {
  const text = newsletterText(EXAMPLE_INPUT);

  it('carries every link of the report, written out', () => {
    for (const address of [
      'https://vimeo.com/1',
      'https://vimeo.com/2/abc',
      'https://extern.example/las',
      'https://extern.example/rapport',
      'https://example.se/exempel/testteam/',
      'https://example.se/om/',
      EXAMPLE_INPUT.pageUrl,
      'bo.kontakt@example.se',
    ]) {
      expect(text).toContain(address);
    }
  });

  it('has the title, summary, speakers, teams, series box and schedule, and the contacts last', () => {
    const parts = [
      'En träff att testa',
      EXAMPLE_INPUT.report.summary,
      'Anna Testsson',
      'Testteamet',
      'Testomgången',
      'Nästa träff',
      'Bo Kontakt',
    ];
    const positions = parts.map((part) => text.indexOf(part));
    for (const position of positions) expect(position).toBeGreaterThan(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('has no HTML left and no script text', () => {
    expect(text).not.toMatch(/<(p|a|script|div)\b/);
    expect(text).not.toContain('Visa filmen');
  });
});
