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
 * quantileSorted([1, 2, 3, 4, 10], 0.9);
 * // 7.6000000000000005, as NumPy's quantile gives: h = 4 · 0.9 = 3.6, and
 * // 4 + 0.6 · (10 - 4) = 7.6 up to floating-point rounding
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  return quantileByRank(sorted.length, p, (rank) => sorted[rank] as number);
}

/**
 * The `p` quantile of `count` numbers as {@link quantileSorted} gives it, reading the value
 * at a rank of their ascending order through `valueAt` (lower rank first), so that a caller
 * who selects order statistics instead of sorting reads only the two it needs.
 *
 * @example
 * quantileByRank(4, 0.5, (rank) => [10, 20, 30, 40][rank] as number);
 * // 25, as h = 3 · 0.5 = 1.5: 20 + 0.5 · (30 - 20) = 25
 */
export function quantileByRank(
  count: number,
  p: number,
  valueAt: (rank: number) => number,
): number | null {
  if (count === 0) return null;
  const h = (count - 1) * p;
  const low = Math.floor(h);
  const lower = valueAt(low);
  if (low + 1 >= count) return lower;
  return lower + (h - low) * (valueAt(low + 1) - lower);
}
