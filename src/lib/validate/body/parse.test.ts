import { describe, expect, it } from 'vitest';
import { parseBody, parseHtmlFragment, type MdNode } from './parse.ts';

/** The types of the nodes in document order. */
function types(node: MdNode): string[] {
  return [node.type, ...(node.children ?? []).flatMap(types)];
}

describe('parseBody', () => {
  it('reads a bare address with braces as a link, as the site build does', () => {
    const tree = parseBody('Se https://www.rjl.se/sida/{id} för mer.\n', 'mdx');
    expect(tree.children?.[0]?.children?.[1]).toMatchObject({ type: 'link', url: 'https://www.rjl.se/sida/{id}' });
  });

  it('reads tags and expressions as MDX nodes with their places', () => {
    const tree = parseBody('\n<Faktaruta title="A">\nx\n</Faktaruta>\n\n{1}\n', 'mdx');
    expect(tree.children?.map((node) => [node.type, node.position?.start.line])).toEqual([
      ['mdxJsxFlowElement', 2],
      ['mdxFlowExpression', 6],
    ]);
  });

  it('throws the parser error, with its place, on MDX it cannot read', () => {
    expect(() => parseBody('Barn <6 år.\n', 'mdx')).toThrow(expect.objectContaining({ line: 1, column: 7 }));
  });

  it('reads any text as plain Markdown, raw HTML included', () => {
    expect(types(parseBody('Barn <6 år och {x}. <b>fet</b>\n', 'md'))).toContain('html');
  });
});

describe('parseHtmlFragment', () => {
  it('reads raw HTML into elements with their places inside the fragment', () => {
    const tree = parseHtmlFragment('<p>\n  <img src="a.png">\n</p>');
    const image = tree.children?.[0]?.children?.find((node) => node.tagName === 'img');
    expect(image).toMatchObject({ properties: { src: 'a.png' }, position: { start: { line: 2, column: 3 } } });
  });
});
