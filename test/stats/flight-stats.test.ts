// flightStats() on the hand-made tables of fixtures.ts.
import { expect, test } from 'vitest';
import { flightStats } from '../../src/stats/flight-stats.js';
import { flightsTable, spacecraftTable } from './fixtures.js';

const rowsOf = (t: { objects(): object[] }) => t.objects() as Record<string, unknown>[];

test("flightStats(tables, { by: 'agency' }) counts LL2's flights and the data's apart", () => {
  const rows = rowsOf(
    flightStats({ spacecraft: spacecraftTable(), flights: flightsTable() }, { by: 'agency' }),
  );
  expect(rows).toEqual([
    {
      group_id: 20,
      group_name: 'Agency A',
      spacecraft_count: 3,
      // flights_count 3, 1, 0: total 4, mean 4 / 3, max 3
      flights_count_count: 3,
      flights_total: 4,
      flights_per_spacecraft_mean: 4 / 3,
      flights_per_spacecraft_max: 3,
      // flights 100, 101, 102 (spacecraft 1) and 103 (2) launched; 105 (4) is TBD
      data_flights_launched: 4,
      data_flights_planned: 1,
    },
    {
      group_id: 21,
      group_name: 'Agency B',
      spacecraft_count: 3,
      // null, 2, 1: the null is left out: total 3, mean 3 / 2, max 2
      flights_count_count: 2,
      flights_total: 3,
      flights_per_spacecraft_mean: 1.5,
      flights_per_spacecraft_max: 2,
      // 104 (5) launched, 106 (5) TBD
      data_flights_launched: 1,
      data_flights_planned: 1,
    },
  ]);
});

test('flightStats(spacecraft only) leaves the data counts null, not 0', () => {
  const rows = rowsOf(flightStats({ spacecraft: spacecraftTable() }, { by: 'status' }));
  expect(rows.map((r) => [r.group_name, r.data_flights_launched, r.data_flights_planned])).toEqual([
    ['Active', null, null],
    ['Retired', null, null],
  ]);
});

test("flightStats(tables, { by: 'name' }) gives null figures to a spacecraft with no count", () => {
  const rows = rowsOf(flightStats({ spacecraft: spacecraftTable() }, { by: 'name' }));
  expect(rows.find((r) => r.group_id === 'Beta')).toMatchObject({
    flights_count_count: 0,
    flights_total: null,
    flights_per_spacecraft_mean: null,
    flights_per_spacecraft_max: null,
  });
});
