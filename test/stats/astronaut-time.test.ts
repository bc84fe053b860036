// astronautTime() on the hand-made astronauts of fixtures.ts. The loader's astronauts table
// is being built elsewhere; these tables carry the columns it will have that we read.
import { expect, test } from 'vitest';
import { astronautTime } from '../../src/stats/astronaut-time.js';
import { astronautsTable } from './fixtures.js';

const rowsOf = (t: { objects(): object[] }) => t.objects() as Record<string, unknown>[];

test("astronautTime(astronauts, { by: 'agency' }) sums time in space and EVA by agency id", () => {
  const rows = rowsOf(astronautTime(astronautsTable(), { by: 'agency' }));
  expect(rows[0]).toEqual({
    group_id: 1,
    group_name: 'NASA',
    astronaut_count: 2,
    // 100 and 300: total 400, mean 200, median 200, p90: 100 + 0.9 * 200 = 280
    time_in_space_count: 2,
    time_in_space_total_s: 400,
    time_in_space_mean_s: 200,
    time_in_space_median_s: 200,
    time_in_space_p90_s: 280,
    time_in_space_max_s: 300,
    // 10 and null: only 10 counts
    eva_time_count: 1,
    eva_time_total_s: 10,
    eva_time_mean_s: 10,
    eva_time_median_s: 10,
    eva_time_p90_s: 10,
    eva_time_max_s: 10,
  });
  // By name, the null agency last as 'unknown agency'; its P0D values are real zeros.
  expect(rows.map((r) => [r.group_id, r.group_name])).toEqual([
    [1, 'NASA'],
    [2, 'Roscosmos'],
    [null, 'unknown agency'],
  ]);
  expect(rows[2]).toMatchObject({ time_in_space_total_s: 0, eva_time_total_s: 0 });
});

test("astronautTime(astronauts, { by: 'nationality' }) groups by the nationality text", () => {
  const rows = rowsOf(astronautTime(astronautsTable(), { by: 'nationality' }));
  expect(rows.map((r) => [r.group_name, r.astronaut_count, r.time_in_space_total_s])).toEqual([
    ['American', 2, 400],
    ['Earthling', 1, 0],
    ['Russian', 1, 200],
  ]);
});

test("astronautTime(astronauts, { by: 'decade' }) uses the UTC decade of the first flight", () => {
  const rows = rowsOf(astronautTime(astronautsTable(), { by: 'decade' }));
  // A first flew 1969-12-31T23:30Z (1970 in Pacific/Chatham, but 1960s in UTC) and C in
  // 1961: 1960s; B 1979-12-31T23:30Z: 1970s; D never flew: unknown, last.
  expect(rows.map((r) => [r.group_id, r.group_name, r.time_in_space_total_s])).toEqual([
    [1960, '1960s', 300],
    [1970, '1970s', 300],
    [null, 'unknown', 0],
  ]);
  // The 1960s' EVA: 10 and 0: median 5, p90 0 + 0.9 * 10 = 9
  expect(rows[0]).toMatchObject({ eva_time_median_s: 5, eva_time_p90_s: 9 });
});

// The worker's local UTC offset at the decade edge (minutes east): time-zones.test.ts reads
// it back from this test's name, which proves a child run really used the TZ it was given.
const offset = -new Date('1969-12-31T23:30:00Z').getTimezoneOffset();

test(`astronautTime(astronauts, { by: 'decade' }) keeps A in the 1960s at local offset ${offset} min`, () => {
  const rows = rowsOf(astronautTime(astronautsTable(), { by: 'decade' }));
  // A's 1969-12-31T23:30Z is 1970-01-01 local east of UTC; its decade is still the 1960s.
  expect(rows[0]).toMatchObject({ group_id: 1960, astronaut_count: 2 });
});
