/**
 * `/rss.xml`: one item per published meeting with a report, newest first (src/lib/feed.ts), each
 * with the whole report as `content:encoded` (src/lib/newsletter/feed-content.ts).
 */
import type { APIRoute } from 'astro';
import { published, site as siteSettings } from '../lib/collections.ts';
import { buildFeed } from '../lib/feed.ts';
import { hasReport, meetingUrl } from '../lib/meetings.ts';
import { feedContent } from '../lib/newsletter/feed-content.ts';
import { renderEntryHtml } from '../lib/newsletter/render-entry.ts';
import { absoluteUrl } from '../lib/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const settings = await siteSettings();
  const meetings = await published('meetings');
  const contents = new Map(
    await Promise.all(
      meetings
        .filter(hasReport)
        .map(
          async (entry) =>
            [
              entry.id,
              feedContent(await renderEntryHtml(entry), entry.data, absoluteUrl(meetingUrl(entry.id), site)),
            ] as const,
        ),
    ),
  );
  const body = await buildFeed(meetings, { site, siteName: settings.name, now: new Date(), contents });
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
