import { describe, expect, it } from 'vitest';
import { isPublished, publishedOnly } from './published.ts';

describe('isPublished', () => {
  it.each([
    [{ title: 'Träff' }, true],
    [{ title: 'Träff', draft: false }, true],
    [{ title: 'Träff', draft: true }, false],
    // Only `true` makes a draft; the schema refuses other values before anything is built.
    [{ title: 'Träff', draft: 'true' }, true],
    [undefined, false],
    [null, false],
    ['text', false],
  ])('says whether %j is published: %s', (data, expected) => {
    expect(isPublished(data)).toBe(expected);
  });
});

describe('publishedOnly', () => {
  it('leaves out drafts and keeps the order of the rest', () => {
    const entries = [
      { id: 'c', data: {} },
      { id: 'b', data: { draft: true } },
      { id: 'a', data: { draft: false } },
    ];
    expect(publishedOnly(entries).map((entry) => entry.id)).toEqual(['c', 'a']);
  });
});
