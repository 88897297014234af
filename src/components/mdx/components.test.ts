import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { videoHtml } from '../../lib/mdx/component-html.ts';
import Video from './Video.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('Video', () => {
  it('shows the markup of a <Video> in a text, and the script that loads the player on a click', async () => {
    const props = {
      url: 'https://vimeo.com/461763730/8ce75e8ef9',
      title: 'Intervju med Göran Isberg',
      captions: false,
    };
    const html = await container.renderToString(Video, { props });
    expect(html).toContain(videoHtml(props));
    expect(html).toMatch(/<script type="module"/);
  });

  it.each([
    ['a javascript: address', 'javascript:alert(1)'],
    ['another site', 'https://example.com/video/1'],
  ])('refuses %s: the build fails with the reason, and nothing is rendered', async (_, url) => {
    await expect(container.renderToString(Video, { props: { url, title: 'Film', captions: false } })).rejects.toThrow(
      /<Video url=.*adressen/,
    );
  });
});
