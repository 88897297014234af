/**
 * Wall-clock time in Europe/Stockholm, where every meeting of the network takes place: what day it
 * is there, and which instant a local date and time is (summer time included). Pure: callers pass
 * the current instant in, so tests control "today".
 */

/** The IANA name of the time zone of every meeting's date and time. */
export const STOCKHOLM_ZONE = 'Europe/Stockholm';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: STOCKHOLM_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function wallClock(instant: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = Object.fromEntries(PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** Minutes that Stockholm's clock is ahead of UTC at an instant: 60 in winter, 120 in summer. */
function offsetMinutes(instant: Date): number {
  const local = wallClock(instant);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const whole = Math.floor(instant.getTime() / 60_000) * 60_000;
  return (asUtc - whole) / 60_000;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar date in Stockholm at an instant.
 * @param now the instant, e.g. `new Date()` at build time
 * @returns `YYYY-MM-DD`
 * @example todayInStockholm(new Date('2023-05-22T23:30:00Z')) // '2023-05-23' (01:30 in Stockholm)
 */
export function todayInStockholm(now: Date): string {
  const { year, month, day } = wallClock(now);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The instant at which Stockholm's clocks show a date and time.
 * @param date `YYYY-MM-DD`
 * @param time `HH:MM`, local time in Stockholm
 * @returns the instant, as a Date (UTC inside)
 * @example stockholmToUtc('2020-09-21', '13:30').toISOString() // '2020-09-21T11:30:00.000Z' (summer time)
 * @example stockholmToUtc('2020-11-17', '13:30').toISOString() // '2020-11-17T12:30:00.000Z' (winter time)
 */
export function stockholmToUtc(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // First guess with the offset at the wall time read as UTC, then correct it with the offset at
  // the guess: this lands right on both sides of a daylight-saving change.
  const guess = wall - offsetMinutes(new Date(wall)) * 60_000;
  return new Date(wall - offsetMinutes(new Date(guess)) * 60_000);
}
