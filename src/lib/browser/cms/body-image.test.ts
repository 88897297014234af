import { describe, expect, it } from 'vitest';
import { checkBody } from '../../validate/body/index.ts';
import { parseBody, type MdNode } from '../../validate/body/parse.ts';
import { altText, BODY_IMAGE } from './body-image.ts';

/** The images of a body as the site's parser reads them. */
function images(body: string): Array<{ alt: string; url: string }> {
  const found: Array<{ alt: string; url: string }> = [];
  const visit = (node: MdNode): void => {
    if (node.type === 'image') found.push({ alt: String(node.alt ?? ''), url: String(node.url ?? '') });
    for (const child of node.children ?? []) visit(child);
  };
  visit(parseBody(body, 'mdx'));
  return found;
}

describe('the image component of the text', () => {
  it('requires the file and its alt text, and offers no SVG', () => {
    const fields = Object.fromEntries(BODY_IMAGE.fields.map((field) => [field.name, field]));
    expect(fields.src).toMatchObject({ widget: 'image', required: true });
    expect(fields.alt).toMatchObject({ widget: 'string', required: true });
    expect(String(fields.src?.accept)).not.toMatch(/svg/i);
  });

  it.each([
    ['Barn som leker på skolgården'],
    ['Karta över länet [2023] med {13} kommuner <ny>'],
    ['Text med \\ snedstreck'],
  ])('writes Markdown whose image the site reads with the same alt text: %s', (alt) => {
    const block = BODY_IMAGE.toBlock({ src: '../images/skolgarden.jpg', alt });
    expect(checkBody(`${block}\n`, 'mdx').problems).toEqual([]);
    expect(images(`${block}\n`)).toEqual([{ alt, url: '../images/skolgarden.jpg' }]);
    const match = BODY_IMAGE.pattern.exec(block);
    expect(match && BODY_IMAGE.fromBlock(match)).toEqual({ alt, src: '../images/skolgarden.jpg' });
  });

  it('reads an image written by hand on its own line, and not one inside a sentence', () => {
    expect(BODY_IMAGE.pattern.exec('![Karta](../images/karta.png)')?.[2]).toBe('../images/karta.png');
    expect(BODY_IMAGE.pattern.exec('Se ![Karta](../images/karta.png) här')).toBeNull();
  });

  it('keeps an alt text on one line', () => {
    expect(altText('Två\nrader ')).toBe('Två rader');
  });
});
