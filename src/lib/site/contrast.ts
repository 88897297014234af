/**
 * Colour contrast as WCAG 2.1 defines it, and the design tokens of a stylesheet by colour scheme,
 * so a test can hold every text colour of the site to its background.
 */

/** The relative luminance of a `#rgb` or `#rrggbb` colour (WCAG 2.1, "relative luminance"). */
export function relativeLuminance(hex: string): number {
  const digits = hex.replace(/^#/, '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`Not a hex colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(full.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The contrast ratio of two colours, from 1 to 21.
 * @example contrastRatio('#000', '#fff') // 21
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export type ColourScheme = 'light' | 'dark' | 'print';

/**
 * The custom properties a stylesheet sets on `:root`, per scheme: `light` from the top-level
 * `:root` rule, `dark` and `print` from the `:root` rules inside `@media (prefers-color-scheme: dark)`
 * and `@media print`, each on top of `light` (as the cascade applies them).
 */
export function tokensByScheme(css: string): Record<ColourScheme, Record<string, string>> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  const print: Record<string, string> = {};
  let depth = 0;
  let media: ColourScheme = 'light';
  const pattern = /([^{}]*)\{|\}/g;
  for (let match = pattern.exec(withoutComments); match; match = pattern.exec(withoutComments)) {
    if (match[0] === '}') {
      depth -= 1;
      if (depth === 0) media = 'light';
      continue;
    }
    const selector = (match[1] ?? '').trim();
    if (selector.startsWith('@media')) {
      media = selector.includes('prefers-color-scheme: dark') ? 'dark' : selector.includes('print') ? 'print' : media;
    } else if (selector === ':root') {
      const body = withoutComments.slice(pattern.lastIndex, withoutComments.indexOf('}', pattern.lastIndex));
      const target = media === 'dark' ? dark : media === 'print' ? print : light;
      for (const [, name, value] of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g))
        target[name as string] = (value as string).trim();
    }
    depth += 1;
  }
  return { light, dark: { ...light, ...dark }, print: { ...light, ...print } };
}
