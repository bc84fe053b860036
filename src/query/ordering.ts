/**
 * LL2's `ordering` for spacecraft: fields, direction, where nulls go, and ties.
 */
import { InputError, messages } from '../messages.js';
import { ORDERING_COLUMNS, type OrderingField } from './query-options.js';

/** One sort key: a table column and its direction. */
export interface OrderingKey {
  column: string;
  descending: boolean;
}

/**
 * Reads an `ordering` value: fields separated by commas, each with an optional leading `-`
 * for descending. Blank means the default, `id`. A field the endpoint does not document is
 * an {@link InputError} (the server silently ignores it; offline we say so instead).
 *
 * @example
 * parseOrdering('-flights_count'); // [{ column: 'flights_count', descending: true }]
 */
export function parseOrdering(ordering: string | undefined): OrderingKey[] {
  const parts = (ordering ?? '').split(',').map((part) => part.trim());
  const keys = parts
    .filter((part) => part !== '')
    .map((part) => {
      const descending = part.startsWith('-');
      const field = descending ? part.slice(1) : part;
      if (!Object.hasOwn(ORDERING_COLUMNS, field)) {
        throw new InputError(messages.queryOrdering(part, Object.keys(ORDERING_COLUMNS)));
      }
      return { column: ORDERING_COLUMNS[field as OrderingField], descending };
    });
  return keys.length > 0 ? keys : [{ column: 'id', descending: false }];
}

/**
 * Compares two rows by the keys, then by id ascending so the order is total. Nulls sort as
 * PostgreSQL sorts them, which is what the server leaves it to: last ascending, first
 * descending (a null is larger than any value).
 *
 * @example
 * // flights_count 3, null, 5 by -flights_count: null, 5, 3
 */
export function compareRows(
  keys: readonly OrderingKey[],
  columns: ReadonlyMap<string, readonly unknown[]>,
  ids: readonly unknown[],
): (a: number, b: number) => number {
  return (a, b) => {
    for (const key of keys) {
      const values = columns.get(key.column) ?? [];
      const order = compareNullsLargest(values[a], values[b]);
      if (order !== 0) return key.descending ? -order : order;
    }
    return compareNullsLargest(ids[a], ids[b]);
  };
}

function compareNullsLargest(a: unknown, b: unknown): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}
