/**
 * `/rss.xml`: one item per published meeting with a report, newest first (src/lib/feed.ts), each
 * with the whole report as `content:encoded` (src/lib/newsletter/feed-content.ts).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { fill, sv } from '../i18n/sv.ts';
import { published, site as siteSettings } from '../lib/collections.ts';
import { feedItems } from '../lib/feed.ts';
import { hasReport, meetingUrl } from '../lib/meetings.ts';
import { feedContent } from '../lib/newsletter/feed-content.ts';
import { renderEntryHtml } from '../lib/newsletter/render-entry.ts';
import { absoluteUrl, siteUrl } from '../lib/site-url.ts';

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
  return rss({
    title: fill(sv.meetings.rssTitle, { site: settings.name }),
    description: fill(sv.meetings.rssDescription, { site: settings.name }),
    site: siteUrl(site),
    items: feedItems(meetings, site, contents),
    customData: '<language>sv-se</language>',
  });
};
