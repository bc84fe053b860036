/**
 * Quantiles of a sorted list by linear interpolation between order statistics.
 */

/**
 * The `p` quantile (0 ≤ p ≤ 1) of numbers sorted in ascending order, by linear
 * interpolation between order statistics: with `n` values `x[0] ≤ … ≤ x[n-1]`,
 * `h = (n - 1) · p`, the quantile is `x[⌊h⌋] + (h - ⌊h⌋) · (x[⌊h⌋ + 1] - x[⌊h⌋])`. This is
 * Hyndman and Fan's type 7, the default of pandas, NumPy and R.
 *
 * Null rule: the list must hold numbers only (callers leave nulls out first); an empty list
 * gives null, never 0.
 *
 * @example
 * quantileSorted([1, 2, 3, 4, 10], 0.9); // h = 4 · 0.9 = 3.6: 4 + 0.6 · (10 - 4) = 7.6
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const lower = sorted[low] as number;
  if (low + 1 >= sorted.length) return lower;
  return lower + (h - low) * ((sorted[low + 1] as number) - lower);
}
