import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance, tokensByScheme } from './contrast.ts';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#fff', '#fff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('gives %s on %s a ratio of %d', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 2);
  });

  it('refuses a value that is not a hex colour', () => {
    expect(() => relativeLuminance('red')).toThrow(/hex colour/);
  });
});

describe('tokensByScheme', () => {
  it('reads :root in light, dark and print, each scheme on top of light, and skips other rules', () => {
    const css = `/* --text: #999; */
:root { --text: #111; --background: #fff; }
body { --text: #222; }
@media (prefers-color-scheme: dark) { :root { --text: #eee; } }
@media print { body { color: red; } :root { --background: #fefefe; } }`;
    expect(tokensByScheme(css)).toEqual({
      light: { '--text': '#111', '--background': '#fff' },
      dark: { '--text': '#eee', '--background': '#fff' },
      print: { '--text': '#111', '--background': '#fefefe' },
    });
  });
});
