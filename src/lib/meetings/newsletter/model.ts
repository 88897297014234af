/**
 * What the e-mail edition of a report holds: the report model (src/lib/meetings/report.ts) — the
 * same parts as the report page — with the rendered HTML and the site's facts the e-mail adds.
 * Gathered by the endpoints (load.ts); rendered as HTML (email-html.ts) and as plain text
 * (plain-text.ts), which make every address absolute with the helpers below.
 */
import type { ReportView, ScheduleItem } from '../report.ts';

export interface NewsletterInput {
  /** The site's name and owner, for the masthead and the foot. */
  siteName: string;
  owner: string;
  /** The site's home page, absolute: the site's own addresses in the report resolve against it. */
  siteUrl: string;
  /** The report page, absolute: the "read online" link, and the base of the body's relative links. */
  pageUrl: string;
  /** The report, as every output shows it. */
  report: ReportView;
  /** The report's body as the site renders it (made portable by the renderers). */
  bodyHtml: string;
  /** The series' background text as HTML, its headings under the box's own; empty when it has none. */
  backgroundHtml: string;
}

/**
 * An address of the report (a page of the site, or a link as the content writes it) made absolute.
 * @example absoluteIn({ siteUrl: 'https://example.se/' }, '/om/') // 'https://example.se/om/'
 */
export function absoluteIn(input: Pick<NewsletterInput, 'siteUrl'>, address: string): string {
  return new URL(address, input.siteUrl).href;
}

/**
 * When a meeting of the schedule is, in one line.
 * @example scheduleWhen({ session: 'Träff 1', dateText: '3 mars 2020', time: '13:00–16:00' }) // 'Träff 1, 3 mars 2020, 13:00–16:00'
 */
export function scheduleWhen(item: Pick<ScheduleItem, 'session' | 'dateText' | 'time'>): string {
  return [item.session, item.dateText + (item.time ? `, ${item.time}` : '')].filter(Boolean).join(', ');
}
