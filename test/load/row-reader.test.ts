// rowReader: the fields of hand-written records read into cells, each expected cell and
// message written out by hand from the record above it.
import { describe, expect, test } from 'vitest';
import { col, type ColumnSpec } from '../../src/load/column-spec.js';
import { integer, text, type Cell } from '../../src/load/field-readers.js';
import { rowReader } from '../../src/load/row-reader.js';
import { messages, type InputError } from '../../src/messages.js';

const SPECS: ColumnSpec[] = [
  col('id', 'id', integer),
  col('config_name', 'config.name', text),
  col('agency_id', 'config.agency.id', integer),
  col('agency_name', 'config.agency.name', text),
  col('status_id', 'status.id', integer),
];
const COLUMNS = ['id', 'config_name', 'agency_id', 'agency_name', 'status_id', 'other'];
const place = { file: 'a.json', recordId: 7 };

function readOne(record: Record<string, unknown>) {
  const out: Cell[] = COLUMNS.map(() => 'untouched');
  const absent = rowReader(SPECS, COLUMNS)(record, place, out);
  return { out, absent };
}

function errorOf(record: Record<string, unknown>): InputError {
  try {
    readOne(record);
  } catch (error) {
    return error as InputError;
  }
  throw new Error('the record was read');
}

describe('rowReader', () => {
  test('reads nested fields into the columns the specs name, in column order', () => {
    const record = {
      status: { id: 3 },
      config: { agency: { name: 'NASA', id: 44 }, name: 'Apollo' },
      id: 7,
    };
    expect(readOne(record)).toEqual({
      out: [7, 'Apollo', 44, 'NASA', 3, 'untouched'],
      absent: [],
    });
  });

  test('a null parent makes its fields null and not absent; an absent one makes them absent', () => {
    expect(readOne({ id: 1, config: null })).toEqual({
      out: [1, null, null, null, null, 'untouched'],
      absent: ['status.id'],
    });
    expect(readOne({ id: 1, config: { name: 'Soyuz' }, status: null })).toEqual({
      out: [1, 'Soyuz', null, null, null, 'untouched'],
      absent: ['config.agency.id', 'config.agency.name'],
    });
  });

  test('a parent that is not an object is named with its value', () => {
    const error = errorOf({ id: 1, config: { name: 'Soyuz', agency: 'NASA' } });
    const where = { ...place, field: 'config.agency' };
    expect(error.message).toBe(messages.fieldType(where, 'an object', 'NASA'));
    expect(error.place).toEqual(where);
  });

  test('of several faults, the first in spec order is reported', () => {
    // config.name (2nd spec) is a number; config.agency (3rd and 4th) is a list.
    const error = errorOf({ id: 1, config: { name: 5, agency: [] }, status: 'x' });
    expect(error.place).toEqual({ ...place, field: 'config.name' });
    expect(error.message).toBe(
      messages.fieldType({ ...place, field: 'config.name' }, 'a string', 5),
    );
  });

  test('parents found in one record are not reused for the next', () => {
    const read = rowReader(SPECS, COLUMNS);
    const out: Cell[] = COLUMNS.map(() => null);
    read(
      { id: 1, config: { name: 'A', agency: { id: 2, name: 'B' } }, status: { id: 3 } },
      place,
      out,
    );
    expect(read({ id: 4, config: null, status: { id: 5 } }, place, out)).toEqual([]);
    expect(out).toEqual([4, null, null, null, 5, null]);
  });
});
