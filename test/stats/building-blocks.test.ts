// The small pieces the aggregates are built from: dockedShare, durationColumns, groupRows,
// columnKey, tableFromRows and flightsOfSpacecraft, on values worked out by hand.
import { table } from 'arquero';
import { expect, test } from 'vitest';
import { messages } from '../../src/messages.js';
import { dockedShare } from '../../src/stats/docked-share.js';
import { durationColumns } from '../../src/stats/duration-columns.js';
import { flightsOfSpacecraft } from '../../src/stats/flights-of-spacecraft.js';
import { columnKey, groupRows, idNameKey } from '../../src/stats/group-rows.js';
import { tableFromRows } from '../../src/stats/table-from-rows.js';
import { flightsTable } from './fixtures.js';

test('dockedShare(inSpace, docked) sums only the records that have both', () => {
  // Only the first record has both: 40 / 100
  expect(dockedShare([100, 50, null], [40, null, 10])).toEqual({ count: 1, share: 0.4 });
  // (30 + 10) / (100 + 300) = 0.1
  expect(dockedShare([100, 300], [30, 10])).toEqual({ count: 2, share: 0.1 });
  expect(dockedShare([null], [5])).toEqual({ count: 0, share: null });
  expect(dockedShare([0], [0])).toEqual({ count: 1, share: null }); // 0 / 0 is no share
});

test("durationColumns('eva_time', seconds) names the six figures", () => {
  // 3600 and 7200: p90 = 3600 + 0.9 * 3600 = 6840
  expect(durationColumns('eva_time', [3600, null, 7200])).toEqual({
    eva_time_count: 2,
    eva_time_total_s: 10800,
    eva_time_mean_s: 5400,
    eva_time_median_s: 5400,
    eva_time_p90_s: 6840,
    eva_time_max_s: 7200,
  });
});

test('groupRows(n, key, order) sorts by id with null last, or by name', () => {
  const ids = [3, null, 1, 3, null];
  const key = (row: number) => ({ id: ids[row] ?? null, name: `n${ids[row] ?? 'x'}` });
  expect(groupRows(5, key, 'id')).toEqual([
    { id: 1, name: 'n1', rows: [2] },
    { id: 3, name: 'n3', rows: [0, 3] },
    { id: null, name: 'nx', rows: [1, 4] },
  ]);
  const named = groupRows(3, (row) => ({ id: row, name: ['b', 'c', 'a'][row] as string }), 'name');
  expect(named.map((g) => g.name)).toEqual(['a', 'b', 'c']);
});

test('idNameKey(table, id, name, unknown) keys by id and names null ids as unknown', () => {
  const data = table({ a_id: [7, null, 7], a_name: ['Seven', null, 'Seven'] });
  const groups = groupRows(3, idNameKey(data, 'a_id', 'a_name', 'unknown a'), 'name');
  expect(groups).toEqual([
    { id: 7, name: 'Seven', rows: [0, 2] },
    { id: null, name: 'unknown a', rows: [1] },
  ]);
});

test('columnKey(table, column) groups dates by their UTC instant and refuses a missing column', () => {
  const data = table({ d: [new Date('1969-07-16T13:32:00Z'), null] });
  const key = columnKey(data, 'd', ['decade']);
  expect(key(0)).toEqual({ id: '1969-07-16T13:32:00.000Z', name: '1969-07-16T13:32:00.000Z' });
  expect(key(1)).toEqual({ id: null, name: 'unknown' });
  expect(() => columnKey(data, 'e', ['decade'])).toThrow(
    messages.unknownGrouping('e', ['decade'], ['d']),
  );
});

test('tableFromRows(rows, columns) keeps the columns of an empty result', () => {
  expect(tableFromRows([{ a: 1 }], ['a', 'b']).objects()).toEqual([{ a: 1, b: null }]);
  expect(tableFromRows([], ['a', 'b']).columnNames()).toEqual(['a', 'b']);
});

test('flightsOfSpacecraft(flights) puts TBD flights apart from launched ones', () => {
  const bySpacecraft = flightsOfSpacecraft(flightsTable());
  // Rows 0-2 are spacecraft 1's launched flights; row 6 (flight 106) is 5's TBD one.
  expect(bySpacecraft.get(1)).toEqual({ launched: [0, 1, 2], planned: [] });
  expect(bySpacecraft.get(5)).toEqual({ launched: [4], planned: [6] });
  expect(bySpacecraft.get(3)).toBeUndefined();
  expect(flightsOfSpacecraft(null).size).toBe(0);
});
