/**
 * The e-mail edition of a report as HTML that common mail clients (Outlook, Gmail, Apple Mail)
 * render: layout with tables no wider than 600 px, system fonts, every style inlined by `css-inline`,
 * every address absolute, videos as links, the summary as a hidden preheader, contacts last.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { inline, type Options } from '@css-inline/css-inline';
import { sv } from '../../../i18n/sv.ts';
import { newsletter } from '../../../i18n/sv/newsletter.ts';
import { mailHref, roleLine, telHref } from '../../people/contacts.ts';
import { speakerDetails } from '../report.ts';
import { absoluteIn, scheduleWhen, type NewsletterInput } from './model.ts';
import { portableTree, videoParagraph } from './portable-html.ts';
import { visit } from 'unist-util-visit';

/** The widest the message gets: what mail clients' reading panes show without scrolling. */
export const EMAIL_WIDTH = 600;

// Inlined into every element by css-inline; mail clients drop or ignore <style> blocks unreliably.
const CSS = `
body { margin: 0; padding: 0; background: #f2f2f2; }
.outer { background: #f2f2f2; }
.sheet { width: 100%; max-width: 600px; background: #ffffff; color: #1b1b1b; font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; font-size: 16px; line-height: 1.5; }
td { font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; vertical-align: top; }
.masthead { background: #0b5394; color: #ffffff; padding: 16px 24px; font-size: 18px; font-weight: bold; }
.masthead a { color: #ffffff; text-decoration: none; }
.cell { padding: 8px 24px; }
h1 { font-size: 26px; line-height: 1.25; margin: 16px 0 8px; }
h2 { font-size: 20px; line-height: 1.3; margin: 24px 0 8px; }
h3 { font-size: 17px; line-height: 1.3; margin: 20px 0 6px; }
h4, h5, h6 { font-size: 16px; margin: 16px 0 4px; }
p, li { margin: 0 0 12px; }
a { color: #0b5394; text-decoration: underline; }
img { max-width: 100%; height: auto; border: 0; }
.lead { font-size: 18px; }
.facts td { padding: 2px 12px 2px 0; font-size: 15px; }
.fact-label { font-weight: bold; white-space: nowrap; }
.box { background: #eef4f8; padding: 12px 16px; }
.box h2 { margin-top: 0; }
.box h3 { font-size: 15px; text-transform: uppercase; letter-spacing: 0.03em; }
.faktaruta { background: #eef4f8; border-left: 4px solid #0b5394; padding: 8px 16px; margin: 12px 0; }
figure { margin: 12px 0; }
blockquote { margin: 0; padding-left: 12px; border-left: 4px solid #8a8a8a; font-style: italic; }
.muted { color: #4a4a4a; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
.current { font-weight: bold; }
.foot { padding: 16px 24px; font-size: 13px; color: #4a4a4a; }
`;

/**
 * The e-mail edition as a complete HTML document with inlined styles.
 * @param input the report and what the e-mail adds (see {@link NewsletterInput})
 */
export function newsletterHtml(input: NewsletterInput): string {
  const rows: Element[] = [
    row(h('td', { ...TOP, className: ['masthead'] }, h('a', { href: input.siteUrl }, input.siteName))),
    row(cell(header(input))),
    row(cell(bodyTree(input.bodyHtml, input.pageUrl))),
    ...optionalRows(input),
    row(
      h('td', { ...TOP, className: ['foot'] }, [
        h('p', `${input.siteName}, ${input.owner}.`),
        h('p', h('a', { href: input.pageUrl }, newsletter.readOnline)),
      ]),
    ),
  ];
  const document = h(null, [
    { type: 'doctype' },
    h('html', { lang: 'sv' }, [
      h('head', [
        h('meta', { charSet: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('title', input.report.title),
        h('style', CSS),
        OUTLOOK_HIDES_PREHEADER,
      ]),
      h('body', [
        // The preheader: the line mail clients show after the subject; never shown in the message.
        h(
          'div',
          {
            className: ['preheader'],
            style: 'display:none;max-height:0;overflow:hidden;font-size:1px;line-height:1px;color:#ffffff;opacity:0',
          },
          input.report.summary,
        ),
        h('table', { ...LAYOUT, width: '100%', className: ['outer'] }, [
          h('tbody', [
            h('tr', [
              h('td', { ...TOP, align: 'center' }, [
                h('table', { ...LAYOUT, width: String(EMAIL_WIDTH), className: ['sheet'] }, [h('tbody', rows)]),
              ]),
            ]),
          ]),
        ]),
      ]),
    ]),
  ]);
  return inline(toHtml(document, { upperDoctype: true }), INLINE_OPTIONS);
}

/**
 * Outlook on Windows renders with Word, which shows the preheader unless it has `mso-hide: all`.
 * That property is Word's, not CSS: the HTML checkers reject it in a style attribute or a <style>
 * block. A conditional comment is read by Outlook alone and is a plain comment to every other
 * client and to the checkers; css-inline leaves comments where they are.
 */
const OUTLOOK_HIDES_PREHEADER = {
  type: 'comment',
  value: '[if mso]><style>.preheader{mso-hide:all}</style><![endif]',
} as const;

/**
 * The CSS is ours and local: nothing to fetch, no <style> block left (its rules are all inlined),
 * no width attributes (the layout sets its own). css-inline (a Rust inliner) does in about a
 * third of the time what juice did; that time was most of an e-mail edition's cost in a build.
 */
const INLINE_OPTIONS: Options = {
  keepStyleTags: false,
  loadRemoteStylesheets: false,
  applyWidthAttributes: false,
};

/**
 * Every cell is top-aligned by attribute as well as by style: old Outlook reads `valign`, not CSS.
 * The template's cells get it here, the cells of tables in a report in `bodyTree`.
 */
const TOP = { vAlign: 'top' } as const;

/** A report's (or a series text's) HTML made portable, its table cells top-aligned as the template's. */
function bodyTree(html: string, pageUrl: string): ElementContent[] {
  const tree = portableTree(html, pageUrl);
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'td' || node.tagName === 'th') node.properties.vAlign = 'top';
  });
  return tree.children as ElementContent[];
}

/** Presentation tables: no border, no spacing, read by screen readers as plain content. */
const LAYOUT = { role: 'presentation', border: '0', cellPadding: '0', cellSpacing: '0' };

function row(td: Element): Element {
  return h('tr', [td]);
}

function cell(children: ElementContent | ElementContent[]): Element {
  return h('td', { ...TOP, className: ['cell'] }, children);
}

function header(input: NewsletterInput): ElementContent[] {
  const { report } = input;
  return [
    h('h1', report.title),
    h('p', { className: ['lead'] }, report.summary),
    h('table', { ...LAYOUT, className: ['facts'] }, [
      h('caption', { align: 'left', className: ['muted'] }, newsletter.facts),
      h(
        'tbody',
        report.facts.map((fact) =>
          h('tr', [h('td', { ...TOP, className: ['fact-label'] }, fact.label), h('td', TOP, fact.value)]),
        ),
      ),
    ]),
    h('p', h('a', { href: input.pageUrl }, newsletter.readOnline)),
  ];
}

function section(heading: string, children: ElementContent[]): Element {
  return row(cell([h('h2', heading), ...children]));
}

function optionalRows(input: NewsletterInput): Element[] {
  const { report } = input;
  const t = sv.meetings;
  const rows: Element[] = [];
  if (report.speakers.length > 0) {
    rows.push(
      section(t.speakers, [
        h(
          'ul',
          report.speakers.map((speaker) =>
            h('li', [
              h('strong', speaker.name),
              speakerDetails(speaker),
              ...(speaker.topic ? [h('br'), h('span', { className: ['muted'] }, speaker.topic)] : []),
            ]),
          ),
        ),
      ]),
    );
  }
  if (report.teams.length > 0) {
    rows.push(
      section(t.teams, [
        h(
          'ul',
          report.teams.map((team) =>
            h('li', team.href ? h('a', { href: absoluteIn(input, team.href) }, team.name) : team.name),
          ),
        ),
      ]),
    );
  }
  if (report.videos.length > 0) rows.push(section(t.videos, report.videos.map(videoParagraph)));
  if (report.links.length > 0) {
    rows.push(
      section(t.links, [
        h(
          'ul',
          report.links.map((link) => h('li', h('a', { href: absoluteIn(input, link.url) }, link.title))),
        ),
      ]),
    );
  }
  if (report.background && input.backgroundHtml) {
    const { background } = report;
    rows.push(
      row(
        cell(
          h('table', { ...LAYOUT, width: '100%' }, [
            h('tbody', [
              h('tr', [
                h('td', { ...TOP, className: ['box'] }, [
                  h('h2', t.background),
                  h('p', [h('strong', background.name), h('br'), background.period]),
                  ...bodyTree(input.backgroundHtml, input.pageUrl),
                ]),
              ]),
            ]),
          ]),
        ),
      ),
    );
  }
  if (report.schedule && report.schedule.meetings.length > 0) {
    const { schedule } = report;
    rows.push(
      section(t.schedule, [
        h('p', schedule.intro),
        h(
          'ol',
          schedule.meetings.map((meeting) =>
            h('li', { className: meeting.current ? ['current'] : [] }, [
              `${scheduleWhen(meeting)}: `,
              h('a', { href: absoluteIn(input, meeting.href) }, meeting.title),
              meeting.current ? ` (${t.thisMeeting})` : '',
              h('br'),
              h('span', { className: ['muted'] }, meeting.where),
            ]),
          ),
        ),
      ]),
    );
  }
  if (report.contacts.length > 0) {
    rows.push(
      section(t.contacts, [
        h(
          'ul',
          report.contacts.map(({ data: person }) =>
            h('li', [
              h('strong', person.name),
              h('br'),
              roleLine(person.title, person.organisation),
              h('br'),
              `${sv.people.email}: `,
              h('a', { href: mailHref(person.email) }, person.email),
              ...(person.phone
                ? [h('br'), `${sv.people.phone}: `, h('a', { href: telHref(person.phone) }, person.phone)]
                : []),
            ]),
          ),
        ),
      ]),
    );
  }
  return rows;
}
