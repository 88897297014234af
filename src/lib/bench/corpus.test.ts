import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../validate/content.ts';
import { writeCorpus } from './corpus.ts';

describe('writeCorpus', () => {
  it('writes the requested number of entries, all valid', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'basta-corpus-'));
    const written = writeCorpus(path.resolve('content'), path.join(root, 'content'), 40);
    expect(written).toBe(40);
    const result = validateContent({ root });
    expect(result.problems).toEqual([]);
    expect(result.entries.get('meetings')?.size).toBe(20);
    expect(result.entries.get('teams')?.size).toBe(20 + readdirSync('content/teams').length);
  });
});
