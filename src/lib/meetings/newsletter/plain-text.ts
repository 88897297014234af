/**
 * The plain-text alternative of the e-mail edition: the same parts in the same order, every link
 * written out as `text <address>` so it can be followed from any mail client.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fill } from '../../../i18n/sv.ts';
import { newsletter } from '../../../i18n/sv/newsletter.ts';
import type { NewsletterInput } from './model.ts';
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
 * @param input the report's parts (see {@link NewsletterInput})
 */
export function newsletterText(input: NewsletterInput): string {
  const { labels } = input;
  const parts: string[] = [
    input.siteName,
    heading(input.title),
    input.summary,
    input.facts.map((fact) => `${fact.label}: ${fact.value}`).join('\n'),
    fill(newsletter.readOnlineText, { url: input.pageUrl }),
    htmlToText(portableTree(input.bodyHtml, input.pageUrl)),
  ];
  if (input.speakers.length > 0) {
    parts.push(
      heading(labels.speakers),
      input.speakers
        .map(
          (s) => `- ${[s.name, s.role, s.organisation].filter(Boolean).join(', ')}${s.topic ? `\n  ${s.topic}` : ''}`,
        )
        .join('\n'),
    );
  }
  if (input.teams.length > 0) {
    parts.push(heading(labels.teams), input.teams.map((t) => `- ${t.name}${t.url ? ` <${t.url}>` : ''}`).join('\n'));
  }
  if (input.videos.length > 0) {
    parts.push(
      heading(labels.videos),
      input.videos.map((v) => `- ${v.title} (${videoLinkText(v.url, v.captions)}) <${v.url}>`).join('\n'),
    );
  }
  if (input.links.length > 0) {
    parts.push(heading(labels.links), input.links.map((l) => `- ${l.title} <${l.url}>`).join('\n'));
  }
  if (input.background) {
    const { background } = input;
    parts.push(
      heading(background.heading),
      `${background.name}\n${background.period}`,
      htmlToText(portableTree(background.html, input.pageUrl)),
    );
  }
  if (input.schedule && input.schedule.meetings.length > 0) {
    parts.push(
      heading(input.schedule.heading),
      input.schedule.intro,
      input.schedule.meetings
        .map(
          (m, i) =>
            `${i + 1}. ${m.when}: ${m.title}${m.current ? ` (${labels.thisMeeting})` : ''} <${m.url}>\n   ${m.where}`,
        )
        .join('\n'),
    );
  }
  if (input.contacts.length > 0) {
    parts.push(
      heading(labels.contacts),
      input.contacts
        .map((p) =>
          [
            p.name,
            [p.title, p.organisation].filter(Boolean).join(', '),
            `${labels.email}: ${p.email}`,
            ...(p.phone ? [`${labels.phone}: ${p.phone}`] : []),
          ].join('\n'),
        )
        .join('\n\n'),
    );
  }
  parts.push(`${input.siteName}, ${input.owner}.\n${input.siteUrl}`);
  return `${parts.filter((part) => part.trim()).join('\n\n')}\n`;
}
