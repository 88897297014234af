/**
 * Astro reads front matter with js-yaml, which turns `2020-09-21` into a Date; the validator's YAML
 * parser keeps it as text. The schemas expect text, so the Astro build converts dates back first.
 */

/**
 * Replaces every Date in a parsed YAML value with its `YYYY-MM-DD` text, deeply.
 * @param value parsed front matter or YAML data
 * @returns the same structure with dates as text
 * @example datesToText({ date: new Date('2020-09-21') }) // { date: '2020-09-21' }
 */
export function datesToText(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesToText);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, datesToText(item)]));
  }
  return value;
}
