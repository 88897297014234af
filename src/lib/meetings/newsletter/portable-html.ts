/**
 * A report's HTML made fit to leave the site — for the e-mail edition and the RSS feed: every
 * address absolute, no scripts, buttons or forms, and each click-to-load video figure replaced by
 * a plain link (a mail client or feed reader would not run the click-to-load script).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { fill, sv } from '../../../i18n/sv.ts';
import { newsletter } from '../../../i18n/sv/newsletter.ts';
import { videoHost } from '../../mdx/video.ts';

/** Elements that do nothing, or something unsafe, outside the site. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'button',
  'form',
  'input',
  'select',
  'textarea',
  'iframe',
  'link',
  'meta',
]);
/** Attributes that hold an address. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const;

/**
 * A video as a link: the title, then host and captions status in words.
 * @example videoLinkText('https://vimeo.com/1', false) // 'film hos Vimeo, saknar undertexter'
 */
export function videoLinkText(url: string, captions: boolean): string {
  return `${fill(newsletter.videoHost, { host: videoHost(url) })}, ${captions ? newsletter.videoCaptions : newsletter.videoNoCaptions}`;
}

/** A video as a paragraph with a link; the same shape whether it comes from the body or the front matter. */
export function videoParagraph(video: { title: string; url: string; captions: boolean }): Element {
  return h('p', { className: ['video-link'] }, [
    h('a', { href: video.url }, video.title),
    ` (${videoLinkText(video.url, video.captions)})`,
  ]);
}

/**
 * Makes an HTML fragment portable.
 * @param html the fragment, as the site renders it
 * @param base the absolute address of the page it comes from; relative addresses resolve against it
 * @returns the fragment as a hast tree (see {@link portableHtml} for the string)
 */
export function portableTree(html: string, base: string): Root {
  const tree = fromHtml(html, { fragment: true });
  tree.children = transformChildren(tree.children, base) as RootContent[];
  return tree;
}

/**
 * Makes an HTML fragment portable (see the module comment).
 * @example portableHtml('<a href="/om/">Om</a>', 'https://example.se/traffar/a/') // '<a href="https://example.se/om/">Om</a>'
 */
export function portableHtml(html: string, base: string): string {
  return toHtml(portableTree(html, base));
}

function transformChildren(
  children: readonly (RootContent | ElementContent)[],
  base: string,
): (RootContent | ElementContent)[] {
  return children.flatMap((node): (RootContent | ElementContent)[] => {
    if (node.type === 'comment' || node.type === 'doctype') return [];
    if (node.type !== 'element') return [node];
    if (DROPPED.has(node.tagName) || (node.properties.hidden !== undefined && node.properties.hidden !== false))
      return [];
    const classes = classList(node);
    if (node.tagName === 'figure' && classes.includes('video')) return [videoFromFigure(node, base)];
    for (const attribute of URL_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (typeof value === 'string') node.properties[attribute] = absolute(value, base);
    }
    if (typeof node.properties.srcSet === 'string') {
      node.properties.srcSet = node.properties.srcSet
        .split(',')
        .map((candidate) => candidate.trim().replace(/^\S+/, (url) => absolute(url, base)))
        .join(', ');
    }
    for (const key of Object.keys(node.properties)) {
      // data-* only serve the site's scripts and search index; on* never belong in mail.
      if (/^(data|on)[A-Z]/.test(key)) delete node.properties[key];
    }
    node.children = transformChildren(node.children, base) as ElementContent[];
    return [node];
  });
}

function classList(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function absolute(value: string, base: string): string {
  if (/^(mailto|tel):/i.test(value)) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** A `figure.video` (src/lib/mdx/component-html.ts) back to its facts: title, address, captions. */
function videoFromFigure(figure: Element, base: string): Element {
  let url: string | undefined;
  let title = typeof figure.properties.dataTitle === 'string' ? figure.properties.dataTitle : '';
  let captions = false;
  const walk = (node: Element | Root): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'a' && typeof child.properties.href === 'string' && !url) url = child.properties.href;
      if (classList(child).includes('video-captions')) captions = textOf(child).trim() === sv.video.captions;
      if (child.tagName === 'strong' && !title) title = textOf(child);
      walk(child);
    }
  };
  walk(figure);
  const href = absolute(url ?? '', base);
  return videoParagraph({ title: title || href, url: href, captions });
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
