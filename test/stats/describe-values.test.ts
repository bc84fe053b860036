// describeValues() and quantileSorted(): small lists worked out by hand.
import { expect, test } from 'vitest';
import { describeValues } from '../../src/stats/describe-values.js';
import { quantileSorted } from '../../src/stats/quantile.js';
import { mulberry32 } from '../support/seeded-random.js';

test('describeValues([3, null, 1, 2]) leaves the null out', () => {
  // 3 + 1 + 2 = 6; mean 6 / 3 = 2; sorted 1 2 3: median 2;
  // p90: h = (3 - 1) * 0.9 = 1.8, so 2 + 0.8 * (3 - 2) = 2.8
  expect(describeValues([3, null, 1, 2])).toEqual({
    count: 3,
    total: 6,
    mean: 2,
    median: 2,
    p90: 2.8,
    min: 1,
    max: 3,
  });
});

test('describeValues([4, 1, 3, 2]) takes the mean of the middle two as median', () => {
  // sorted 1 2 3 4: (2 + 3) / 2 = 2.5
  expect(describeValues([4, 1, 3, 2]).median).toBe(2.5);
});

test('describeValues([]) and describeValues([null]) give null figures, not 0', () => {
  const none = { count: 0, total: null, mean: null, median: null, p90: null, min: null, max: null };
  expect(describeValues([])).toEqual(none);
  expect(describeValues([null, undefined])).toEqual(none);
});

test('describeValues([0, 0]) keeps real zeros as values', () => {
  expect(describeValues([0, 0])).toMatchObject({ count: 2, total: 0, p90: 0, max: 0 });
});

test('quantileSorted(list, p) interpolates linearly between order statistics', () => {
  // [1, 2, 3, 4, 10]: h = 4 * 0.9 = 3.6: 4 + 0.6 * (10 - 4) = 7.6
  expect(quantileSorted([1, 2, 3, 4, 10], 0.9)).toBeCloseTo(7.6, 12);
  // h = 4 * 0.5 = 2: exactly the third value
  expect(quantileSorted([1, 2, 3, 4, 10], 0.5)).toBe(3);
  // [10, 20]: h = 0.9: 10 + 0.9 * 10 = 19
  expect(quantileSorted([10, 20], 0.9)).toBe(19);
  expect(quantileSorted([5], 0.9)).toBe(5);
  expect(quantileSorted([5, 7], 1)).toBe(7);
  expect(quantileSorted([5, 7], 0)).toBe(5);
  expect(quantileSorted([], 0.9)).toBeNull();
});

test('describeValues([NaN, 5, null, NaN]) leaves NaN out like null', () => {
  // Only 5 is left: every figure is 5
  expect(describeValues([NaN, 5, null, NaN])).toEqual({
    count: 1,
    total: 5,
    mean: 5,
    median: 5,
    p90: 5,
    min: 5,
    max: 5,
  });
  expect(describeValues([NaN]).median).toBeNull();
});

test('describeValues(list) gives what a full sort of the values gives, to the bit', () => {
  // The reference: filter, sum in list order, sort a Float64Array copy (-0 before 0), read.
  const random = mulberry32(1969);
  const draw = () => {
    const r = random();
    if (r < 0.1) return null;
    if (r < 0.15) return NaN;
    if (r < 0.2) return undefined;
    if (r < 0.3) return random() < 0.5 ? -0 : 0;
    return (random() - 0.3) * 10 ** Math.floor(random() * 8);
  };
  for (let i = 0; i < 300; i++) {
    const list = Array.from({ length: Math.floor(random() * 40) }, draw);
    const present = list.filter((v): v is number => typeof v === 'number' && v === v);
    const sorted = Float64Array.from(present).sort();
    const n = sorted.length;
    const total = present.reduce((sum, v) => sum + v, 0);
    const middle = n >> 1;
    const expected =
      n === 0
        ? { count: 0, total: null, mean: null, median: null, p90: null, min: null, max: null }
        : {
            count: n,
            total,
            mean: total / n,
            median:
              n % 2 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2,
            p90: quantileSorted(sorted, 0.9),
            min: sorted[0],
            max: sorted[n - 1],
          };
    // toStrictEqual tells -0 from 0, as Object.is does.
    expect(describeValues(list)).toStrictEqual(expected);
  }
});
