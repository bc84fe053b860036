// summarizeAstronauts() on hand-made rows; every figure is worked out in the comments.
import { table } from 'arquero';
import { describe, expect, test } from 'vitest';
import { summarizeAstronauts } from '../../src/stats/summarize-astronauts.js';

// Four astronauts: two of agency 44 (NASA), one of 63 (ROSCOSMOS), one with no agency.
const astronauts = () =>
  table({
    id: [1, 2, 3, 4],
    agency_id: [44, 63, 44, null],
    agency_name: ['NASA', 'ROSCOSMOS', 'NASA', null],
    // 1 d = 86,400; 2 d = 172,800; P0D = 0 (a value); null (no data).
    time_in_space_s: [86_400, 172_800, 0, null],
    eva_time_s: [null, null, null, null],
    first_flight: [
      new Date('1969-12-31T23:30:00Z'), // 1960s in UTC, whatever the local zone
      new Date('1970-01-01T00:00:00Z'),
      new Date('1965-03-18T07:00:00Z'),
      null,
    ],
  });

describe('summarizeAstronauts', () => {
  test("summarizeAstronauts(table, { by: 'agency' }) sums by agency, sorted by name", () => {
    expect(summarizeAstronauts(astronauts(), { by: 'agency' }).objects()).toEqual([
      // NASA: 86,400 + 0 = 86,400 over 2; mean 43,200; median (0 + 86,400) / 2 = 43,200.
      {
        group_id: 44,
        group_name: 'NASA',
        astronaut_count: 2,
        time_in_space_count: 2,
        time_in_space_total_s: 86_400,
        time_in_space_mean_s: 43_200,
        time_in_space_median_s: 43_200,
        time_in_space_max_s: 86_400,
      },
      {
        group_id: 63,
        group_name: 'ROSCOSMOS',
        astronaut_count: 1,
        time_in_space_count: 1,
        time_in_space_total_s: 172_800,
        time_in_space_mean_s: 172_800,
        time_in_space_median_s: 172_800,
        time_in_space_max_s: 172_800,
      },
      // No agency, no time: counted, every figure null (never 0).
      {
        group_id: null,
        group_name: 'unknown agency',
        astronaut_count: 1,
        time_in_space_count: 0,
        time_in_space_total_s: null,
        time_in_space_mean_s: null,
        time_in_space_median_s: null,
        time_in_space_max_s: null,
      },
    ]);
  });

  test("summarizeAstronauts(table, { by: 'decade' }) groups by UTC decade, unknown last", () => {
    const rows = summarizeAstronauts(astronauts(), { by: 'decade' }).objects();
    // 1960s: astronauts 1 and 3, 86,400 + 0; 1970s: astronaut 2; unknown: astronaut 4.
    expect(rows.map((row) => Object.values(row).slice(0, 5))).toEqual([
      [1960, '1960s', 2, 2, 86_400],
      [1970, '1970s', 1, 1, 172_800],
      [null, 'unknown', 1, 0, null],
    ]);
  });

  test('summarizeAstronauts(empty table) gives the columns and no rows', () => {
    const empty = astronauts().filter(() => false);
    const summary = summarizeAstronauts(empty, { by: 'decade' });
    expect(summary.numRows()).toBe(0);
    expect(summary.columnNames().slice(0, 3)).toEqual(['decade', 'decade_name', 'astronaut_count']);
  });
});
