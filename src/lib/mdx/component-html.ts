/**
 * The HTML of each allowed MDX component (src/lib/mdx/components.ts), for bodies rendered when the
 * content is loaded (render-html.ts).
 */
import { escapeAttribute, escapeText } from 'entities';
import { fill, sv } from '../../i18n/sv.ts';
import type { ComponentName } from './components.ts';
import { videoFacade } from './video.ts';

const VIDEO_FIGURE = '<figure class="video"';

/** Whether rendered HTML holds a video (its page then needs the script of components/mdx/VideoScript.astro). */
export const hasVideo = (html: string | undefined): boolean => html?.includes(VIDEO_FIGURE) ?? false;

/** A video's click-to-load figure (the script is src/lib/browser/video-facade.ts). */
export function videoHtml({ url, title, captions }: { url: string; title: string; captions: boolean }): string {
  const { host, embed } = videoFacade(url);
  const hidden = `<span class="visually-hidden" data-pagefind-ignore>: ${escapeText(title)}</span>`;
  const consent = embed
    ? `<div class="video-consent"><p>${escapeText(fill(sv.video.consent, { host }))}</p><button type="button" class="video-play" hidden>${escapeText(sv.video.play)}${hidden}</button></div>`
    : '';
  return `${VIDEO_FIGURE} data-embed="${escapeAttribute(embed ?? '')}" data-title="${escapeAttribute(title)}"><figcaption><strong>${escapeText(title)}</strong> <span class="video-captions">${escapeText(captions ? sv.video.captions : sv.video.noCaptions)}</span></figcaption>${consent}<p><a href="${escapeAttribute(url)}">${escapeText(fill(sv.video.open, { host }))}${hidden}</a></p></figure>`;
}

/**
 * One component's HTML; a prop that is not text (or, for `captions`, `true`) counts as not given.
 * @param inner its content, already HTML
 */
export function componentHtml(name: ComponentName, props: Record<string, unknown>, inner: string): string {
  const text = (key: string) => {
    const value = props[key];
    return typeof value === 'string' ? value : undefined;
  };
  switch (name) {
    case 'Faktaruta': {
      const title = text('title');
      return `<aside class="faktaruta">${title ? `<p class="faktaruta-title"><strong>${escapeText(title)}</strong></p>` : ''}${inner}</aside>`;
    }
    case 'Citat': {
      const source = text('source');
      return `<figure class="citat"><blockquote>${inner}</blockquote>${source ? `<figcaption>${escapeText(source)}</figcaption>` : ''}</figure>`;
    }
    case 'Video':
      return videoHtml({ url: text('url') ?? '', title: text('title') ?? '', captions: props.captions === true });
  }
}
