/**
 * A second lock behind the validator, for the renderers: our MDX renderer (render-html.ts, which
 * calls the refusals below) and Astro's Markdown processor for `.md` (this plugin) refuse
 * everything in a body that could run code when the page is built — `import`/`export`,
 * `{expressions}`, spread attributes, attribute values other than text, `{true}` and `{false}` (the
 * rule the validator reads too: src/lib/mdx/attribute-value.ts), component names
 * that are not plain names (`<a.b>`), and images that are not image files (Astro turns a local
 * Markdown image into an `import`, so `![x](./kod.mjs)` would load and run a module). So even a build
 * that has not (yet) had the validator's verdict runs no code from content: scripts/build.ts starts
 * `astro build` beside the validator and relies on this. Front matter cannot name a module either
 * (MDX's `layout:`): every collection's schema is strict, so Astro's content sync stops on any
 * unknown field before any MDX is compiled.
 * Astro may log a failing plugin and still exit 0; scripts/build.ts fails on that log line.
 */
import { defineMdastPlugin } from 'satteri';
import type { MdxJsxAttributeUnion } from 'satteri';
import { IMAGE_EXTENSIONS } from '../content/image-extensions.ts';
import { attributeValue } from './attribute-value.ts';

interface Positioned {
  position?: { start: { line: number } } | undefined;
}

export const refuse = (what: string) => (node: Positioned) => {
  const line = node.position?.start.line ?? 0;
  throw new Error(`rad ${line}: ${what} är inte tillåtet i innehåll (kör npm run validate)`);
};

/** A component or HTML element name: letters and digits (and `-` for HTML), no `.` or `:`. */
const PLAIN_NAME = /^[A-Za-z][A-Za-z0-9-]*$/;

/**
 * Why the compiler refuses an attribute: whatever the one rule of src/lib/mdx/attribute-value.ts
 * (which the validator reads too) does not allow.
 * @returns why the attribute is refused, or undefined when it is text in quotes, `{true}` or `{false}`
 * @example attributeCode({ type: 'mdxJsxAttribute', name: 'captions', value: { type: 'mdxJsxAttributeValueExpression', value: 'false' } }) // undefined
 * @example attributeCode({ type: 'mdxJsxAttribute', name: 'n', value: { type: 'mdxJsxAttributeValueExpression', value: '3' } }) // 'attributet n med ett annat värde än "text", {true} eller {false}'
 */
export function attributeCode(attribute: MdxJsxAttributeUnion): string | undefined {
  const value = attributeValue(attribute);
  if (value.kind !== 'refused') return undefined;
  if (attribute.type === 'mdxJsxExpressionAttribute') return 'ett {...uttryck} bland attributen';
  if (value.reason === 'code') return `kod i attributet ${attribute.name}`;
  return `attributet ${attribute.name} med ett annat värde än "text", {true} eller {false}`;
}

/**
 * @returns why a Markdown image's address is refused: only web addresses, site paths (`/…`) and
 * relative paths to image files, which Astro imports as images, not as code
 * @example imageCode('./bild.png') // undefined
 * @example imageCode('./kod.mjs') // 'bilden ./kod.mjs (ingen bildfil)'
 */
export function imageCode(url: string): string | undefined {
  if (URL.canParse(url) || url.startsWith('/')) return undefined;
  const file = url.toLowerCase();
  if (/[?#]/.test(file) || !IMAGE_EXTENSIONS.some((extension) => file.endsWith(extension))) {
    return `bilden ${url} (ingen bildfil)`;
  }
  return undefined;
}

export const refuseCodeInElement = (node: Positioned & { name: string | null; attributes: MdxJsxAttributeUnion[] }) => {
  if (node.name !== null && !PLAIN_NAME.test(node.name)) refuse(`elementet <${node.name}>`)(node);
  for (const attribute of node.attributes) {
    const code = attributeCode(attribute);
    if (code) refuse(code)(node);
  }
};

export const refuseCodeInImage = (node: Positioned & { url: string }) => {
  if (!node.url) return;
  let url: string;
  try {
    url = decodeURI(node.url);
  } catch {
    return refuse(`bilden ${node.url} (felaktig adress)`)(node);
  }
  const code = imageCode(url);
  if (code) refuse(code)(node);
};

/** Sätteri mdast plugin: throws on the first thing in an MDX file that could run code. */
export const rejectUnsafeMdx = defineMdastPlugin({
  name: 'basta-reject-unsafe-mdx',
  options: { position: true },
  mdxjsEsm: refuse('import/export'),
  mdxFlowExpression: refuse('ett {uttryck}'),
  mdxTextExpression: refuse('ett {uttryck}'),
  mdxJsxFlowElement: refuseCodeInElement,
  mdxJsxTextElement: refuseCodeInElement,
  image: refuseCodeInImage,
});
