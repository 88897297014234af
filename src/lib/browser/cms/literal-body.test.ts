import { describe, expect, it } from 'vitest';
import { checkBody } from '../../validate/body/index.ts';
import { parseBody } from '../../validate/body/parse.ts';
import type { MdNode } from '../../validate/body/parse.ts';
import { literalBody } from './literal-body.ts';

/** The text a reader sees, paragraph by paragraph, as the site's parser reads the body. */
function shownText(body: string): string[] {
  const text = (node: MdNode): string =>
    node.type === 'text' || node.type === 'inlineCode'
      ? String(node.value ?? '')
      : (node.children ?? []).map(text).join('');
  const blocks = (node: MdNode): MdNode[] =>
    node.type === 'paragraph' ? [node] : (node.children ?? []).flatMap(blocks);
  return blocks(parseBody(body, 'mdx')).map(text);
}

/** What an editor typed into the rich-text editor, paragraph by paragraph, as the CMS writes it. */
const TYPED = [
  '<script>alert(1)</script> och <b>fet</b>',
  '{process.env.HEMLIG} och {1 + 1}',
  'import x from y',
  'export const a = 1',
  'Tom &amp; Jerry, &#60;',
];

describe('literalBody', () => {
  it('makes what was typed pass the validator, which refuses it as the CMS writes it', () => {
    const raw = TYPED.join('\n\n');
    expect(checkBody(raw, 'mdx').problems.length).toBeGreaterThan(0);
    expect(checkBody(literalBody(raw), 'mdx').problems).toEqual([]);
  });

  it('shows exactly the typed characters on the page', () => {
    expect(shownText(literalBody(TYPED.join('\n\n')))).toEqual(TYPED);
  });

  it('keeps our components as written, escapes the text inside them, and leaves escapes and code spans alone', () => {
    const video = '<Video url="https://vimeo.com/1" title="Film om {rörelse}" captions={false} />';
    const box = '<Faktaruta title="Om <b>">\nText med {x}\n</Faktaruta>';
    const body = `Före \\<b> och \`<kod>\`\n\n${video}\n\n${box}\n`;
    expect(literalBody(body)).toBe(
      `Före \\<b> och \`<kod>\`\n\n${video}\n\n<Faktaruta title="Om <b>">\nText med \\{x\\}\n</Faktaruta>\n`,
    );
    expect(checkBody(literalBody(body), 'mdx').problems).toEqual([]);
    expect(literalBody(`${video}\n`)).toBe(`${video}\n`);
  });

  it('changes nothing in a body that has nothing to escape, so a saved file stays the same', () => {
    const body = '## Rubrik\n\nText med **fet** och [länk](https://rjl.se).\n\n- punkt\n';
    expect(literalBody(body)).toBe(body);
  });
});
