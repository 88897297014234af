import { describe, expect, it } from 'vitest';
import { loggedProblems } from './log.ts';

describe('loggedProblems', () => {
  it('finds a warning from the glob loader, without colour codes', () => {
    const log =
      '\u001b[33m12:00:01 [WARN] [glob-loader]\u001b[39m Duplicate id "a" found in meetings\n12:00:02 [build] 3 page(s) built';
    expect(loggedProblems(log)).toEqual(['12:00:01 [WARN] [glob-loader] Duplicate id "a" found in meetings']);
  });

  it('finds an error logged by a failing remark plugin', () => {
    const log = '12:00:01 [ERROR] [content] Error: boom\n12:00:03 [build] Complete!';
    expect(loggedProblems(log)).toHaveLength(1);
  });

  it('returns nothing for a clean log', () => {
    expect(loggedProblems('12:00:01 [build] Building static entrypoints...\n12:00:03 [build] Complete!')).toEqual([]);
  });
});
