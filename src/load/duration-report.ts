/**
 * Counts, per duration column, the values, nulls, zeros, negatives and fractions, and the
 * zeros that are suspicious: a `time_in_space` of `P0D` on a record (spacecraft or
 * astronaut) whose `flights_count` is above 0, and an `eva_time` of `P0D` on an astronaut
 * whose `spacewalks_count` is above 0 (LL2 writes `P0D` both for a true zero and for "no
 * data"). A zero `time_docked` is ordinary: most spacecraft never dock.
 */
import type { DurationReport } from './load-report.js';

/** The duration report of one table's `_s` columns, given the table's columns by name. */
export function reportDurations(
  tableName: string,
  columns: Readonly<Record<string, readonly unknown[]>>,
): DurationReport[] {
  return Object.keys(columns)
    .filter((c) => c.endsWith('_s'))
    .map((column) => countColumn(tableName, columns, column));
}

function countColumn(
  table: string,
  columns: Readonly<Record<string, readonly unknown[]>>,
  column: string,
) {
  const report: DurationReport = {
    table,
    column,
    values: 0,
    nulls: 0,
    zeros: 0,
    negatives: 0,
    fractional: 0,
    suspiciousZeros: 0,
    suspiciousWhenAbove0: EVIDENCE[column] ?? null,
  };
  const values = columns[column] as readonly unknown[];
  const evidenceColumn = EVIDENCE[column];
  const evidence = evidenceColumn === undefined ? undefined : columns[evidenceColumn];
  for (let row = 0; row < values.length; row++) {
    const value = values[row];
    if (typeof value !== 'number') {
      report.nulls++;
      continue;
    }
    report.values++;
    if (value === 0) report.zeros++;
    if (value === 0 && suspicious(evidence?.[row])) report.suspiciousZeros++;
    if (value < 0) report.negatives++;
    if (!Number.isInteger(value)) report.fractional++;
  }
  return report;
}

// The count that says a zero of this column cannot be a true zero.
const EVIDENCE: Record<string, string> = {
  time_in_space_s: 'flights_count',
  eva_time_s: 'spacewalks_count',
};

// A zero is suspicious when the evidence count of its row is above 0.
function suspicious(count: unknown): boolean {
  return typeof count === 'number' && count > 0;
}
