/**
 * How a table column is read from a raw LL2 record: the column's name, the path of the field
 * in the record and the reader that checks it.
 */
import { InputError, messages, type Place } from '../messages.js';
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

/** What reading one record gave: its values by column, and the fields it lacked. */
export interface ReadRow {
  values: Record<string, unknown>;
  /** Dotted paths of fields absent from the record (not null: absent). */
  absent: string[];
}

/**
 * Reads every column of one record. A nested object that is null makes its columns null;
 * a nested value that is not an object, or a field of the wrong type, throws.
 */
export function readRow(
  record: Record<string, unknown>,
  specs: readonly ColumnSpec[],
  place: Place,
): ReadRow {
  const values: Record<string, unknown> = {};
  const absent: string[] = [];
  const fields = dottedPaths(specs);
  // One place for the whole record, its field set before each read: copying the place for
  // every field was the loader's largest cost. A reader that throws ends the loop, so the
  // place its error keeps is not changed afterwards.
  const where: Place = { ...place, field: null };
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i] as ColumnSpec;
    const found = walk(record, spec.path, place);
    where.field = fields[i] as string;
    if (found.absent && spec.column !== null) absent.push(where.field);
    const value = spec.read(found.value, where);
    if (spec.column !== null) values[spec.column] = value;
  }
  return { values, absent };
}

// The dotted path of each spec, joined once per list of specs rather than once per record.
const dottedCache = new WeakMap<readonly ColumnSpec[], string[]>();

function dottedPaths(specs: readonly ColumnSpec[]): string[] {
  let fields = dottedCache.get(specs);
  if (!fields) {
    fields = specs.map((spec) => spec.path.join('.'));
    dottedCache.set(specs, fields);
  }
  return fields;
}

function walk(record: Record<string, unknown>, path: readonly string[], place: Place) {
  let current: unknown = record;
  for (let i = 0; i < path.length; i++) {
    if (current === null) return { value: null, absent: false };
    if (typeof current !== 'object' || Array.isArray(current)) {
      const field = path.slice(0, i).join('.');
      const where = { ...place, field };
      throw new InputError(messages.fieldType(where, 'an object', current), where);
    }
    const key = path[i] as string;
    if (!(key in current)) return { value: undefined, absent: true };
    current = (current as Record<string, unknown>)[key];
  }
  return { value: current, absent: false };
}
