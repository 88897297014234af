/**
 * The news feed `/rss.xml` (RSS 2.0): one item per published meeting with a report, newest first.
 * The item's description is the meeting's summary; its `content:encoded` the whole report, when
 * given. The channel names its own address (`atom:link rel="self"`, as the RSS Advisory Board
 * recommends, so a reader can tell where it subscribed) and the instant it was built
 * (`lastBuildDate`).
 */
import { routes } from '../routing/routes.ts';
import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { fill, sv } from '../../i18n/sv.ts';
import { byDateDescending, hasReport, isMonthOnly, type MeetingEntry } from './meetings.ts';
import { absoluteUrl, siteUrl } from '../routing/site-url.ts';
import { stockholmToUtc } from '../dates/stockholm-time.ts';

/** The Atom namespace, for `atom:link` (RFC 4287). */
export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/**
 * The publication date of a meeting's report: noon in Stockholm on the meeting's day, or on the
 * first of the month when only the month is known. Reports carry no date of their own. Noon, not
 * midnight: RSS writes dates in GMT, and Stockholm's midnight is the evening before in GMT
 * (`2023-03` became "Tue, 28 Feb 2023 23:00:00 GMT", a date in February). At noon the day is the
 * same in GMT, in Stockholm and in every zone from UTC−10 to UTC+12.
 * @example reportDate('2020-09-21').toUTCString() // 'Mon, 21 Sep 2020 10:00:00 GMT'
 * @example reportDate('2023-03').toUTCString() // 'Wed, 01 Mar 2023 11:00:00 GMT'
 */
export function reportDate(date: string): Date {
  return stockholmToUtc(isMonthOnly(date) ? `${date}-01` : date, '12:00');
}

/**
 * The feed's items.
 * @param meetings published meetings, in any order
 * @param site `Astro.site`, or undefined (links then point at the local preview server)
 * @param contents each report's full HTML by meeting id, ready to leave the site (see
 *   `feedContent` in src/lib/meetings/newsletter/feed-content.ts); a meeting without one gets no content
 */
export function feedItems(
  meetings: readonly MeetingEntry[],
  site: URL | undefined,
  contents: ReadonlyMap<string, string> = new Map(),
): RSSFeedItem[] {
  return meetings
    .filter(hasReport)
    .sort(byDateDescending)
    .map((meeting) => ({
      title: meeting.data.title,
      link: absoluteUrl(routes.meeting(meeting.id), site),
      pubDate: reportDate(meeting.data.date),
      description: meeting.data.summary,
      ...(contents.has(meeting.id) ? { content: contents.get(meeting.id) } : {}),
    }));
}

export interface FeedOptions {
  /** `Astro.site`, or undefined (see `siteUrl`). */
  site: URL | undefined;
  /** The site's name, from content/site.yaml. */
  siteName: string;
  /** The build's instant, written as `lastBuildDate`. */
  now: Date;
  /** Each report's full HTML by meeting id (see {@link feedItems}). */
  contents?: ReadonlyMap<string, string>;
}

/**
 * The whole feed.
 * @param meetings published meetings, in any order
 * @returns RSS 2.0 XML
 */
export function buildFeed(meetings: readonly MeetingEntry[], options: FeedOptions): Promise<string> {
  // A root-relative path on an origin: no character that would need escaping in the attribute.
  const self = absoluteUrl(routes.rss, options.site);
  return getRssString({
    title: fill(sv.meetings.rssTitle, { site: options.siteName }),
    description: fill(sv.meetings.rssDescription, { site: options.siteName }),
    site: siteUrl(options.site),
    xmlns: { atom: ATOM_NAMESPACE },
    customData: [
      '<language>sv-se</language>',
      `<lastBuildDate>${options.now.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: feedItems(meetings, options.site, options.contents),
  });
}
