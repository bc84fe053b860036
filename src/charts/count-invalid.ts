import type { ChartRow } from './chart-rows.js';

/**
 * Counts the rows whose `column` is not a finite number: the rows a Vega-Lite
 * `{ filter: { field: column, valid: true } }` transform leaves out.
 *
 * `null`, a missing value, `NaN`, `Infinity` and any non-number count as invalid.
 *
 * @example
 * countInvalid([{ x: 1 }, { x: null }, { x: NaN }], 'x'); // 2
 * countInvalid([], 'x'); // 0
 */
export function countInvalid(rows: readonly ChartRow[], column: string): number {
  return rows.filter((row) => !isFiniteNumber(row[column])).length;
}

function isFiniteNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}
