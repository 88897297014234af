/**
 * Click-to-load videos (src/lib/mdx/component-html.ts): before the click the page shows the
 * video's title, its captions status, a plain link and a button that this script reveals. Nothing
 * is requested from the video host until the visitor clicks the button, which puts the player in
 * place of the consent text. The player's address (`data-embed`, without tracking) and title
 * (`data-title`) are on the figure.
 */

/** The player of a video: a frame of its embed address, titled, allowed full screen and picture-in-picture. */
export function videoFrame(doc: Document, video: { embed: string; title: string }): HTMLIFrameElement {
  const frame = doc.createElement('iframe');
  frame.src = video.embed;
  frame.title = video.title;
  frame.allow = 'fullscreen; picture-in-picture';
  frame.setAttribute('loading', 'lazy');
  return frame;
}

/** Reveals the button of every video on the page; a click puts the player in place of the consent text and focuses it. */
export function startVideoFacades(doc: Document): void {
  for (const figure of doc.querySelectorAll<HTMLElement>('figure.video[data-embed]')) {
    const button = figure.querySelector<HTMLButtonElement>('.video-play');
    if (!button) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      const frame = videoFrame(doc, { embed: figure.dataset.embed ?? '', title: figure.dataset.title ?? '' });
      figure.querySelector('.video-consent')?.replaceWith(frame);
      frame.focus();
    });
  }
}
