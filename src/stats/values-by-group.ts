/**
 * The numbers of a column gathered group by group, for sums and order statistics per group.
 */
import { isPresentNumber } from './describe-values.js';
import type { GroupIndex } from './group-index.js';
import { SortedRanks } from './sorted-ranks.js';

/** Per group: how many numbers it has and their sum, see {@link sumByGroup}. */
export interface GroupSums {
  /** Numbers per group (null, undefined and NaN are not numbers here). */
  counts: Int32Array;
  /** Their sum per group, added in row order; 0 for a group with none (check `counts`). */
  totals: Float64Array;
}

/** One group's numbers: count, sum, and their order statistics (see {@link valuesByGroup}). */
export interface GroupValues {
  count: number;
  /** The sum in row order, or null when the group has no numbers. */
  total: number | null;
  /** The group's numbers, for median, quantiles, minimum and maximum. */
  ranks: SortedRanks;
}

/**
 * Counts and sums the numbers of `values` (one per row) by the groups of `index`, in one
 * pass. Each group's sum adds its numbers in row order, as summing the group's list would,
 * so a total is the same to the last bit. Null, undefined and NaN are left out.
 *
 * @example
 * const index = { groups: [{ id: 1, name: 'a' }, { id: 2, name: 'b' }],
 *   groupOf: Int32Array.of(0, 1, 0), sizes: Int32Array.of(2, 1) };
 * const sums = sumByGroup(index, [0.1, null, 0.2]);
 * [...sums.counts]; // [2, 0]
 * [...sums.totals]; // [0.30000000000000004, 0]
 */
export function sumByGroup(index: GroupIndex, values: ArrayLike<unknown>): GroupSums {
  const { groupOf } = index;
  const counts = new Int32Array(index.groups.length);
  const totals = new Float64Array(index.groups.length);
  for (let row = 0; row < groupOf.length; row++) {
    const value = values[row];
    if (!isPresentNumber(value)) continue;
    const group = groupOf[row] as number;
    counts[group] = (counts[group] as number) + 1;
    totals[group] = (totals[group] as number) + value;
  }
  return { counts, totals };
}

/**
 * The numbers of `values` (one per row) gathered by the groups of `index`, one
 * {@link GroupValues} per group in the index's order: a counting sort of the rows by group
 * into one `Float64Array`, each group's numbers a view of it (in row order until ranks are
 * asked for). Null, undefined and NaN are left out.
 *
 * @example
 * const index = { groups: [{ id: 1, name: 'a' }, { id: 2, name: 'b' }],
 *   groupOf: Int32Array.of(0, 1, 0, 0), sizes: Int32Array.of(3, 1) };
 * const [a, b] = valuesByGroup(index, [5, null, 1, 3]);
 * [a.count, a.total, a.ranks.median()]; // [3, 9, 3]
 * [b.count, b.total, b.ranks.median()]; // [0, null, null]
 */
export function valuesByGroup(index: GroupIndex, values: ArrayLike<unknown>): GroupValues[] {
  const { counts, totals } = sumByGroup(index, values);

  // Where each group's numbers start, then each number put at its group's next place.
  const starts = new Int32Array(counts.length + 1);
  counts.forEach((count, group) => (starts[group + 1] = (starts[group] as number) + count));
  const gathered = new Float64Array(starts[counts.length] as number);
  const next = starts.slice(0, counts.length);
  const { groupOf } = index;
  for (let row = 0; row < groupOf.length; row++) {
    const value = values[row];
    if (!isPresentNumber(value)) continue;
    const group = groupOf[row] as number;
    const at = next[group] as number;
    gathered[at] = value;
    next[group] = at + 1;
  }

  return [...counts].map((count, group) => ({
    count,
    total: count === 0 ? null : (totals[group] as number),
    ranks: new SortedRanks(gathered.subarray(starts[group], starts[group + 1])),
  }));
}
