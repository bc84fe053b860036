/**
 * Reads the fields of a raw record into a row of table cells, following a list of column
 * specs prepared once per kind and API version.
 *
 * Many specs share a parent object (`spacecraft_config.agency.id`, `.name`, `.abbrev`): each
 * parent is looked up once per record, not once per field, and only when a spec first needs
 * it, so a record with several faults reports the same first fault as reading the specs one
 * by one in order would.
 */
import { InputError, messages, type Place } from '../messages.js';
import type { ColumnSpec } from './column-spec.js';
import type { Cell } from './field-readers.js';

type Json = Record<string, unknown>;

/**
 * Reads one record into `out`, at each spec's column index (cells of columns no spec names
 * are left as they are); returns the dotted paths of the fields the record lacked.
 */
export type RowReader = (record: Json, place: Place, out: Cell[]) => string[];

// What a parent object was found to be in this record: absent, null, or the object.
const ABSENT = Symbol('absent');
const NULL = Symbol('null');
type Parent = Json | typeof ABSENT | typeof NULL;

/**
 * A reader for one list of specs, writing each named column at its index in `columns`.
 *
 * A nested object that is null makes its fields null; one that is absent makes them absent
 * (null in the row, named in the result); a nested value that is not an object, or a field
 * of the wrong type, throws an {@link InputError} naming the field and showing the value.
 *
 * @example
 * // A reader that keeps any value as it is (the kit's readers check types too).
 * const asIs = Object.assign((value) => value ?? null, { json: 'string' });
 * const specs = [
 *   { column: 'id', path: ['id'], read: asIs },
 *   { column: 'status_name', path: ['status', 'name'], read: asIs },
 * ];
 * const read = rowReader(specs, ['id', 'status_name']);
 * const out = [null, null];
 * read({ id: 4, status: { name: 'Retired' } }, { file: 'a.json' }, out); // []
 * out; // [4, 'Retired']
 * read({ id: 5 }, { file: 'a.json' }, out); // ['status.name']
 */
export function rowReader(specs: readonly ColumnSpec[], columns: readonly string[]): RowReader {
  const plan = planParents(specs);
  const slots = specs.map((spec) => (spec.column === null ? -1 : columns.indexOf(spec.column)));
  const missing = specs.find((spec, i) => spec.column !== null && slots[i] === -1);
  if (missing) throw new Error(`no column ${String(missing.column)} among ${columns.join(', ')}`);
  const fields = specs.map((spec) => spec.path.join('.'));
  const leafKeys = specs.map((spec) => spec.path[spec.path.length - 1] as string);

  // Parent objects found in the current record; a parent is current when its stamp is.
  const found: Parent[] = new Array<Parent>(plan.keys.length).fill(NULL);
  const stamps = new Int32Array(plan.keys.length);
  let stamp = 0;

  // The parent at `index` (0 is the record itself) in the current record.
  function parentAt(index: number, record: Json, place: Place): Parent {
    if (index === 0) return record;
    if (stamps[index] === stamp) return found[index] as Parent;
    const above = parentAt(plan.above[index] as number, record, place);
    let parent: Parent;
    if (above === NULL || above === ABSENT) parent = above;
    else {
      const key = plan.keys[index] as string;
      const value = key in above ? above[key] : ABSENT;
      if (value === ABSENT || value === null) parent = value === null ? NULL : ABSENT;
      else if (typeof value === 'object' && !Array.isArray(value)) parent = value as Json;
      else {
        const where = { ...place, field: plan.dotted[index] as string };
        throw new InputError(messages.fieldType(where, 'an object', value), where);
      }
    }
    found[index] = parent;
    stamps[index] = stamp;
    return parent;
  }

  return (record, place, out) => {
    stamp = stamp === 0x7fffffff ? 1 : stamp + 1;
    const absent: string[] = [];
    // One place for the whole record, its field set before each read. A reader that throws
    // ends the loop, so the place its error keeps is not changed afterwards.
    // Written out rather than spread: one literal shape keeps the field's store fast.
    const where: Place = { file: place.file, recordId: place.recordId, field: null };
    for (let i = 0; i < specs.length; i++) {
      const parent = parentAt(plan.parentOf[i] as number, record, place);
      const key = leafKeys[i] as string;
      let value: unknown;
      let lacking = false;
      if (parent === NULL) value = null;
      else if (parent === ABSENT || !(key in parent)) lacking = true;
      else value = parent[key];
      const slot = slots[i] as number;
      where.field = fields[i] as string;
      if (lacking && slot !== -1) absent.push(where.field);
      const cell = (specs[i] as ColumnSpec).read(value, where);
      if (slot !== -1) out[slot] = cell;
    }
    return absent;
  };
}

// The parent objects the specs read from, each once: its key in the object above it, the
// index of that object (0 is the record), its dotted path; and each spec's parent index.
function planParents(specs: readonly ColumnSpec[]) {
  const index = new Map<string, number>([['', 0]]);
  const keys: string[] = [''];
  const above: number[] = [0];
  const dotted: string[] = [''];
  const parentOf = specs.map((spec) => {
    let current = 0;
    for (let depth = 0; depth < spec.path.length - 1; depth++) {
      const path = spec.path.slice(0, depth + 1).join('.');
      let next = index.get(path);
      if (next === undefined) {
        next = keys.length;
        index.set(path, next);
        keys.push(spec.path[depth] as string);
        above.push(current);
        dotted.push(path);
      }
      current = next;
    }
    return current;
  });
  return { keys, above, dotted, parentOf };
}
