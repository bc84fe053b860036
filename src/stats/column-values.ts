/**
 * A column's values in row order, read in place when the table allows it.
 */
import type { ColumnTable } from 'arquero';

/**
 * The values of a column in the table's row order, for reading only. A table that is neither
 * filtered nor ordered gives its column array itself when the column is a plain or typed
 * array (Arquero's `Table.array` would copy it: 1M values per call at the benchmark's size);
 * any other table or column (Arrow) gives the copy `Table.array` makes.
 *
 * @example
 * import { table } from 'arquero';
 * const values = [3, null, 1];
 * const data = table({ x: values });
 * columnValues(data, 'x') === data.column('x'); // true, no copy
 * columnValues(data.filter((d) => d.x !== null), 'x'); // [3, 1]
 */
export function columnValues(data: ColumnTable, name: string): ArrayLike<unknown> {
  const column = data.column(name) as unknown;
  const inPlace =
    !data.isFiltered() &&
    !data.isOrdered() &&
    (Array.isArray(column) || ArrayBuffer.isView(column)) &&
    (column as ArrayLike<unknown>).length === data.numRows();
  return inPlace ? (column as ArrayLike<unknown>) : (data.array(name) as ArrayLike<unknown>);
}
