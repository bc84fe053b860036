// SortedRanks (quickselect) against the independent answer: a full Float64Array sort of a
// copy of the same values, read at the rank. Seeded random lists of many shapes, plus edge
// cases: no values, one value, even counts, duplicates, signed zeros, patterns that make
// naive pivots fail.
import { describe, expect, test } from 'vitest';
import { quantileSorted } from '../../src/stats/quantile.js';
import { selectInPlace, SortedRanks } from '../../src/stats/sorted-ranks.js';
import { mulberry32 } from '../support/seeded-random.js';

// The median as the definition reads on a sorted copy: the middle, or the mean of the two.
function sortedMedian(values: readonly number[]): number | null {
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return null;
  if (sorted.length % 2 === 1) return sorted[middle] as number;
  return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

// Lists of many shapes: random, few distinct values, sorted, reversed, organ pipe, zeros.
function lists(): number[][] {
  const random = mulberry32(20_240_611);
  const shapes: ((n: number) => number[])[] = [
    (n) => Array.from({ length: n }, () => Math.round(random() * 1e6)),
    (n) => Array.from({ length: n }, () => Math.floor(random() * 3)),
    (n) => Array.from({ length: n }, (_, i) => i),
    (n) => Array.from({ length: n }, (_, i) => n - i),
    (n) => Array.from({ length: n }, (_, i) => Math.min(i, n - i)),
    (n) => Array.from({ length: n }, () => (random() < 0.5 ? -0 : 0)),
    (n) => Array.from({ length: n }, () => [-1, -0, 0, 1][Math.floor(random() * 4)] as number),
    (n) => Array.from({ length: n }, () => (random() - 0.5) * 1e-300),
  ];
  const sizes = [1, 2, 3, 4, 5, 10, 11, 100, 101, 1000, 4097];
  return shapes.flatMap((shape) => sizes.map((n) => shape(n)));
}

describe('SortedRanks(values)', () => {
  test('.median() equals the median of a sorted copy, to the bit', () => {
    for (const list of lists()) {
      const median = new SortedRanks(Float64Array.from(list)).median();
      expect(Object.is(median, sortedMedian(list)), `list of ${list.length}`).toBe(true);
    }
  });

  test('.at(rank) equals the sorted copy at that rank for every rank, -0 before 0', () => {
    const random = mulberry32(7);
    for (const list of lists().filter((l) => l.length <= 1000)) {
      const sorted = Float64Array.from(list).sort();
      const ranks = new SortedRanks(Float64Array.from(list));
      // Ranks asked in a shuffled order, so each is looked for between others already placed.
      const order = list.map((_, i) => i).sort(() => random() - 0.5);
      for (const rank of order) expect(Object.is(ranks.at(rank), sorted[rank])).toBe(true);
    }
  });

  test('.quantile(p) equals quantileSorted of a sorted copy', () => {
    for (const list of lists()) {
      const sorted = Float64Array.from(list).sort();
      for (const p of [0, 0.1, 0.5, 0.9, 0.99, 1]) {
        const ranks = new SortedRanks(Float64Array.from(list));
        expect(Object.is(ranks.quantile(p), quantileSorted(sorted, p))).toBe(true);
      }
    }
  });

  test('.median() of no values is null; of one value, that value', () => {
    expect(new SortedRanks(new Float64Array(0)).median()).toBeNull();
    expect(new SortedRanks(new Float64Array(0)).quantile(0.9)).toBeNull();
    expect(new SortedRanks(Float64Array.of(42)).median()).toBe(42);
  });

  test('.median() of an even count is the mean of the two middle values', () => {
    // sorted 1 2 3 4: (2 + 3) / 2 = 2.5; sorted 10 10 20 30: (10 + 20) / 2 = 15
    expect(new SortedRanks(Float64Array.of(4, 1, 3, 2)).median()).toBe(2.5);
    expect(new SortedRanks(Float64Array.of(30, 10, 20, 10)).median()).toBe(15);
  });

  test('.median() of signed zeros: -0 only when both middle values are -0', () => {
    // sorted -0 -0 0: the middle is -0; sorted -0 0: (-0 + 0) / 2 = 0; -0 -0: -0
    expect(new SortedRanks(Float64Array.of(0, -0, -0)).median()).toBe(-0);
    expect(new SortedRanks(Float64Array.of(0, -0)).median()).toBe(0);
    expect(new SortedRanks(Float64Array.of(-0, -0)).median()).toBe(-0);
  });
});

describe('selectInPlace(values, rank, low, high, rounds)', () => {
  test('puts the rank in place, smaller before and larger after, with any round limit', () => {
    // rounds 0 sorts at once; 1 to 3 sort after that many partitions; 64 never gives up here.
    for (const list of lists().filter((l) => l.length >= 10)) {
      const sorted = Float64Array.from(list).sort();
      for (const rounds of [0, 1, 2, 3, 64]) {
        for (const rank of [0, list.length >> 1, list.length - 1]) {
          const values = Float64Array.from(list);
          selectInPlace(values, rank, 0, values.length - 1, rounds);
          const value = values[rank] as number;
          // Equal as numbers: the sign of a zero is SortedRanks' job, tested above.
          expect(value === sorted[rank]).toBe(true);
          expect(values.subarray(0, rank).every((v) => v <= value)).toBe(true);
          expect(values.subarray(rank + 1).every((v) => v >= value)).toBe(true);
        }
      }
    }
  });

  test('leaves the values outside low … high where they were', () => {
    const values = Float64Array.of(9, 8, 3, 1, 2, 0, -1);
    selectInPlace(values, 3, 2, 4);
    // Within 2 … 4 the values are 3, 1, 2: rank 3 of the array is the middle one, 2
    expect([...values]).toEqual([9, 8, 1, 2, 3, 0, -1]);
  });
});
