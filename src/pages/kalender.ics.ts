/**
 * `/kalender.ics`: every published meeting as an iCalendar feed (see src/lib/meetings/ics.ts for how dates,
 * times and month-only meetings are written).
 */
import type { APIRoute } from 'astro';
import { published, site as siteSettings } from '../lib/content/collections.ts';
import { buildCalendar } from '../lib/meetings/ics.ts';

export const GET: APIRoute = async ({ site }) => {
  const settings = await siteSettings();
  const body = buildCalendar(await published('meetings'), { site, siteName: settings.name, now: new Date() });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
