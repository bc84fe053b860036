/**
 * A grouping key read from columns: a group id per row, and a group's name read once.
 */
import type { ColumnTable } from 'arquero';
import { InputError, messages } from '../messages.js';
import { columnValues } from './column-values.js';
import type { GroupId } from './group-rows.js';

/**
 * What groups rows, read from columns so that grouping a million rows makes no object per
 * row: `ids[row]` is the row's group id (null or undefined for the unknown group), and a
 * group's name is asked for once, from the first row seen with its id.
 */
export interface KeyColumns {
  /** The group id of each row; null or undefined puts the row in the unknown group. */
  ids: ArrayLike<unknown>;
  /** The name of the group of `row`, whose id is `id` (not null). */
  nameOf: (row: number, id: GroupId) => string;
  /** The name of the unknown group. */
  unknown: string;
}

/**
 * Keys from an id column and a name column, such as `status_id` and `status_name`: grouped
 * by id, named by the name of the group's first row (the id as text when that name is null);
 * rows whose id is null are the group named `unknown` (or the label given).
 *
 * @example
 * import { table } from 'arquero';
 * const key = idNameColumns(table({ a_id: [4, null], a_name: [null, 'x'] }), 'a_id', 'a_name');
 * key.nameOf(0, 4); // '4', the id as text: the name is null
 * key.unknown; // 'unknown'
 */
export function idNameColumns(
  data: ColumnTable,
  idColumn: string,
  nameColumn: string,
  unknown = 'unknown',
): KeyColumns {
  const names = columnValues(data, nameColumn);
  return {
    ids: columnValues(data, idColumn),
    nameOf: (row, id) => (names[row] as string | null | undefined) ?? String(id),
    unknown,
  };
}

/**
 * Keys from the values of one column: the value is the id (a date as its ISO 8601 UTC form)
 * and, as text, the name; null is `unknown`. Throws an {@link InputError} naming the known
 * groupings (`named`) when the table has no such column.
 *
 * @example
 * import { table } from 'arquero';
 * const key = valueColumns(table({ d: [new Date('1969-07-16T13:32:00Z')] }), 'd', []);
 * key.ids[0]; // '1969-07-16T13:32:00.000Z'
 */
export function valueColumns(
  data: ColumnTable,
  column: string,
  named: readonly string[],
): KeyColumns {
  if (!data.columnNames().includes(column)) {
    throw new InputError(messages.unknownGrouping(column, named, data.columnNames()));
  }
  const values = columnValues(data, column);
  // A Date is an object: two equal instants are two ids unless keyed by their text.
  const hasDates = Array.prototype.some.call(values, (v) => v instanceof Date);
  const ids = hasDates
    ? Array.from(values, (v) => (v instanceof Date ? v.toISOString() : v))
    : values;
  return { ids, nameOf: (_row, id) => String(id), unknown: 'unknown' };
}
