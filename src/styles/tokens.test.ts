/**
 * The design tokens meet WCAG AA contrast: every text colour on every background it is used on, in
 * light, dark and print.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, tokensByScheme } from '../lib/site/contrast.ts';

const tokens = tokensByScheme(readFileSync(new URL('./tokens.css', import.meta.url), 'utf8'));

/** Text token, background token: the pairs the stylesheets use. */
const PAIRS: [string, string][] = [
  ['--text', '--background'],
  ['--text', '--box'],
  ['--text', '--brand-tint'],
  ['--link', '--background'],
  ['--link', '--box'],
  ['--muted', '--background'],
  ['--muted', '--box'],
  ['--brand', '--background'],
  ['--band-text', '--band-background'],
];

describe.each(['light', 'dark', 'print'] as const)('the %s tokens', (scheme) => {
  it.each(PAIRS)('give %s on %s a contrast of at least 4.5:1', (text, background) => {
    const [foreground, ground] = [tokens[scheme][text], tokens[scheme][background]];
    expect(foreground, text).toMatch(/^#/);
    expect(ground, background).toMatch(/^#/);
    expect(contrastRatio(foreground as string, ground as string)).toBeGreaterThanOrEqual(4.5);
  });

  it('give the focus ring and accents (--accent) at least 3:1 on the background (WCAG 1.4.11)', () => {
    expect(
      contrastRatio(tokens[scheme]['--accent'] as string, tokens[scheme]['--background'] as string),
    ).toBeGreaterThanOrEqual(3);
  });
});
