/**
 * Groups the rows of a table by a key: the building block of every grouped aggregate.
 */
import type { ColumnTable } from 'arquero';
import { compareGroups } from './group-order.js';
import { idNameColumns, valueColumns, type KeyColumns } from './group-key-columns.js';

/** A group's key value: an id, a decade, or any value of a column; null when unknown. */
export type GroupId = number | string | boolean | null;

/** One group: its key, the name shown for it, and the row indexes it holds. */
export interface Group {
  id: GroupId;
  name: string;
  rows: number[];
}

/** The key of one row. */
export type GroupKey = (row: number) => { id: GroupId; name: string };

/**
 * Groups row indexes `0 … rowCount - 1` by `key`. Rows with the same non-null id form one
 * group (the first name seen is kept); rows with a null id are grouped by name. Groups are
 * sorted by id (`order: 'id'`; numbers and strings ascending, null last) or by name.
 *
 * @example
 * groupRows(3, (i) => ({ id: i % 2, name: `g${i % 2}` }), 'id');
 * // [{ id: 0, name: 'g0', rows: [0, 2] }, { id: 1, name: 'g1', rows: [1] }]
 */
export function groupRows(rowCount: number, key: GroupKey, order: 'id' | 'name'): Group[] {
  // Keyed by the id itself (a Map tells 1 from '1'); groups without an id by their name.
  const withId = new Map<GroupId, Group>();
  const withoutId = new Map<string, Group>();
  for (let row = 0; row < rowCount; row++) {
    const { id, name } = key(row);
    let group = id === null ? withoutId.get(name) : withId.get(id);
    if (!group) {
      group = { id, name, rows: [] };
      if (id === null) withoutId.set(name, group);
      else withId.set(id, group);
    }
    group.rows.push(row);
  }
  return [...withId.values(), ...withoutId.values()].sort(compareGroups(order));
}

/**
 * A key from an id column and a name column, such as `status_id` and `status_name`: grouped
 * by id, shown by name (the id as text when the name is null); a row whose id is null is in
 * the group named `unknown` (or the label given).
 *
 * @example
 * import { table } from 'arquero';
 * const spacecraft = table({ status_id: [4, null], status_name: ['Single Use', null] });
 * idNameKey(spacecraft, 'status_id', 'status_name')(0); // { id: 4, name: 'Single Use' }
 * idNameKey(spacecraft, 'status_id', 'status_name')(1); // { id: null, name: 'unknown' }
 */
export function idNameKey(
  data: ColumnTable,
  idColumn: string,
  nameColumn: string,
  unknown = 'unknown',
): GroupKey {
  return keyOfColumns(idNameColumns(data, idColumn, nameColumn, unknown));
}

/**
 * A key from the values of any one column: the value is the id and, as text, the name (a
 * date as its ISO 8601 UTC form); null is `unknown`. Throws an {@link InputError} naming the
 * known groupings when the table has no such column.
 *
 * @example
 * import { table } from 'arquero';
 * const spacecraft = table({ in_space: [false, null] });
 * columnKey(spacecraft, 'in_space', [])(0); // { id: false, name: 'false' }
 * columnKey(spacecraft, 'in_space', [])(1); // { id: null, name: 'unknown' }
 */
export function columnKey(data: ColumnTable, column: string, named: readonly string[]): GroupKey {
  return keyOfColumns(valueColumns(data, column, named));
}

function keyOfColumns({ ids, nameOf, unknown }: KeyColumns): GroupKey {
  return (row) => {
    const id = (ids[row] ?? null) as GroupId;
    return id === null ? { id, name: unknown } : { id, name: nameOf(row, id) };
  };
}
