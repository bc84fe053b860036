/**
 * Count, total, mean, median, 90th percentile and maximum of a list of numbers, nulls left out.
 */
import { quantileSorted } from './quantile.js';

/** What {@link describeValues} gives; every figure but `count` is null when count is 0. */
export interface ValueSummary {
  count: number;
  total: number | null;
  mean: number | null;
  median: number | null;
  /** The 90th percentile, by linear interpolation ({@link quantileSorted}). */
  p90: number | null;
  min: number | null;
  max: number | null;
}

/**
 * Describes the non-null numbers of a list: `count`, `total` (their sum), `mean`
 * (total / count), `median` (the middle value; the mean of the two middle values for an even
 * count), `p90` (the 0.9 quantile by linear interpolation, see {@link quantileSorted}), `min`
 * and `max`.
 *
 * Null rule: null, undefined and NaN are missing data and are left out; when nothing is left,
 * every figure but `count` is null (never 0).
 *
 * @example
 * describeValues([3, null, 1, 2]);
 * // { count: 3, total: 6, mean: 2, median: 2, p90: 2.8, min: 1, max: 3 }
 */
export function describeValues(values: readonly (number | null | undefined)[]): ValueSummary {
  const present = values.filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));
  if (present.length === 0) {
    return { count: 0, total: null, mean: null, median: null, p90: null, min: null, max: null };
  }
  // A typed array sorts numbers natively, several times faster than a comparator.
  const sorted = Float64Array.from(present).sort();
  const total = present.reduce((sum, v) => sum + v, 0);
  const middle = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return {
    count: present.length,
    total,
    mean: total / present.length,
    median,
    p90: quantileSorted(sorted, 0.9),
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
  };
}
