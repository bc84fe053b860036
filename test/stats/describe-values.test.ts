// describeValues(): small lists worked out by hand.
import { expect, test } from 'vitest';
import { describeValues } from '../../src/stats/describe-values.js';

test('describeValues([3, null, 1, 2]) leaves the null out', () => {
  // 3 + 1 + 2 = 6; mean 6 / 3 = 2; sorted 1 2 3: median 2
  expect(describeValues([3, null, 1, 2])).toEqual({
    count: 3,
    total: 6,
    mean: 2,
    median: 2,
    max: 3,
  });
});

test('describeValues([4, 1, 3, 2]) takes the mean of the middle two as median', () => {
  // sorted 1 2 3 4: (2 + 3) / 2 = 2.5
  expect(describeValues([4, 1, 3, 2]).median).toBe(2.5);
});

test('describeValues([]) and describeValues([null]) give null figures, not 0', () => {
  const none = { count: 0, total: null, mean: null, median: null, max: null };
  expect(describeValues([])).toEqual(none);
  expect(describeValues([null, undefined])).toEqual(none);
});
