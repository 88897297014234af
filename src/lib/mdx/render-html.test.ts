import { describe, expect, it } from 'vitest';
import { common } from '../../i18n/sv/common.ts';
import { videoHtml } from './component-html.ts';
import { MDX_COMPONENTS } from './components.ts';
import { renderMdxBody } from './render-html.ts';

const html = (body: string) => renderMdxBody(body).html;

describe('renderMdxBody', () => {
  it('renders Markdown as Astro renders it: smart punctuation, GFM tables and Swedish footnotes', () => {
    const out = html('Text "citat" -- här.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nFot[^1].\n\n[^1]: Noten.\n');
    expect(out).toContain('<p>Text “citat” – här.</p>');
    expect(out).toMatch(/<table>[\s\S]*<td>1<\/td>/);
    expect(out).toContain(common.footnotes.label);
    expect(out).toContain('href="#user-content-fn-1"');
  });

  it('renders a Faktaruta with its title and the Markdown inside it', () => {
    const out = html('<Faktaruta title="Om BVC">\n  Barnhälsovården **når** alla.\n\n  - en\n</Faktaruta>\n');
    expect(out).toMatch(
      /^<aside class="faktaruta"><p class="faktaruta-title"><strong>Om BVC<\/strong><\/p><p>Barnhälsovården <strong>når<\/strong> alla.<\/p><ul>\s*<li>en<\/li>\s*<\/ul><\/aside>$/,
    );
    expect(html('<Faktaruta>\nText.\n</Faktaruta>')).not.toContain('faktaruta-title');
  });

  it('renders a Citat with its source as a caption, the source as text', () => {
    expect(html('<Citat source="Thomas <Hammarberg>">\nSatsa på barnen.\n</Citat>')).toBe(
      '<figure class="citat"><blockquote><p>Satsa på barnen.</p></blockquote><figcaption>Thomas &lt;Hammarberg&gt;</figcaption></figure>',
    );
  });

  it('renders a Video as the click-to-load figure, with yes or no for captions', () => {
    const props = { url: 'https://youtu.be/UtQ8VsjdF5U', title: 'Film', captions: true };
    expect(html('<Video url="https://youtu.be/UtQ8VsjdF5U" title="Film" captions={true} />')).toBe(videoHtml(props));
    expect(html('<Video url="https://youtu.be/UtQ8VsjdF5U" title="Film" captions={false} />')).toBe(
      videoHtml({ ...props, captions: false }),
    );
  });

  it('renders every example of the editor guide', () => {
    for (const { example } of Object.values(MDX_COMPONENTS)) expect(html(example)).toMatch(/^<(aside|figure) class=/);
  });

  it('gives headings the ids Astro gives them (GitHub slugs, repeated ones numbered) and lists them', () => {
    const { html: out, metadata } = renderMdxBody('## Vad är BHV?\n\n## Vad är BHV?\n\n### Små *barn*\n');
    expect(out).toContain('<h2 id="vad-är-bhv">Vad är BHV?</h2>');
    expect(out).toContain('<h2 id="vad-är-bhv-1">');
    expect(metadata.headings).toEqual([
      { depth: 2, slug: 'vad-är-bhv', text: 'Vad är BHV?' },
      { depth: 2, slug: 'vad-är-bhv-1', text: 'Vad är BHV?' },
      { depth: 3, slug: 'små-barn', text: 'Små barn' },
    ]);
  });

  it('marks a local image for Astro to resolve when the page renders, and lists it', () => {
    const { html: out, metadata } = renderMdxBody(
      '![Barn som leker](../images/lek.jpg)\n\n![Igen](../images/lek.jpg)\n',
    );
    expect(metadata.localImagePaths).toEqual(['../images/lek.jpg']);
    expect(metadata.imagePaths).toEqual(['../images/lek.jpg']);
    expect(out).not.toContain(' src=');
    const markers = [...out.matchAll(/__ASTRO_IMAGE_="([^"]+)"/g)].map((m) =>
      JSON.parse((m[1] as string).replaceAll('&#x22;', '"')),
    );
    expect(markers).toEqual([
      { alt: 'Barn som leker', src: '../images/lek.jpg', index: 0 },
      { alt: 'Igen', src: '../images/lek.jpg', index: 1 },
    ]);
  });

  it.each([
    ['import/export', "import x from './kod.mjs'\n\nText.", /rad 3: import\/export är inte tillåtet/],
    ['an expression', 'Text.\n\n{process.exit(1)}\n', /rad 5: ett \{uttryck\} är inte tillåtet/],
    ['an HTML tag', 'Text.\n\n<b>fet</b>\n', /rad 5: taggen <b> är inte tillåtet/],
    ['an unknown component', '<Bild src="x" />\n', /rad 3: taggen <Bild> är inte tillåtet/],
    ['code in an attribute', '<Faktaruta title={fetch()}>\nText.\n</Faktaruta>\n', /rad 3: kod i attributet title/],
    ['an image that is no image file', '![Ingen bild](./kod.mjs)\n', /rad 3: bilden \.\/kod\.mjs \(ingen bildfil\)/],
  ])('refuses %s, naming the line of the file', (_, body, message) => {
    expect(() => renderMdxBody(body, 2)).toThrow(message);
  });
});
