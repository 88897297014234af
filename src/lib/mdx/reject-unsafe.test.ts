import { describe, expect, it } from 'vitest';
import type { MdxJsxAttributeUnion } from 'satteri';
import { attributeCode, imageCode } from './reject-unsafe.ts';

const braces = (value: string): MdxJsxAttributeUnion => ({
  type: 'mdxJsxAttribute',
  name: 'title',
  value: { type: 'mdxJsxAttributeValueExpression', value },
});

describe('attributeCode (the compiler lock on component attributes)', () => {
  it.each(['3', '-2.5', 'true', 'false', '"Text"', "'Text'", '`Text`', ' ( 3 ) '])(
    'lets the literal {%s} through',
    (value) => {
      expect(attributeCode(braces(value))).toBeUndefined();
    },
  );

  it('lets quoted text and bare names through', () => {
    expect(attributeCode({ type: 'mdxJsxAttribute', name: 'title', value: 'Text' })).toBeUndefined();
    expect(attributeCode({ type: 'mdxJsxAttribute', name: 'captions', value: null })).toBeUndefined();
  });

  it.each(['process.exit(1)', 'x', '`a${b}`', '"a" + b', '[1]', '() => 1', "'a\\' + b + \\''"])(
    'refuses the code {%s}',
    (value) => {
      expect(attributeCode(braces(value))).toBe('kod i attributet title');
    },
  );

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
