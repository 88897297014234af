// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { startVideoFacades, videoFrame } from './video-facade.ts';

/** Two videos as Video.astro renders them: one the script can embed, one it cannot (no embed address). */
const VIDEOS = `
  <figure class="video" data-embed="https://player.vimeo.com/video/1?dnt=1" data-title="Film ett">
    <figcaption><strong>Film ett</strong></figcaption>
    <div class="video-consent"><p>Filmen visas från Vimeo.</p><button type="button" class="video-play" hidden>Visa filmen</button></div>
    <p><a href="https://vimeo.com/1">Öppna filmen hos Vimeo</a></p>
  </figure>
  <figure class="video" data-title="Film två">
    <figcaption><strong>Film två</strong></figcaption>
    <p><a href="https://example.org/film">Öppna filmen</a></p>
  </figure>`;

describe('videoFrame', () => {
  it('is a lazy frame of the embed address with the video’s title, allowed full screen and picture-in-picture', () => {
    const frame = videoFrame(document, { embed: 'https://player.vimeo.com/video/1?dnt=1', title: 'Film ett' });
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toBe('https://player.vimeo.com/video/1?dnt=1');
    expect(frame.title).toBe('Film ett');
    expect(frame.getAttribute('allow')).toBe('fullscreen; picture-in-picture');
    expect(frame.getAttribute('loading')).toBe('lazy');
  });
});

describe('click-to-load videos', () => {
  beforeEach(() => {
    document.body.innerHTML = VIDEOS;
    startVideoFacades(document);
  });

  it('reveal the button, and embed nothing before the click', () => {
    expect(document.querySelector<HTMLButtonElement>('.video-play')?.hidden).toBe(false);
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
  });

  // happy-dom loads no frame, and says so on the console: "Iframe page loading is disabled".
  it('put the player in place of the consent text on a click, and move the focus to it', () => {
    document.querySelector<HTMLButtonElement>('.video-play')?.click();
    const frame = document.querySelector('figure.video iframe') as HTMLIFrameElement;
    expect(frame.getAttribute('src')).toBe('https://player.vimeo.com/video/1?dnt=1');
    expect(frame.title).toBe('Film ett');
    expect(document.querySelector('.video-consent')).toBeNull();
    expect(document.activeElement).toBe(frame);
    expect(document.querySelectorAll('a')).toHaveLength(2);
  });
});
