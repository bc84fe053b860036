import { describe, expect, test } from 'vitest';
import { backoffDelay } from '../../src/fetch/backoff-delay.js';

const OPTIONS = { baseMs: 1000, capMs: 60_000 };

describe('backoffDelay', () => {
  test('backoffDelay(retry) doubles the step, half sure and half at random', () => {
    // steps 1000, 2000, 4000 ms; with random 0 half the step, with random 1 the whole step
    expect([1, 2, 3].map((r) => backoffDelay(r, () => 0, OPTIONS))).toEqual([500, 1000, 2000]);
    expect([1, 2, 3].map((r) => backoffDelay(r, () => 1, OPTIONS))).toEqual([1000, 2000, 4000]);
    // random 0.25 on the 4000 ms step: 2000 + 0.25 × 2000 = 2500
    expect(backoffDelay(3, () => 0.25, OPTIONS)).toBe(2500);
  });

  test('backoffDelay(retry) stops growing at the cap', () => {
    // 1000 × 2^9 = 512000 > 60000: the step is 60000, so at most 60000 and at least 30000
    expect(backoffDelay(10, () => 1, OPTIONS)).toBe(60_000);
    expect(backoffDelay(10, () => 0, OPTIONS)).toBe(30_000);
  });
});
