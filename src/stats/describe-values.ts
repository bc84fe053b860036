/**
 * Count, total, mean, median, 90th percentile and maximum of a list of numbers, nulls left out.
 */
import { SortedRanks } from './sorted-ranks.js';

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
  // The values kept, summed in list order (the order sets a float sum's last bits).
  const present = new Float64Array(values.length);
  let count = 0;
  let total = 0;
  for (const v of values) {
    if (!isPresentNumber(v)) continue;
    present[count++] = v;
    total += v;
  }
  if (count === 0) {
    return { count: 0, total: null, mean: null, median: null, p90: null, min: null, max: null };
  }

  // Order statistics by selection: the median and p90 need two or three ranks, not a sort.
  const ranks = new SortedRanks(present.subarray(0, count));
  return {
    count,
    total,
    mean: total / count,
    median: ranks.median(),
    p90: ranks.quantile(0.9),
    min: ranks.at(0),
    max: ranks.at(count - 1),
  };
}

/** True for a number that is data: not null, undefined or NaN (missing data). */
export function isPresentNumber(value: unknown): value is number {
  return typeof value === 'number' && !Number.isNaN(value);
}
