/**
 * One table of attribute values, run through both locks as they run for real: the validator
 * (checkBody, on remark-mdx's parse) and the MDX compiler with its plugin (Sätteri's mdxToJs with
 * rejectUnsafeMdx, as astro.config.mjs sets it up). They must agree with the table and so with each
 * other; the rule they share is attribute-value.ts.
 */
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { checkBody } from '../validate/body/index.ts';
import { attributeValue } from './attribute-value.ts';
import { rejectUnsafeMdx } from './reject-unsafe.ts';

/**
 * An attribute as written, and whether it is allowed. Each allowed value sits on a prop of its kind
 * (`title` takes text, `captions` yes/no), so the validator has nothing else to object to.
 */
const CASES: Array<[attribute: string, allowed: boolean]> = [
  // Text in quotes: the one form for text.
  ['title="Rubrik"', true],
  ["title='Rubrik'", true],
  ['title=""', true],
  ['title="Hon sa &quot;hej&quot;"', true],
  ['title=\'Hon sa "hej"\'', true],
  ['title="{x}"', true],
  // {true} and {false}: the one form for yes/no.
  ['captions={true}', true],
  ['captions={false}', true],
  ['captions={ false }', true],
  // Text in braces, even without code: not needed, so not allowed.
  ['title={"Rubrik"}', false],
  ['title={"a\\"b"}', false],
  ["title={'Rubrik'}", false],
  ['title={`Rubrik`}', false],
  ['title={`a${b}`}', false],
  ['title={"a" + b}', false],
  ["title={'a\\' + process.exit(1) + \\''}", false],
  // Numbers: no component takes one.
  ['title={3}', false],
  ['title={-1}', false],
  ['title={+1}', false],
  ['title={1.5}', false],
  ['title={1e3}', false],
  ['title={0x10}', false],
  ['title={.5}', false],
  // Yes/no in any other spelling.
  ['captions', false],
  ['captions={(false)}', false],
  ['captions={!0}', false],
  ['captions={/* ja */ true}', false],
  ['captions={False}', false],
  ['captions={true || x}', false],
  ['captions={null}', false],
  ['captions={undefined}', false],
  // Code.
  ['title={{ a: 1 }}', false],
  ['title={[1]}', false],
  ['title={x}', false],
  ['title={process.exit(1)}', false],
  ['title={() => 1}', false],
  ['title={x ? "a" : "b"}', false],
  ['title={await import("node:fs")}', false],
  ['{...props}', false],
  ['{...{ title: "a" }}', false],
  // Not even an expression.
  ['title={}', false],
  ['title={"a}', false],
];

/** A document with the attribute on a component that has the prop. */
function documentWith(attribute: string): string {
  return attribute.startsWith('captions')
    ? `<Video url="https://vimeo.com/123456789" title="Film" ${attribute} />\n`
    : `<Faktaruta ${attribute}>\n\nText.\n\n</Faktaruta>\n`;
}

function compilerAccepts(text: string): boolean {
  try {
    mdxToJs(text, { mdastPlugins: [rejectUnsafeMdx] });
    return true;
  } catch {
    return false;
  }
}

describe.each(CASES)('the attribute %s', (attribute, allowed) => {
  const text = documentWith(attribute);

  it(`is ${allowed ? 'accepted' : 'refused'} by the validator`, () => {
    expect(checkBody(text, 'mdx').problems.length === 0).toBe(allowed);
  });

  it(`is ${allowed ? 'accepted' : 'refused'} by the MDX compiler`, () => {
    expect(compilerAccepts(text)).toBe(allowed);
  });
});

describe('attributeValue', () => {
  const braces = (value: string) => ({ type: 'mdxJsxAttribute' as const, name: 'x', value: { value } });

  it('gives the text of a quoted value and the yes/no of {true} and {false}', () => {
    expect(attributeValue({ type: 'mdxJsxAttribute', name: 'title', value: 'Rubrik' })).toEqual({
      kind: 'text',
      value: 'Rubrik',
    });
    expect(attributeValue(braces('true'))).toEqual({ kind: 'boolean', value: true });
    expect(attributeValue(braces(' false\n'))).toEqual({ kind: 'boolean', value: false });
  });

  it.each([
    ['a spread', { type: 'mdxJsxExpressionAttribute' as const, value: '...props' }, 'spread'],
    ['a name without a value', { type: 'mdxJsxAttribute' as const, name: 'captions', value: null }, 'bare'],
    ['text in braces', braces('"Rubrik"'), 'text-in-braces'],
    ['a template in braces', braces('`Rubrik`'), 'text-in-braces'],
    ['a negative number', braces('-1'), 'number'],
    ['an identifier', braces('x'), 'code'],
    ['a call', braces('f()'), 'code'],
  ])('says why it refuses %s, so the validator can say what to write instead', (_, attribute, reason) => {
    expect(attributeValue(attribute)).toEqual({ kind: 'refused', reason });
  });
});
