import { describe, expect, it } from 'vitest';
import { localAddresses } from './check.ts';

describe('localAddresses', () => {
  it('finds each local origin once', () => {
    const html =
      '<a href="http://localhost:4321/a/">A</a><img src="http://localhost:4321/b.png"><a href="http://127.0.0.1:8080/">C</a>';
    expect(localAddresses(html)).toEqual(['http://localhost:4321', 'http://127.0.0.1:8080']);
  });

  it('finds nothing when every link goes to a public address', () => {
    expect(localAddresses('<a href="https://example.se/">A</a><a href="mailto:a@localhost">B</a>')).toEqual([]);
  });
});
