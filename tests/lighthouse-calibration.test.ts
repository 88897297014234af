import { describe, expect, it } from 'vitest';
import { calibratedMultiplier, MOBILE_CPU_SLOWDOWN } from './e2e/lighthouse.ts';

describe('calibratedMultiplier', () => {
  it.each([
    [150, 1],
    [800, 2],
    [1300, 3],
    [1533, 4],
  ])('follows Lighthouse’s calculator: a benchmark index of %i gives %i×', (index, multiplier) => {
    expect(calibratedMultiplier(index)).toBeCloseTo(multiplier, 2);
  });

  it('never slows the CPU more than Lighthouse’s default, nor speeds it up', () => {
    expect(calibratedMultiplier(2800)).toBe(MOBILE_CPU_SLOWDOWN);
    expect(calibratedMultiplier(40)).toBe(1);
  });

  it('slows a busier machine less, so a repeated run emulates the same phone', () => {
    expect(calibratedMultiplier(687)).toBeLessThan(calibratedMultiplier(1100));
  });
});
