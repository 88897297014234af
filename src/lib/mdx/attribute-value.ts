/**
 * The one rule for what a component attribute in an MDX file may hold, read by both locks: the
 * validator (src/lib/validate/body/mdx.ts), which explains a refusal to the editor, and the MDX
 * compiler's plugin (src/lib/mdx/reject-unsafe.ts), which stops the build on it. Both parsers hand
 * over an attribute in the same shape (mdast-util-mdx-jsx's), with the text between braces as
 * written, so both ask this function and cannot disagree.
 *
 * The components (src/lib/mdx/components.ts) take text and yes/no, so exactly two forms are allowed:
 * - text in quotes, `title="…"` or `title='…'` (a quote inside is written `&quot;`), which the
 *   parser reads as text, never as code;
 * - `{true}` or `{false}` (spaces inside the braces allowed).
 * Everything else is refused, even what holds no code, so that each value has one spelling and
 * there is nothing to interpret: text in braces (`{"…"}`, `{'…'}`, `` {`…`} ``), numbers, a name
 * without a value (`captions`), and of course identifiers, calls, objects, arrays, templates with
 * `${…}`, comments and spreads (`{...props}`).
 */

/** An attribute as remark-mdx and Sätteri both give it. */
export type MdxAttribute =
  | {
      type: 'mdxJsxAttribute';
      name: string;
      /** Text in quotes; null for a name without a value; `{ value }` for braces, as written. */
      value?: string | null | { value: string } | undefined;
    }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

/**
 * Why a value is refused, so the validator can say what to write instead:
 * `spread` `{...props}`; `bare` a name without a value; `text-in-braces` `{"…"}`; `number` `{3}`;
 * `code` anything else.
 */
export type AttributeRefusal = 'spread' | 'bare' | 'text-in-braces' | 'number' | 'code';

/** What an attribute holds: text, yes/no, or a refusal. */
export type AttributeValue =
  { kind: 'text'; value: string } | { kind: 'boolean'; value: boolean } | { kind: 'refused'; reason: AttributeRefusal };

const BOOLEAN = /^\s*(true|false)\s*$/;
const TEXT_IN_BRACES = /^\s*["'`]/;
const NUMBER = /^\s*[-+]?\.?\d/;

/**
 * The value of an attribute, or why it is refused.
 * @param attribute an attribute of a JSX element in MDX
 * @returns `text` or `boolean` with the value, or `refused` with the reason
 * @example attributeValue({ type: 'mdxJsxAttribute', name: 'title', value: 'Rubrik' }) // { kind: 'text', value: 'Rubrik' }
 * @example attributeValue({ type: 'mdxJsxAttribute', name: 'captions', value: { value: 'false' } }) // { kind: 'boolean', value: false }
 * @example attributeValue({ type: 'mdxJsxAttribute', name: 'title', value: { value: '"Rubrik"' } }) // { kind: 'refused', reason: 'text-in-braces' }
 */
export function attributeValue(attribute: MdxAttribute): AttributeValue {
  if (attribute.type === 'mdxJsxExpressionAttribute') return { kind: 'refused', reason: 'spread' };
  const { value } = attribute;
  if (value === null || value === undefined) return { kind: 'refused', reason: 'bare' };
  if (typeof value === 'string') return { kind: 'text', value };
  const boolean = BOOLEAN.exec(value.value);
  if (boolean) return { kind: 'boolean', value: boolean[1] === 'true' };
  if (TEXT_IN_BRACES.test(value.value)) return { kind: 'refused', reason: 'text-in-braces' };
  if (NUMBER.test(value.value)) return { kind: 'refused', reason: 'number' };
  return { kind: 'refused', reason: 'code' };
}
