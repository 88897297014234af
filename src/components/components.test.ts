import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import MoreNote from './MoreNote.astro';
import Pagination from './Pagination.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('Pagination', () => {
  const render = (number: number, count: number) =>
    container.renderToString(Pagination, {
      props: { page: { number, count, base: '/lista/' }, label: 'Sidor i listan' },
    });

  it('shows nothing for a list on one page', async () => {
    expect(await render(1, 1)).not.toContain('<nav');
  });

  it('names the navigation, marks the current page and links the neighbours', async () => {
    const html = await render(2, 3);
    expect(html).toMatch(/<nav[^>]*aria-label="Sidor i listan"/);
    expect(html).toMatch(/<a href="\/lista\/" rel="prev"[^>]*>\s*Föregående sida\s*<\/a>/);
    expect(html).toMatch(/<a href="\/lista\/sida\/3\/" rel="next"[^>]*>\s*Nästa sida\s*<\/a>/);
    expect(html).toMatch(
      /<a href="\/lista\/sida\/2\/" aria-current="page"[^>]*>\s*<span class="visually-hidden"[^>]*>Sida <\/span>\s*2\s*<\/a>/,
    );
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it('has no previous link on the first page and no next link on the last', async () => {
    expect(await render(1, 3)).not.toContain('rel="prev"');
    expect(await render(3, 3)).not.toContain('rel="next"');
  });

  it('stands for skipped pages with a gap that screen readers hear in words', async () => {
    const html = await render(1, 20);
    expect(html).toContain('href="/lista/sida/20/"');
    expect(html).not.toContain('href="/lista/sida/10/"');
    expect(html).toMatch(
      /<span aria-hidden="true"[^>]*>…<\/span>\s*<span class="visually-hidden"[^>]*>fler sidor<\/span>/,
    );
  });
});

describe('MoreNote', () => {
  const props = { text: 'Här visas {shown} av {total} exempel.', href: '/exempel/', link: 'Alla {total} exempel' };

  it('shows nothing when the list shows everything', async () => {
    expect(await container.renderToString(MoreNote, { props: { ...props, shown: 5, total: 5 } })).not.toContain('<p');
  });

  it('says how many are shown of how many, and links all of them', async () => {
    const html = await container.renderToString(MoreNote, { props: { ...props, shown: 12, total: 30 } });
    expect(html).toMatch(/Här visas 12 av 30 exempel\. <a href="\/exempel\/"[^>]*>Alla 30 exempel<\/a>/);
  });
});
