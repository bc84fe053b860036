// parseOrdering() and compareRows(): LL2's ordering parameter, by hand.
import { expect, test } from 'vitest';
import { InputError } from '../../src/messages.js';
import { compareRows, parseOrdering } from '../../src/query/ordering.js';

test('parseOrdering(text) reads fields, directions and the default', () => {
  expect(parseOrdering('-flights_count, time_in_space')).toEqual([
    { column: 'flights_count', descending: true },
    { column: 'time_in_space_s', descending: false },
  ]);
  expect(parseOrdering(undefined)).toEqual([{ column: 'id', descending: false }]);
  expect(parseOrdering(' , ')).toEqual([{ column: 'id', descending: false }]);
  expect(() => parseOrdering('time_in_space_s')).toThrow(InputError);
  expect(() => parseOrdering('--id')).toThrow(InputError);
});

test('compareRows(keys) sorts nulls last ascending, first descending, ties by id', () => {
  const values = [3, null, 5, 3];
  const ids = [40, 30, 20, 10];
  const columns = new Map([['flights_count', values]]);
  const rows = [0, 1, 2, 3];
  const asc = compareRows([{ column: 'flights_count', descending: false }], columns, ids);
  const desc = compareRows([{ column: 'flights_count', descending: true }], columns, ids);
  // ascending: 3 (id 10), 3 (id 40), 5, null
  expect([...rows].sort(asc)).toEqual([3, 0, 2, 1]);
  // descending: null, 5, then the 3s still by id ascending
  expect([...rows].sort(desc)).toEqual([1, 2, 3, 0]);
});
