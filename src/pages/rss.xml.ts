/**
 * `/rss.xml`: one item per published meeting with a report, newest first (src/lib/meetings/feed.ts), each
 * with the whole report as `content:encoded` (src/lib/meetings/newsletter/feed-content.ts).
 */
import type { APIRoute } from 'astro';
import { published, site as siteSettings } from '../lib/content/collections.ts';
import { buildFeed } from '../lib/meetings/feed.ts';
import { feedContents } from '../lib/meetings/newsletter/load.ts';

export const GET: APIRoute = async ({ site }) => {
  const settings = await siteSettings();
  const meetings = await published('meetings');
  const contents = await feedContents(meetings, site);
  const body = await buildFeed(meetings, { site, siteName: settings.name, now: new Date(), contents });
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
