/**
 * The placeholder filler of the site's strings, apart from src/i18n/sv.ts: browser scripts import
 * it from here, so they do not ship every string of the site.
 */

/**
 * Fills `{name}` placeholders in a string.
 * @example fill('Filmen visas från {host}.', { host: 'Vimeo' }) // 'Filmen visas från Vimeo.'
 */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
