/**
 * A second lock behind the validator: the MDX compiler (Sätteri, Astro 7's default) refuses
 * `import`/`export`, JavaScript expressions, spread attributes and attribute values that are not
 * plain literals, so even a build that has not (yet) had the validator's verdict cannot run code
 * from content. scripts/build.ts starts `astro build` beside the validator and relies on this.
 * Astro may log a failing plugin and still exit 0; scripts/build.ts fails on that log line.
 */
import { defineMdastPlugin } from 'satteri';
import type { MdxJsxAttributeUnion } from 'satteri';

interface Positioned {
  position?: { start: { line: number } } | undefined;
}

const refuse = (what: string) => (node: Positioned) => {
  const line = node.position?.start.line ?? 0;
  throw new Error(`rad ${line}: ${what} är inte tillåtet i innehåll (kör npm run validate)`);
};

/**
 * What an attribute may hold in braces: a number, `true`/`false`, or text in quotes (no `${…}`),
 * optionally in parentheses — the literals the validator accepts (src/lib/validate/body.ts).
 */
const LITERAL = /^[\s(]*(?:true|false|[-+]?\d+(?:\.\d+)?|"[^"\\]*"|'[^'\\]*'|`[^`\\$]*`)[\s)]*$/;

/**
 * @returns why the attribute is refused, or undefined when it holds no code
 * @example attributeCode({ type: 'mdxJsxAttribute', name: 'n', value: { type: 'mdxJsxAttributeValueExpression', value: '3' } }) // undefined
 */
export function attributeCode(attribute: MdxJsxAttributeUnion): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') return 'ett {...uttryck} bland attributen';
  const { value } = attribute;
  if (value && typeof value === 'object' && !LITERAL.test(value.value)) return `kod i attributet ${attribute.name}`;
  return undefined;
}

const refuseCodeInAttributes = (node: Positioned & { attributes: MdxJsxAttributeUnion[] }) => {
  for (const attribute of node.attributes) {
    const code = attributeCode(attribute);
    if (code) refuse(code)(node);
  }
};

/** Sätteri mdast plugin: throws on the first ESM statement, expression or attribute with code in an MDX file. */
export const rejectUnsafeMdx = defineMdastPlugin({
  name: 'basta-reject-unsafe-mdx',
  options: { position: true },
  mdxjsEsm: refuse('import/export'),
  mdxFlowExpression: refuse('ett {uttryck}'),
  mdxTextExpression: refuse('ett {uttryck}'),
  mdxJsxFlowElement: refuseCodeInAttributes,
  mdxJsxTextElement: refuseCodeInAttributes,
});
