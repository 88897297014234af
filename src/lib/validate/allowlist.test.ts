import { describe, expect, it } from 'vitest';
import { AllowlistSchema } from './allowlist.ts';

describe('AllowlistSchema', () => {
  it('accepts numbers with a reason, for one file or for all', () => {
    const list = [
      { number: '121212-1212', file: 'teams/a.mdx', reason: 'testnummer' },
      { number: '19121212-1212', reason: 'testnummer' },
    ];
    expect(AllowlistSchema.parse(list)).toEqual(list);
  });

  it.each([
    ['a number that is not text', [{ number: 1212121212, reason: 'x' }], 'citattecken'],
    ['a reason of white space', [{ number: '121212-1212', reason: ' ' }], 'varför'],
  ])('refuses %s', (_, list, message) => {
    const result = AllowlistSchema.safeParse(list);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it('refuses a field it does not know', () => {
    expect(AllowlistSchema.safeParse([{ number: '1', reason: 'x', kommentar: 'y' }]).success).toBe(false);
  });
});
