import { describe, expect, it } from 'vitest';
import { feedContent } from './feed-content.ts';

const PAGE = 'https://example.se/traffar/a/';

describe('feedContent', () => {
  it('makes the report portable and adds the videos and links as plain links', () => {
    const html = feedContent(
      '<p><a href="/om/">Om</a></p><script src="/x.js"></script>',
      {
        videos: [{ title: 'Intervju', url: 'https://vimeo.com/1', captions: true }],
        links: [{ title: 'Läs mer', url: 'https://extern.example/' }],
      },
      PAGE,
    );
    expect(html).toBe(
      '<p><a href="https://example.se/om/">Om</a></p><h2>Filmer</h2><p class="video-link"><a href="https://vimeo.com/1">Intervju</a> (film hos Vimeo, har undertexter)</p><h2>Länkar</h2><ul><li><a href="https://extern.example/">Läs mer</a></li></ul>',
    );
  });

  it('adds nothing when the meeting has no videos or links', () => {
    expect(feedContent('<p>Text</p>', {}, PAGE)).toBe('<p>Text</p>');
  });
});
