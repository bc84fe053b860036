// sumByGroup, valuesByGroup and reuseByGroup (one pass over a column for every group)
// against the per-group answers computed from each group's own list of rows in the test.
import { table } from 'arquero';
import { expect, test } from 'vitest';
import type { GroupIndex } from '../../src/stats/group-index.js';
import { reuseByGroup } from '../../src/stats/reuse-by-group.js';
import { reuseRate } from '../../src/stats/reuse-rate.js';
import { sumByGroup, valuesByGroup } from '../../src/stats/values-by-group.js';
import { mulberry32 } from '../support/seeded-random.js';

function randomIndex(random: () => number, rows: number, groups: number): GroupIndex {
  const groupOf = Int32Array.from({ length: rows }, () => Math.floor(random() * groups));
  const sizes = new Int32Array(groups);
  groupOf.forEach((g) => sizes[g]++);
  const list = Array.from({ length: groups }, (_, g) => ({ id: g, name: `g${g}` }));
  return { groups: list, groupOf, sizes };
}

const rowsOf = (index: GroupIndex, group: number) =>
  [...index.groupOf.keys()].filter((row) => index.groupOf[row] === group);

test('valuesByGroup(index, values): counts, sums in row order and medians of each group', () => {
  const random = mulberry32(1961);
  for (let i = 0; i < 50; i++) {
    // Fractions whose sums depend on the order of adding; nulls, NaN and signed zeros.
    const values = Array.from({ length: 300 }, () => {
      const r = random();
      return r < 0.1 ? null : r < 0.15 ? NaN : r < 0.2 ? -0 : (random() - 0.4) * 1e3;
    });
    const index = randomIndex(random, values.length, 1 + Math.floor(random() * 6));
    const byGroup = valuesByGroup(index, values);
    const sums = sumByGroup(index, values);
    index.groups.forEach((_, group) => {
      const present = rowsOf(index, group)
        .map((row) => values[row])
        .filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));
      let total = 0;
      for (const v of present) total += v;
      const sorted = Float64Array.from(present).sort();
      const got = byGroup[group];
      expect(got?.count).toBe(present.length);
      expect(sums.counts[group]).toBe(present.length);
      expect(got?.total).toBe(present.length === 0 ? null : total);
      expect(sums.totals[group]).toBe(total);
      expect(got?.ranks.at(present.length - 1)).toBe(sorted[present.length - 1]);
      const middle = present.length >> 1;
      const median =
        present.length === 0
          ? null
          : present.length % 2
            ? sorted[middle]
            : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
      expect(got?.ranks.median()).toBe(median);
    });
  }
});

test('reuseByGroup(index, spacecraft, options) is reuseRate of each group’s rows', () => {
  const random = mulberry32(1981);
  for (let i = 0; i < 30; i++) {
    const rows = 200;
    const spacecraft = table({
      flights_count: Array.from({ length: rows }, () =>
        random() < 0.1 ? null : Math.floor(random() * 4),
      ),
      is_placeholder: Array.from({ length: rows }, () => (random() < 0.1 ? null : random() < 0.2)),
    });
    const index = randomIndex(random, rows, 1 + Math.floor(random() * 5));
    for (const includePlaceholders of [false, true]) {
      const expected = index.groups.map((_, g) =>
        reuseRate(spacecraft, { includePlaceholders }, rowsOf(index, g)),
      );
      expect(reuseByGroup(index, spacecraft, { includePlaceholders })).toEqual(expected);
    }
  }
});
