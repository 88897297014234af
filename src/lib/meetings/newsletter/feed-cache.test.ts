import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeedCache, writeFeedCache } from './feed-cache.ts';

const file = () => path.join(mkdtempSync(path.join(tmpdir(), 'basta-feed-cache-')), 'cache', 'basta-feed.json');

describe('the feed cache', () => {
  it('gives back the texts of the last build, and only those', () => {
    const at = file();
    writeFeedCache(
      at,
      new Map([
        ['a', '<p>A</p>'],
        ['b', '<p>B</p>'],
      ]),
    );
    writeFeedCache(at, new Map([['b', '<p>B</p>']]));
    expect([...readFeedCache(at)]).toEqual([['b', '<p>B</p>']]);
  });

  it.each([
    ['does not exist', undefined],
    ['was cut short', '[["a", "<p>'],
    ['is not a list of pairs', '{"a": "<p>A</p>"}'],
  ])('is empty when the file %s', (_, text) => {
    const at = file();
    if (text !== undefined) {
      writeFeedCache(at, new Map());
      writeFileSync(at, text);
    }
    expect(readFeedCache(at).size).toBe(0);
  });
});
