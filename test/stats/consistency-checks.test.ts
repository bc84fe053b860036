// consistencyChecks() on the hand-made tables of fixtures.ts and the real flights file.
import { describe, expect, test } from 'vitest';
import { load } from '../../src/load/load.js';
import { consistencyChecks } from '../../src/stats/consistency-checks.js';
import { hasRealData, realFile } from '../support/real-data.js';
import { flightsTable, spacecraftTable } from './fixtures.js';

const rowsOf = (t: { objects(): object[] }) => t.objects() as Record<string, unknown>[];
const tables = () => ({ spacecraft: spacecraftTable(), flights: flightsTable() });

describe('consistencyChecks(hand-made)', () => {
  test('consistencyChecks(tables) finds a short flight count and a P0D total', () => {
    expect(rowsOf(consistencyChecks(tables()))).toEqual([
      // Gamma: flights_count 2, one launched flight in the data (106 is TBD)
      {
        spacecraft_id: 5,
        spacecraft_name: 'Gamma',
        check: 'flights_count',
        ll2_value: 2,
        data_value: 1,
        difference: 1,
      },
      // Delta: flights_count 1 but time_in_space P0D, and no flights to sum
      {
        spacecraft_id: 6,
        spacecraft_name: 'Delta',
        check: 'zero_time_in_space',
        ll2_value: 0,
        data_value: null,
        difference: null,
      },
    ]);
    // Not found: 1 (3 flights, 300 + 300 + 400 = 1000 = its total), 2 (in space: 3000 -
    // 2800 = 200 s, within 300 s), 3 (no data), 4 (placeholder, 0 flights, 0 launched).
  });

  test('consistencyChecks(tables, { inSpaceToleranceS: 100 }) flags the live 200 s gap', () => {
    const time = rowsOf(consistencyChecks(tables(), { inSpaceToleranceS: 100 })).filter(
      (r) => r.check === 'time_in_space',
    );
    expect(time).toEqual([
      {
        spacecraft_id: 2,
        spacecraft_name: 'Alpha 2',
        check: 'time_in_space',
        ll2_value: 3000,
        data_value: 2800,
        difference: 200,
      },
    ]);
  });

  test('consistencyChecks(spacecraft only) can only find P0D totals', () => {
    const rows = rowsOf(consistencyChecks({ spacecraft: spacecraftTable() }));
    expect(rows.map((r) => [r.spacecraft_id, r.check])).toEqual([[6, 'zero_time_in_space']]);
  });
});

describe.skipIf(!hasRealData)('consistencyChecks(real flights file)', () => {
  const FILE = 'll2-2.3.0-lldev-spacecraft_flights-normal-38.json';

  test('consistencyChecks(flights file) lists the ten spacecraft with flights missing', async () => {
    const rows = rowsOf(consistencyChecks(await load(realFile(FILE))));
    // flights_count against launched flights in the file: H.G. Wells 12 vs 1, Endeavour 6
    // vs 1, Starliner 2 1 vs 0 (its one flight here is TBD), First Step 16 vs 3, C209 6 vs
    // 1, Freedom 5 vs 1, C211 3 vs 1, X-37B 1 4 vs 1, CSV 4 vs 1, Kármán Line 4 vs 1.
    expect(rows.map((r) => [r.spacecraft_id, r.check, r.ll2_value, r.data_value])).toEqual([
      [276, 'flights_count', 12, 1],
      [289, 'flights_count', 6, 1],
      [290, 'flights_count', 1, 0],
      [453, 'flights_count', 16, 3],
      [474, 'flights_count', 6, 1],
      [551, 'flights_count', 5, 1],
      [554, 'flights_count', 3, 1],
      [558, 'flights_count', 4, 1],
      [560, 'flights_count', 4, 1],
      [599, 'flights_count', 4, 1],
    ]);
  });

  test('consistencyChecks(flights file, 150 s) shows the live gaps of the craft in space', async () => {
    const rows = rowsOf(consistencyChecks(await load(realFile(FILE)), { inSpaceToleranceS: 150 }));
    const gaps = rows.filter((r) => r.check === 'time_in_space');
    // Soyuz MS-28: time_in_space P233DT16H14M49S = 20131200 + 57600 + 840 + 49 = 20189689;
    // its flight's duration P233DT16H17M25.637939S = 20131200 + 57600 + 1020 + 25.637939
    // = 20189845.637939: LL2's total is 156.637939 s behind.
    expect(gaps[0]).toMatchObject({ spacecraft_id: 612, ll2_value: 20189689 });
    expect(gaps[0]?.difference as number).toBeCloseTo(-156.637939, 6);
    // All seven in space (612, 616, 625 to 629) are 150 to 300 s behind; none of the landed.
    expect(gaps.map((r) => r.spacecraft_id)).toEqual([612, 616, 625, 626, 627, 628, 629]);
  });
});
