// indexGroups (a group number per row) against groupRows (a Map of groups with their rows,
// the older way), which must agree on the groups, their names, their order and their rows.
import { table } from 'arquero';
import { expect, test } from 'vitest';
import { groupsWithRows, indexGroups } from '../../src/stats/group-index.js';
import { idNameColumns, valueColumns } from '../../src/stats/group-key-columns.js';
import { columnKey, groupRows, idNameKey } from '../../src/stats/group-rows.js';
import { mulberry32 } from '../support/seeded-random.js';

function randomColumns(seed: number, rows: number) {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  // Ids of every kind a column may hold: small and large whole numbers, fractions,
  // negatives, strings that look like numbers, booleans, dates, null, undefined and NaN.
  const ids = [1, 2, 3, 7, 70_000, 2 ** 40, 1.5, -4, '1', 'b', true, false, null, undefined, NaN];
  const id = Array.from({ length: rows }, () => pick(ids));
  // Names vary within an id: the group keeps the first row's name.
  const name = id.map((v) => (random() < 0.2 ? null : `name ${String(v)} ${pick(['x', 'y'])}`));
  const when = Array.from({ length: rows }, () =>
    random() < 0.2 ? null : new Date(Date.UTC(1960 + Math.floor(random() * 3), 0, 1)),
  );
  return table({ id, name, when });
}

test('indexGroups(idNameColumns) gives the groups of groupRows(idNameKey), by name', () => {
  for (let seed = 1; seed <= 20; seed++) {
    const data = randomColumns(seed, 200);
    const expected = groupRows(200, idNameKey(data, 'id', 'name', 'unknown x'), 'name');
    const index = indexGroups(idNameColumns(data, 'id', 'name', 'unknown x'), 'name');
    expect(groupsWithRows(index)).toEqual(expected);
    expect([...index.sizes]).toEqual(expected.map((g) => g.rows.length));
  }
});

test('indexGroups(valueColumns) gives the groups of groupRows(columnKey), by id', () => {
  for (let seed = 1; seed <= 20; seed++) {
    const data = randomColumns(seed, 200);
    for (const column of ['id', 'when']) {
      const expected = groupRows(200, columnKey(data, column, []), 'id');
      expect(groupsWithRows(indexGroups(valueColumns(data, column, []), 'id'))).toEqual(expected);
    }
  }
});

test('indexGroups(key, order) of no rows has no groups', () => {
  const index = indexGroups({ ids: [], nameOf: () => 'x', unknown: 'unknown' }, 'id');
  expect(index.groups).toEqual([]);
  expect(index.groupOf).toHaveLength(0);
});

test('indexGroups(key) takes a group name from the first row of its id only', () => {
  // Rows 0 and 2 share id 5; nameOf is asked once, for row 0.
  const asked: number[] = [];
  const nameOf = (row: number) => (asked.push(row), `row ${row}`);
  const index = indexGroups({ ids: [5, null, 5, 6], nameOf, unknown: '?' }, 'id');
  expect(index.groups).toEqual([
    { id: 5, name: 'row 0' },
    { id: 6, name: 'row 3' },
    { id: null, name: '?' },
  ]);
  expect(asked).toEqual([0, 3]);
  expect([...index.groupOf]).toEqual([0, 2, 0, 1]);
});
