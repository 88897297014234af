/**
 * The full content of a report for the RSS feed (`content:encoded`): the report as the page renders
 * it, made portable (absolute addresses, no scripts, videos as links), followed by the meeting's
 * videos and links — the parts of the report that a feed reader cannot get from the summary.
 */
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { sv } from '../../../i18n/sv.ts';
import { portableTree, videoParagraph } from './portable-html.ts';

/** The report's videos and links (a `ReportView` fits). */
interface ReportExtras {
  videos?: ReadonlyArray<{ title: string; url: string; captions: boolean }> | undefined;
  links?: ReadonlyArray<{ title: string; url: string }> | undefined;
}

/**
 * @param bodyHtml the report as the site renders it
 * @param extras the report's `videos` and `links` (see `reportView` in src/lib/meetings/report.ts)
 * @param pageUrl the report page, absolute: relative addresses resolve against it
 * @example feedContent('<p><a href="/om/">Om</a></p>', {}, 'https://a.se/traffar/x/') // '<p><a href="https://a.se/om/">Om</a></p>'
 */
export function feedContent(bodyHtml: string, extras: ReportExtras, pageUrl: string): string {
  const tree = portableTree(bodyHtml, pageUrl);
  const { videos = [], links = [] } = extras;
  if (videos.length > 0) tree.children.push(h('h2', sv.meetings.videos), ...videos.map(videoParagraph));
  if (links.length > 0) {
    tree.children.push(
      h('h2', sv.meetings.links),
      h(
        'ul',
        links.map((link) => h('li', h('a', { href: new URL(link.url, pageUrl).href }, link.title))),
      ),
    );
  }
  return toHtml(tree);
}
