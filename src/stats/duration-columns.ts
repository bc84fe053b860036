/**
 * The columns a duration summary adds to a result row: count, total, mean, median, 90th
 * percentile and maximum, in seconds.
 */
import { describeValues } from './describe-values.js';

const FIGURES = ['count', 'total_s', 'mean_s', 'median_s', 'p90_s', 'max_s'] as const;

/**
 * The names of {@link durationColumns}' columns for a prefix, in order.
 *
 * @example
 * durationColumnNames('eva_time')[1]; // 'eva_time_total_s'
 */
export function durationColumnNames(prefix: string): string[] {
  return FIGURES.map((figure) => `${prefix}_${figure}`);
}

/**
 * Describes durations in seconds (see {@link describeValues}) as named columns: the count of
 * non-null values, their total, mean, median, 90th percentile (linear interpolation) and
 * maximum. Null rule: nulls are left out; with no values every figure but the count is null.
 *
 * @example
 * durationColumns('eva_time', [3600, null, 7200]);
 * // { eva_time_count: 2, eva_time_total_s: 10800, eva_time_mean_s: 5400,
 * //   eva_time_median_s: 5400, eva_time_p90_s: 6840, eva_time_max_s: 7200 }
 */
export function durationColumns(
  prefix: string,
  seconds: readonly (number | null | undefined)[],
): Record<string, number | null> {
  const s = describeValues(seconds);
  const values: (number | null)[] = [s.count, s.total, s.mean, s.median, s.p90, s.max];
  return Object.fromEntries(FIGURES.map((figure, i) => [`${prefix}_${figure}`, values[i] ?? null]));
}
