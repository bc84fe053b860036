/**
 * Counts, per duration column, the values, nulls, zeros, negatives and fractions, and the
 * zeros that are suspicious: a `time_in_space` of `P0D` on a record whose `flights_count` is
 * above 0 (LL2 writes `P0D` both for a true zero and for "no data"). A zero `time_docked` is
 * ordinary: most spacecraft never dock.
 */
import type { DurationReport } from './load-report.js';

/** The duration report of one table's `_s` columns. */
export function reportDurations(
  tableName: string,
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
): DurationReport[] {
  return columns
    .filter((c) => c.endsWith('_s'))
    .map((column) => countColumn(tableName, rows, column));
}

function countColumn(table: string, rows: readonly Record<string, unknown>[], column: string) {
  const report: DurationReport = {
    table,
    column,
    values: 0,
    nulls: 0,
    zeros: 0,
    negatives: 0,
    fractional: 0,
    suspiciousZeros: 0,
  };
  for (const row of rows) {
    const value = row[column];
    if (typeof value !== 'number') {
      report.nulls++;
      continue;
    }
    report.values++;
    if (value === 0) report.zeros++;
    if (value === 0 && column === 'time_in_space_s' && flown(row)) {
      report.suspiciousZeros++;
    }
    if (value < 0) report.negatives++;
    if (!Number.isInteger(value)) report.fractional++;
  }
  return report;
}

function flown(row: Record<string, unknown>): boolean {
  return typeof row.flights_count === 'number' && row.flights_count > 0;
}
