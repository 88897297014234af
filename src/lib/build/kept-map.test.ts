import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isString, readKeptMap, writeKeptMap } from './kept-map.ts';

const file = () => path.join(mkdtempSync(path.join(tmpdir(), 'basta-kept-map-')), 'cache', 'basta-feed.json');

describe('a kept map', () => {
  it('gives back the values of the last build, and only those', () => {
    const at = file();
    writeKeptMap(
      at,
      new Map([
        ['a', '<p>A</p>'],
        ['b', '<p>B</p>'],
      ]),
    );
    writeKeptMap(at, new Map([['b', '<p>B</p>']]));
    expect([...readKeptMap(at, isString)]).toEqual([['b', '<p>B</p>']]);
  });

  it('leaves out the pairs whose value is not of the kind asked for', () => {
    const at = file();
    writeKeptMap(
      at,
      new Map<string, unknown>([
        ['a', '<p>A</p>'],
        ['b', 2],
      ]),
    );
    expect([...readKeptMap(at, isString)]).toEqual([['a', '<p>A</p>']]);
  });

  it.each([
    ['does not exist', undefined],
    ['was cut short', '[["a", "<p>'],
    ['is not a list of pairs', '{"a": "<p>A</p>"}'],
  ])('is empty when the file %s', (_, text) => {
    const at = file();
    if (text !== undefined) {
      writeKeptMap(at, new Map());
      writeFileSync(at, text);
    }
    expect(readKeptMap(at, isString).size).toBe(0);
  });
});
