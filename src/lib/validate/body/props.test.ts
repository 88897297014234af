import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '../../mdx/components.ts';
import { propExample, propTypeError, refusedMessage, unknownPropMessage } from './props.ts';

const { Video, Faktaruta } = MDX_COMPONENTS;

describe('propTypeError', () => {
  it.each([
    ['a yes/no prop given text', 'captions', 'false', '{false}'],
    ['a text prop given true', 'title', true, 'title="…"'],
    ['an empty required text', 'title', ' ', 'tomt'],
    ['a film address on another site', 'url', 'https://example.com/film', 'vimeo.com'],
    ['a film address that is no address', 'url', 'min film', 'https://'],
  ])('explains %s', (_, name, value, hint) => {
    expect(propTypeError('Video', name, Video.props[name as keyof typeof Video.props], value)).toContain(hint);
  });

  it('accepts values of the right kind', () => {
    expect(propTypeError('Video', 'captions', Video.props.captions, false)).toBeUndefined();
    expect(propTypeError('Video', 'url', Video.props.url, 'https://vimeo.com/1')).toBeUndefined();
  });
});

describe('refusedMessage', () => {
  it('says how to write the prop the component has', () => {
    expect(refusedMessage('captions', 'bare', Video.props.captions)).toBe(
      'Attributet captions saknar värde: skriv captions={true} eller captions={false}.',
    );
  });

  it('says what an attribute may hold when the component has no such prop', () => {
    expect(refusedMessage('x', 'number', undefined)).toContain('text inom citattecken, {true} eller {false}');
  });
});

describe('propExample', () => {
  it.each([
    ['captions', Video.props.captions, 'captions={true} eller captions={false}'],
    ['url', Video.props.url, 'url="https://…"'],
    ['title', Faktaruta.props.title, 'title="…"'],
  ])('writes %s', (name, prop, example) => {
    expect(propExample(name, prop)).toBe(example);
  });
});

describe('unknownPropMessage', () => {
  it('suggests the nearest prop, or lists them', () => {
    expect(unknownPropMessage('Faktaruta', 'titel', Faktaruta)).toContain('Menade du title?');
    expect(unknownPropMessage('Video', 'bredd', Video)).toContain('url, title, captions');
  });
});
