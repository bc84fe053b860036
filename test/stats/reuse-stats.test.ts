// reuseStats() on the hand-made tables of fixtures.ts and on the real flights file.
import { describe, expect, test } from 'vitest';
import { load } from '../../src/load/load.js';
import { reuseStats } from '../../src/stats/reuse-stats.js';
import { hasRealData, realFile } from '../support/real-data.js';
import { flightsTable, spacecraftTable } from './fixtures.js';

const rowsOf = (t: { objects(): object[] }) => t.objects() as Record<string, unknown>[];
const tables = () => ({ spacecraft: spacecraftTable(), flights: flightsTable() });

describe('reuseStats(hand-made)', () => {
  test("reuseStats(tables, { by: 'agency' }) ignores placeholders and planned turnarounds", () => {
    const rows = rowsOf(reuseStats(tables(), { by: 'agency' }));
    expect(rows).toEqual([
      {
        group_id: 20,
        group_name: 'Agency A',
        spacecraft_count: 3,
        // 1 (3 flights) and 2 (1) flew, placeholder 4 left out: 1 of 2 reflew
        flown_count: 2,
        reflown_count: 1,
        reuse_rate: 0.5,
        flights_per_vehicle: 2, // (3 + 1) / 2
        // launched flights 100-103: turnarounds null, 86400, 3600, null
        turnaround_count: 2,
        fastest_turnaround_s: 3600,
        median_turnaround_s: 45000, // (3600 + 86400) / 2
      },
      {
        group_id: 21,
        group_name: 'Agency B',
        spacecraft_count: 3,
        // 5 (2 flights) and 6 (1) flew, 3 has no count
        flown_count: 2,
        reflown_count: 1,
        reuse_rate: 0.5,
        flights_per_vehicle: 1.5, // (2 + 1) / 2
        // 104 has no turnaround; 106's 100 s is to a TBD launch: left out, so none
        turnaround_count: 0,
        fastest_turnaround_s: null,
        median_turnaround_s: null,
      },
    ]);
  });

  test('reuseStats(tables, { includePlaceholders }) counts the placeholder, which never flew', () => {
    const [a] = rowsOf(reuseStats(tables(), { by: 'agency', includePlaceholders: true }));
    // Placeholder 4 has flights_count 0 and only a TBD flight: nothing changes.
    expect(a).toMatchObject({ flown_count: 2, reuse_rate: 0.5, turnaround_count: 2 });
  });

  test("reuseStats(tables, { by: 'name' }) gives null rates to a group that never flew", () => {
    const rows = rowsOf(reuseStats(tables(), { by: 'name' }));
    expect(rows.find((r) => r.group_id === 'Beta')).toMatchObject({
      flown_count: 0,
      reuse_rate: null,
      flights_per_vehicle: null,
      fastest_turnaround_s: null,
    });
  });
});

describe.skipIf(!hasRealData)('reuseStats(real flights file)', () => {
  test("reuseStats(flights, { by: 'spacecraft_config' }) finds Crew Capsule 2.0's turnarounds", async () => {
    const loaded = await load(realFile('ll2-2.3.0-lldev-spacecraft_flights-normal-38.json'));
    const rows = rowsOf(reuseStats(loaded, { by: 'spacecraft_config' }));
    // Crew Capsule 2.0 (21): RSS H.G. Wells 12 flights, First Step 16, Kármán Line 4.
    // Their five flights' turn_around_time:
    //   890 P63DT22H52M58S  = 5443200 + 79200 + 3120 + 58 = 5525578
    //   897 P66DT47M59S     = 5702400 + 2820 + 59         = 5705279
    //   902 P106DT2H34M47S  = 9158400 + 7200 + 2040 + 47  = 9167687
    //   898 P173DT23H24M50S = 14947200 + 82800 + 1440 + 50 = 15031490
    //   893 P225DT20H49M54S = 19440000 + 72000 + 2940 + 54 = 19514994
    expect(rows.find((r) => r.group_id === 21)).toEqual({
      group_id: 21,
      group_name: 'Crew Capsule 2.0',
      spacecraft_count: 3,
      flown_count: 3,
      reflown_count: 3,
      reuse_rate: 1,
      flights_per_vehicle: 32 / 3, // (12 + 16 + 4) / 3
      turnaround_count: 5,
      fastest_turnaround_s: 5525578,
      median_turnaround_s: 9167687,
    });
  });
});
