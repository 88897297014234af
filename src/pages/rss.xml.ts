/**
 * `/rss.xml`: one item per published meeting with a report, newest first (src/lib/meetings/feed.ts), each
 * with the whole report as `content:encoded` (src/lib/meetings/newsletter/feed-content.ts).
 */
import { routes } from '../lib/routing/routes.ts';
import type { APIRoute } from 'astro';
import { published, site as siteSettings } from '../lib/content/collections.ts';
import { buildFeed } from '../lib/meetings/feed.ts';
import { hasReport } from '../lib/meetings/meetings.ts';
import { feedContent } from '../lib/meetings/newsletter/feed-content.ts';
import { renderEntryHtml } from '../lib/meetings/newsletter/render-entry.ts';
import { absoluteUrl } from '../lib/routing/site-url.ts';

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
              feedContent(await renderEntryHtml(entry), entry.data, absoluteUrl(routes.meeting(entry.id), site)),
            ] as const,
        ),
    ),
  );
  const body = await buildFeed(meetings, { site, siteName: settings.name, now: new Date(), contents });
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
