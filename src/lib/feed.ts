/**
 * The news feed `/rss.xml`: one item per published meeting with a report, newest first. The item's
 * description is the meeting's summary; its `content:encoded` the whole report, when given.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { byDateDescending, hasReport, isMonthOnly, meetingUrl, type MeetingEntry } from './meetings.ts';
import { absoluteUrl } from './site-url.ts';
import { stockholmToUtc } from './stockholm-time.ts';

/**
 * The publication date of a meeting's report: the meeting's day at midnight in Stockholm, or the
 * first of the month when only the month is known. Reports carry no date of their own.
 * @example reportDate('2020-09-21').toISOString() // '2020-09-20T22:00:00.000Z'
 */
export function reportDate(date: string): Date {
  return stockholmToUtc(isMonthOnly(date) ? `${date}-01` : date, '00:00');
}

/**
 * The feed's items.
 * @param meetings published meetings, in any order
 * @param site `Astro.site`, or undefined (links then point at the local preview server)
 * @param contents each report's full HTML by meeting id, ready to leave the site (see
 *   `feedContent` in src/lib/newsletter/feed-content.ts); a meeting without one gets no content
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
      link: absoluteUrl(meetingUrl(meeting.id), site),
      pubDate: reportDate(meeting.data.date),
      description: meeting.data.summary,
      ...(contents.has(meeting.id) ? { content: contents.get(meeting.id) } : {}),
    }));
}
