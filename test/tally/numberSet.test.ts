import { describe, expect, it } from 'vitest';
import { NumberSet } from '../../src/tally/numberSet.js';

describe('NumberSet', () => {
  it('holds what a Set holds: duplicates once, values beyond 32 bits (node × 16 + category) exact', () => {
    const ours = new NumberSet(3);
    const reference = new Set<number>();
    let x = 12345;
    for (let i = 0; i < 100_000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      // Node ids up to 2^31, times 16, plus a category: up to 2^35.
      const v = (x % 60_000) * 2 ** 31 / 60_000 * 16 + (i % 9);
      const value = Math.floor(v);
      ours.add(value);
      reference.add(value);
    }
    ours.add(0);
    reference.add(0);
    expect(ours.size).toBe(reference.size);
    expect([...ours].sort((a, b) => a - b)).toEqual([...reference].sort((a, b) => a - b));
  });
});
