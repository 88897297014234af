/**
 * Dates as the site shows them: Swedish, in Europe/Stockholm.
 */
const DAY = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Formats a content date (`YYYY-MM-DD` or `YYYY-MM`) in Swedish.
 * @param value the date as written in content
 * @returns e.g. "21 september 2020", or "mars 2023" when only the month is known
 * @example formatDate('2020-09-21') // '21 september 2020'
 */
export function formatDate(value: string): string {
  let text = formatted.get(value);
  if (text === undefined) {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number | undefined];
    // Content dates are calendar dates, not instants: format them in UTC so no time zone shifts the day.
    const date = new Date(Date.UTC(year, month - 1, day ?? 1));
    text = (day === undefined ? MONTH : DAY).format(date);
    formatted.set(value, text);
  }
  return text;
}
/** Each date is shown on many pages (lists, hubs, schedules): formatted once per build. */
const formatted = new Map<string, string>();

/**
 * The year of a content date.
 * @example yearOf('2023-03') // 2023
 */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}
