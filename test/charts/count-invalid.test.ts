import { describe, expect, test } from 'vitest';
import { countInvalid } from '../../src/charts/count-invalid.js';

describe('countInvalid', () => {
  test('countInvalid(rows, column) counts null, missing, NaN, infinite and non-numbers', () => {
    // By hand: 1 and 0 are valid; the other five are not.
    const rows = [
      { x: 1 },
      { x: 0 },
      { x: null },
      {},
      { x: Number.NaN },
      { x: Number.POSITIVE_INFINITY },
      { x: '3' },
    ];
    expect(countInvalid(rows, 'x')).toBe(5);
  });

  test('countInvalid([], column) is 0', () => {
    expect(countInvalid([], 'x')).toBe(0);
  });
});
