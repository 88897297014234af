/**
 * The plain-text alternative of the e-mail edition: the same parts in the same order, every link
 * written out as `text <address>` so it can be followed from any mail client.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fill, sv } from '../../../i18n/sv.ts';
import { newsletter } from '../../../i18n/sv/newsletter.ts';
import { roleLine } from '../../people/contacts.ts';
import { speakerDetails } from '../report.ts';
import { absoluteIn, scheduleWhen, type NewsletterInput } from './model.ts';
import { portableTree, videoLinkText } from './portable-html.ts';

/**
 * An HTML fragment as plain text: headings underlined, list items with "- " or numbers, links as
 * `text <address>`, blocks separated by a blank line.
 * @param tree a portable fragment (see `portableTree`)
 * @example htmlToText(portableTree('<p><a href="https://a.se/">A</a></p>', 'https://a.se/')) // 'A <https://a.se/>'
 */
export function htmlToText(tree: Root): string {
  return blocks(tree.children).join('\n\n').trim();
}

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'aside',
  'figure',
  'blockquote',
  'table',
  'dl',
  'pre',
  'figcaption',
  'tr',
]);

function blocks(nodes: readonly (RootContent | ElementContent)[]): string[] {
  const out: string[] = [];
  let inline: string[] = [];
  const flush = () => {
    const text = inline
      .join('')
      .replace(/[ \t]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim();
    if (text) out.push(text);
    inline = [];
  };
  for (const node of nodes) {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
      flush();
      const text = inlineText(node.children).trim();
      out.push(`${text}\n${(node.tagName === 'h1' || node.tagName === 'h2' ? '=' : '-').repeat(text.length)}`);
    } else if (node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol')) {
      flush();
      const items = node.children.filter(
        (child): child is Element => child.type === 'element' && child.tagName === 'li',
      );
      out.push(
        items
          .map((item, i) => {
            const marker = node.tagName === 'ol' ? `${i + 1}. ` : '- ';
            return (
              marker +
              blocks(item.children)
                .join('\n')
                .replace(/\n/g, `\n${' '.repeat(marker.length)}`)
            );
          })
          .join('\n'),
      );
    } else if (node.type === 'element' && node.tagName === 'hr') {
      flush();
      out.push('----');
    } else if (node.type === 'element' && BLOCKS.has(node.tagName)) {
      flush();
      const inner = blocks(node.children);
      out.push(...(node.tagName === 'blockquote' ? inner.map((text) => `> ${text.replace(/\n/g, '\n> ')}`) : inner));
    } else if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th')) {
      inline.push(`${inlineText(node.children).trim()} `);
    } else if (node.type === 'element' || node.type === 'text') {
      inline.push(inlineText([node]));
    }
  }
  flush();
  return out;
}

function inlineText(nodes: readonly (RootContent | ElementContent)[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value.replace(/\s+/g, ' ');
      if (node.type !== 'element') return '';
      if (node.tagName === 'br') return '\n';
      if (node.tagName === 'img') return typeof node.properties.alt === 'string' ? node.properties.alt : '';
      const text = inlineText(node.children);
      if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        const href = node.properties.href;
        const shown = href.replace(/^mailto:/, '');
        return text.trim() === shown ? shown : `${text} <${href}>`;
      }
      return text;
    })
    .join('');
}

function heading(text: string): string {
  return `${text}\n${'='.repeat(text.length)}`;
}

/**
 * The plain-text alternative of the e-mail edition.
 * @param input the report and what the e-mail adds (see {@link NewsletterInput})
 */
export function newsletterText(input: NewsletterInput): string {
  const { report } = input;
  const t = sv.meetings;
  const parts: string[] = [
    input.siteName,
    heading(report.title),
    report.summary,
    report.facts.map((fact) => `${fact.label}: ${fact.value}`).join('\n'),
    fill(newsletter.readOnlineText, { url: input.pageUrl }),
    htmlToText(portableTree(input.bodyHtml, input.pageUrl)),
  ];
  if (report.speakers.length > 0) {
    parts.push(
      heading(t.speakers),
      report.speakers.map((s) => `- ${s.name}${speakerDetails(s)}${s.topic ? `\n  ${s.topic}` : ''}`).join('\n'),
    );
  }
  if (report.teams.length > 0) {
    parts.push(
      heading(t.teams),
      report.teams.map((team) => `- ${team.name}${team.href ? ` <${absoluteIn(input, team.href)}>` : ''}`).join('\n'),
    );
  }
  if (report.videos.length > 0) {
    parts.push(
      heading(t.videos),
      report.videos.map((v) => `- ${v.title} (${videoLinkText(v.url, v.captions)}) <${v.url}>`).join('\n'),
    );
  }
  if (report.links.length > 0) {
    parts.push(heading(t.links), report.links.map((l) => `- ${l.title} <${absoluteIn(input, l.url)}>`).join('\n'));
  }
  if (report.background && input.backgroundHtml) {
    const { background } = report;
    parts.push(
      heading(t.background),
      `${background.name}\n${background.period}`,
      htmlToText(portableTree(input.backgroundHtml, input.pageUrl)),
    );
  }
  if (report.schedule && report.schedule.meetings.length > 0) {
    parts.push(
      heading(t.schedule),
      report.schedule.intro,
      report.schedule.meetings
        .map(
          (m, i) =>
            `${i + 1}. ${scheduleWhen(m)}: ${m.title}${m.current ? ` (${t.thisMeeting})` : ''} <${absoluteIn(input, m.href)}>\n   ${m.where}`,
        )
        .join('\n'),
    );
  }
  if (report.contacts.length > 0) {
    parts.push(
      heading(t.contacts),
      report.contacts
        .map(({ data: p }) =>
          [
            p.name,
            roleLine(p.title, p.organisation),
            `${sv.people.email}: ${p.email}`,
            ...(p.phone ? [`${sv.people.phone}: ${p.phone}`] : []),
          ].join('\n'),
        )
        .join('\n\n'),
    );
  }
  parts.push(`${input.siteName}, ${input.owner}.\n${input.siteUrl}`);
  return `${parts.filter((part) => part.trim()).join('\n\n')}\n`;
}
