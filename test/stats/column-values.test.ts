// columnValues reads a plain table's column in place and copies otherwise, so that what it
// gives is always the column in the table's row order.
import { table } from 'arquero';
import { expect, test } from 'vitest';
import { columnValues } from '../../src/stats/column-values.js';

test('columnValues(table, name) is the column array itself for a plain table', () => {
  const x = [3, null, 1];
  const typed = Float64Array.of(1, 2, 3);
  const data = table({ x, typed });
  expect(columnValues(data, 'x')).toBe(data.column('x'));
  expect(columnValues(data, 'typed')).toBe(data.column('typed'));
});

test('columnValues(table, name) follows a filter and an order, as Table.array does', () => {
  const data = table({ x: [3, null, 1, 2] });
  const filtered = data.filter((d: { x: number | null }) => d.x !== null);
  expect(columnValues(filtered, 'x')).toEqual([3, 1, 2]);
  expect(columnValues(data.orderby('x'), 'x')).toEqual(data.orderby('x').array('x'));
  expect(columnValues(filtered.orderby('x'), 'x')).toEqual([1, 2, 3]);
});
