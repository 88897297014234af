/**
 * `/rss.xml`: one item per published meeting with a report, newest first (src/lib/feed.ts).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { fill, sv } from '../i18n/sv.ts';
import { published, site as siteSettings } from '../lib/collections.ts';
import { feedItems } from '../lib/feed.ts';
import { siteUrl } from '../lib/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const settings = await siteSettings();
  return rss({
    title: fill(sv.meetings.rssTitle, { site: settings.name }),
    description: fill(sv.meetings.rssDescription, { site: settings.name }),
    site: siteUrl(site),
    items: feedItems(await published('meetings'), site),
    customData: '<language>sv-se</language>',
  });
};
