import { describe, expect, it } from 'vitest';
import { portableHtml, videoLinkText } from './portable-html.ts';

const BASE = 'https://example.se/traffar/a/';

describe('portableHtml', () => {
  it.each([
    ['<a href="/om/">Om</a>', '<a href="https://example.se/om/">Om</a>', 'a root-relative link'],
    ['<a href="#del">Del</a>', '<a href="https://example.se/traffar/a/#del">Del</a>', 'an in-page anchor'],
    ['<img src="../bild.jpg" alt="Bild">', '<img src="https://example.se/traffar/bild.jpg" alt="Bild">', 'an image'],
    [
      '<a href="mailto:a@example.se">a@example.se</a>',
      '<a href="mailto:a@example.se">a@example.se</a>',
      'an e-mail link, unchanged',
    ],
    ['<a href="https://vimeo.com/1">Film</a>', '<a href="https://vimeo.com/1">Film</a>', 'an absolute link, unchanged'],
  ])('turns %s into %s (%s)', (html, expected) => {
    expect(portableHtml(html, BASE)).toBe(expected);
  });

  it('drops scripts, styles, buttons, forms and hidden elements', () => {
    const html =
      '<p>Text</p><script>alert(1)</script><style>p{}</style><button>Knapp</button><form><input></form><p hidden>Dold</p><iframe src="https://x.example/"></iframe>';
    expect(portableHtml(html, BASE)).toBe('<p>Text</p>');
  });

  it('removes the data attributes that only serve the site', () => {
    expect(portableHtml('<div data-pagefind-ignore data-x="1"><p>Text</p></div>', BASE)).toBe('<div><p>Text</p></div>');
  });

  it('replaces a click-to-load video figure with a plain link that names the host and the captions status', () => {
    const figure =
      '<figure class="video" data-embed="https://player.vimeo.com/video/1?dnt=1" data-title="Intervju"><figcaption><strong>Intervju</strong><span class="video-captions">Saknar undertexter</span></figcaption><div class="video-consent"><button>Visa filmen</button></div><p><a href="https://vimeo.com/1">Öppna filmen hos Vimeo</a></p></figure>';
    expect(portableHtml(figure, BASE)).toBe(
      '<p class="video-link"><a href="https://vimeo.com/1">Intervju</a> (film hos Vimeo, saknar undertexter)</p>',
    );
  });
});

describe('videoLinkText', () => {
  it.each([
    ['https://vimeo.com/1', true, 'film hos Vimeo, har undertexter'],
    ['https://youtu.be/abcdefg', false, 'film hos YouTube, saknar undertexter'],
  ])('describes %s (captions: %s) as "%s"', (url, captions, expected) => {
    expect(videoLinkText(url, captions)).toBe(expected);
  });
});
