// timeInSpace() on the hand-made tables of fixtures.ts; sums and quantiles worked by hand.
import { describe, expect, test } from 'vitest';
import { InputError, messages } from '../../src/messages.js';
import { SPACECRAFT_GROUPINGS } from '../../src/stats/group-spacecraft.js';
import { timeInSpace } from '../../src/stats/time-in-space.js';
import { flightsTable, spacecraftTable } from './fixtures.js';

const rowsOf = (t: { objects(): object[] }) => t.objects() as Record<string, unknown>[];

describe('timeInSpace(hand-made)', () => {
  test("timeInSpace(tables, { by: 'agency' }) gives every figure and the docked share", () => {
    const rows = rowsOf(timeInSpace({ spacecraft: spacecraftTable() }, { by: 'agency' }));
    expect(rows[0]).toEqual({
      group_id: 20,
      group_name: 'Agency A',
      spacecraft_count: 3,
      // 1000, 3000, 0: total 4000, mean 4000 / 3, sorted 0 1000 3000: median 1000,
      // p90: h = 2 * 0.9 = 1.8: 1000 + 0.8 * (3000 - 1000) = 2600
      time_in_space_count: 3,
      time_in_space_total_s: 4000,
      time_in_space_mean_s: 4000 / 3,
      time_in_space_median_s: 1000,
      time_in_space_p90_s: 2600,
      time_in_space_max_s: 3000,
      // 400, null, 0: total 400, mean 200, median (0 + 400) / 2 = 200, p90: h = 0.9: 360
      time_docked_count: 2,
      time_docked_total_s: 400,
      time_docked_mean_s: 200,
      time_docked_median_s: 200,
      time_docked_p90_s: 360,
      time_docked_max_s: 400,
      // both values on 1 (1000, 400) and 4 (0, 0): 400 / 1000
      docked_share_count: 2,
      docked_share: 0.4,
    });
    // Agency B: 3 (null, null), 5 (500, 100), 6 (0, 0): in space 500 total, p90 0.9 * 500 =
    // 450; docked share 100 / 500 = 0.2
    expect(rows[1]).toMatchObject({
      group_name: 'Agency B',
      time_in_space_count: 2,
      time_in_space_total_s: 500,
      time_in_space_median_s: 250,
      time_in_space_p90_s: 450,
      docked_share: 0.2,
    });
  });

  test("timeInSpace(tables, { by: 'name' }) gives null figures, not 0, to an all-null group", () => {
    const rows = rowsOf(timeInSpace({ spacecraft: spacecraftTable() }, { by: 'name' }));
    expect(rows.find((r) => r.group_id === 'Beta')).toMatchObject({
      spacecraft_count: 1,
      time_in_space_count: 0,
      time_in_space_total_s: null,
      time_in_space_mean_s: null,
      time_in_space_median_s: null,
      time_in_space_p90_s: null,
      time_in_space_max_s: null,
      time_docked_total_s: null,
      docked_share_count: 0,
      docked_share: null,
    });
  });

  test("timeInSpace(tables, { by: 'decade' }) dates spacecraft by their first launched flight", () => {
    const tables = { spacecraft: spacecraftTable(), flights: flightsTable() };
    const rows = rowsOf(timeInSpace(tables, { by: 'decade' }));
    // 1 first flew 1969-12-31T23:30Z and 5 in 1961: 1960s; 2 in 2020; 4 only has a TBD
    // flight, 3 and 6 none: unknown, last.
    expect(rows.map((r) => [r.group_id, r.group_name, r.spacecraft_count])).toEqual([
      [1960, '1960s', 2],
      [2020, '2020s', 1],
      [null, 'unknown', 3],
    ]);
    // 1960s: 1000 and 500: total 1500, median 750, p90: 500 + 0.9 * 500 = 950
    expect(rows[0]).toMatchObject({ time_in_space_total_s: 1500, time_in_space_p90_s: 950 });
  });

  test('timeInSpace(tables, { by }) groups by configuration type, status and in_space', () => {
    const spacecraft = spacecraftTable();
    const names = (by: string) =>
      rowsOf(timeInSpace({ spacecraft }, { by })).map((r) => [r.group_name, r.spacecraft_count]);
    expect(names('spacecraft_config_type')).toEqual([
      ['Capsule', 3],
      ['Spaceplane', 3],
    ]);
    expect(names('status')).toEqual([
      ['Active', 4],
      ['Retired', 2],
    ]);
    expect(names('spacecraft_config')).toEqual([
      ['Alpha', 3],
      ['Beta', 1],
      ['Gamma', 2],
    ]);
    // A column of booleans: false before true.
    expect(names('in_space')).toEqual([
      ['false', 5],
      ['true', 1],
    ]);
  });

  test('timeInSpace(tables, { by: unknown }) is an InputError naming the groupings', () => {
    const spacecraft = spacecraftTable();
    const call = () => timeInSpace({ spacecraft }, { by: 'agencyy' });
    expect(call).toThrow(InputError);
    expect(call).toThrow(
      messages.unknownGrouping('agencyy', SPACECRAFT_GROUPINGS, spacecraft.columnNames()),
    );
  });

  test('timeInSpace(empty table) gives a table with every column and no rows', () => {
    const empty = spacecraftTable().filter(() => false);
    const result = timeInSpace({ spacecraft: empty }, { by: 'agency' });
    expect(result.numRows()).toBe(0);
    expect(result.columnNames()).toContain('docked_share');
  });
});
