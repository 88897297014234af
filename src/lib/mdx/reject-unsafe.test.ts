import { describe, expect, it } from 'vitest';
import type { MdxJsxAttributeUnion } from 'satteri';
import { attributeCode, imageCode } from './reject-unsafe.ts';

const braces = (value: string): MdxJsxAttributeUnion => ({
  type: 'mdxJsxAttribute',
  name: 'title',
  value: { type: 'mdxJsxAttributeValueExpression', value },
});

// Which values pass is the one table of attribute-value.test.ts, run through the compiler there.
describe('attributeCode (the compiler lock on component attributes)', () => {
  it('lets text in quotes and {false} through', () => {
    expect(attributeCode({ type: 'mdxJsxAttribute', name: 'title', value: 'Text' })).toBeUndefined();
    expect(attributeCode(braces('false'))).toBeUndefined();
  });

  it('names the attribute whose value is code, or only not text, {true} or {false}', () => {
    expect(attributeCode(braces('process.exit(1)'))).toBe('kod i attributet title');
    expect(attributeCode(braces('"Text"'))).toBe(
      'attributet title med ett annat värde än "text", {true} eller {false}',
    );
  });

  it('refuses a spread of attributes', () => {
    expect(attributeCode({ type: 'mdxJsxExpressionAttribute', value: '...props' })).toBe(
      'ett {...uttryck} bland attributen',
    );
  });
});

describe('imageCode (Astro imports a local Markdown image as a module)', () => {
  it.each(['./bild.png', '../images/Bild.JPG', 'bild.webp', 'https://example.se/x.mjs', '/bilder/x.png'])(
    'lets %s through',
    (url) => {
      expect(imageCode(url)).toBeUndefined();
    },
  );

  it.each(['./kod.mjs', '../../src/x.ts', './bild.png?raw', './bild.svg', './bild'])('refuses %s', (url) => {
    expect(imageCode(url)).toBe(`bilden ${url} (ingen bildfil)`);
  });
});
