/**
 * Names the columns of cells a table was read into, and builds the Arquero table from them
 * without copying: every column is present even when there are no rows.
 */
import { table, type ColumnTable } from 'arquero';

/** Columns of cells by name, in the order of `names`. */
export function columnsByName(
  names: readonly string[],
  cells: readonly (readonly unknown[])[],
): Record<string, readonly unknown[]> {
  const columns: Record<string, readonly unknown[]> = {};
  names.forEach((name, i) => (columns[name] = cells[i] ?? []));
  return columns;
}

/** A column-oriented table of the named columns, in their order; the arrays are not copied. */
export function buildTable(columns: Record<string, readonly unknown[]>): ColumnTable {
  return table(columns);
}
