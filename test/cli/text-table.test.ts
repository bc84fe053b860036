// textTable(): the query command's terminal table.
import { table } from 'arquero';
import { expect, test } from 'vitest';
import { textTable } from '../../src/cli/text-table.js';

test('textTable(table, columns) pads columns, numbers to the right, null as blank', () => {
  const data = table({ id: [7, 1234], name: ['Ship 37', null], extra: ['x', 'y'] });
  expect(textTable(data, ['id', 'name'])).toEqual([
    'id    name',
    '----  -------',
    '   7  Ship 37',
    '1234',
  ]);
});
