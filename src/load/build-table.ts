/**
 * Builds an Arquero table from rows, with every column present even when there are no rows.
 */
import { table, type ColumnTable } from 'arquero';

/** A column-oriented table with the given columns, in that order. */
export function buildTable(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
): ColumnTable {
  const data: Record<string, unknown[]> = {};
  for (const name of columns) data[name] = rows.map((row) => row[name] ?? null);
  return table(data);
}
