/**
 * Builds a result table from row objects, keeping its columns when there are no rows.
 */
import { table, type ColumnTable } from 'arquero';

/**
 * A table with the given columns in order, one row per object; a value an object lacks is
 * null. With no rows the table still has every column (and no rows).
 *
 * @example
 * tableFromRows([{ a: 1 }], ['a', 'b']).objects(); // [{ a: 1, b: null }]
 */
export function tableFromRows(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
): ColumnTable {
  return table(Object.fromEntries(columns.map((name) => [name, rows.map((r) => r[name] ?? null)])));
}
