import { describe, expect, it } from 'vitest';
import { forbiddenTag, HANDLER, handlerMessage, markdownHint, unknownComponentMessage } from './tags.ts';

describe('forbiddenTag', () => {
  it.each([
    ['script', 'mdx-script'],
    ['style', 'mdx-style'],
    ['iframe', 'mdx-iframe'],
  ])('gives <%s> its own rule, with a reason', (tag, rule) => {
    expect(forbiddenTag(tag)).toEqual({ rule, message: expect.stringMatching(/inte tillåtet: \S/) });
  });

  it('leaves other tags to the general rules', () => {
    expect(forbiddenTag('div')).toBeUndefined();
  });
});

describe('unknownComponentMessage', () => {
  it('suggests the nearest allowed component', () => {
    expect(unknownComponentMessage('Faktruta')).toBe('Taggen <Faktruta> finns inte. Menade du <Faktaruta>?');
  });

  it('gives the Markdown for an HTML tag', () => {
    expect(unknownComponentMessage('strong')).toContain('**fet text**');
  });

  it('lists the allowed components when nothing is near', () => {
    expect(unknownComponentMessage('Karusell')).toContain('<Faktaruta>, <Citat>, <Video>');
  });
});

describe('markdownHint', () => {
  it.each([
    ['a', '[text](https://…)'],
    ['h2', '## Rubrik'],
    ['td', '|'],
  ])('says how to write <%s> with Markdown', (tag, hint) => {
    expect(markdownHint(tag)).toContain(hint);
  });

  it('has no hint for a tag Markdown has nothing for', () => {
    expect(markdownHint('div')).toBeUndefined();
  });
});

describe('event handlers', () => {
  it('are attributes that start with on and a letter', () => {
    expect(['onclick', 'onLoad', 'one', 'on', 'title'].filter((name) => HANDLER.test(name))).toEqual([
      'onclick',
      'onLoad',
      'one',
    ]);
    expect(handlerMessage('onclick')).toContain('Attributet onclick är inte tillåtet');
  });
});
