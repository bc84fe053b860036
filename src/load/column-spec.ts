/**
 * How a table column is read from a raw LL2 record: the column's name, the path of the field
 * in the record and the reader that checks it.
 */
import type { FieldReader } from './field-readers.js';

/** One column of a table and where its value lives in a raw record. */
export interface ColumnSpec {
  /** The column's name, or null for a field that is only checked (it must be there). */
  column: string | null;
  path: readonly string[];
  read: FieldReader;
}

/** A spec from a column name whose path is the name split at `.`. */
export function col(column: string, dotted: string, read: FieldReader): ColumnSpec {
  return { column, path: dotted.split('.'), read };
}

/** A field that is checked but gives no column, such as a config that must be an object. */
export function check(dotted: string, read: FieldReader): ColumnSpec {
  return { column: null, path: dotted.split('.'), read };
}
