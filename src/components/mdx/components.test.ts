import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPONENT_NAMES } from '../../lib/mdx/components.ts';
import Citat from './Citat.astro';
import Faktaruta from './Faktaruta.astro';
import { mdxComponents } from './index.ts';
import Video from './Video.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('the MDX components', () => {
  it('render exactly the names the validator allows', () => {
    expect(Object.keys(mdxComponents).sort()).toEqual([...COMPONENT_NAMES].sort());
  });
});

describe('Faktaruta', () => {
  it('renders an aside with its title and text', async () => {
    const html = await container.renderToString(Faktaruta, {
      props: { title: 'Har du koll på' },
      slots: { default: 'Barnperspektiv' },
    });
    expect(html).toMatch(/<aside class="faktaruta"[^>]*>/);
    expect(html).toContain('Har du koll på');
    expect(html).toContain('Barnperspektiv');
  });

  it('renders no empty heading without a title', async () => {
    const html = await container.renderToString(Faktaruta, { slots: { default: 'Text' } });
    expect(html).not.toContain('faktaruta-title');
  });
});

describe('Citat', () => {
  it('renders a quote with its source as a caption', async () => {
    const html = await container.renderToString(Citat, {
      props: { source: 'Thomas Hammarberg' },
      slots: { default: 'Satsa på barnen.' },
    });
    expect(html).toMatch(/<blockquote[^>]*>Satsa på barnen\.<\/blockquote>/);
    expect(html).toMatch(/<figcaption[^>]*>Thomas Hammarberg<\/figcaption>/);
  });
});

describe('Video', () => {
  it('shows title, captions status and a link, and loads nothing from the host before a click', async () => {
    const html = await container.renderToString(Video, {
      props: { url: 'https://vimeo.com/461763730/8ce75e8ef9', title: 'Intervju med Göran Isberg', captions: false },
    });
    expect(html).toContain('href="https://vimeo.com/461763730/8ce75e8ef9"');
    expect(html).toContain('Intervju med Göran Isberg');
    expect(html).toContain('Saknar undertexter');
    expect(html).toContain('data-embed="https://player.vimeo.com/video/461763730?h=8ce75e8ef9&amp;dnt=1"');
    expect(html).not.toMatch(/<iframe|<img|<link/);
    expect(html).toMatch(/<button[^>]*hidden/);
  });

  it('says when a video has captions and uses youtube-nocookie', async () => {
    const html = await container.renderToString(Video, {
      props: { url: 'https://youtu.be/UtQ8VsjdF5U', title: 'Film', captions: true },
    });
    expect(html).toContain('Har undertexter');
    expect(html).toContain('https://www.youtube-nocookie.com/embed/UtQ8VsjdF5U');
  });

  it.each([
    ['a javascript: address', 'javascript:alert(1)'],
    ['a javascript: address hidden by case and a tab', 'JaVa\tScript:alert(1)'],
    ['another site', 'https://example.com/video/1'],
    ['plain http', 'http://vimeo.com/1'],
    ['a data: address', 'data:text/html,<script>alert(1)</script>'],
  ])('refuses %s: the build fails with the reason, and nothing is rendered', async (_, url) => {
    await expect(container.renderToString(Video, { props: { url, title: 'Film', captions: false } })).rejects.toThrow(
      /<Video url=.*adressen/,
    );
  });
});
