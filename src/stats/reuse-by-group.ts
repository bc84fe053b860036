/**
 * Reuse counts of every group of spacecraft in one pass over the rows.
 */
import type { ColumnTable } from 'arquero';
import { columnValues } from './column-values.js';
import type { GroupIndex } from './group-index.js';
import { reuseCounts, reuseLevel, type ReuseCounts, type ReuseOptions } from './reuse-rate.js';

/**
 * The {@link reuseRate} of each group of `index` (groups of the spacecraft table's rows), in
 * the index's order, from one pass over `flights_count` and `is_placeholder` read in place:
 * the same counts as calling `reuseRate` with each group's rows.
 *
 * @example
 * import { table } from 'arquero';
 * const spacecraft = table({ flights_count: [1, 2, 5], is_placeholder: [false, false, true] });
 * const index = { groups: [{ id: 1, name: 'a' }, { id: 2, name: 'b' }],
 *   groupOf: Int32Array.of(0, 0, 1), sizes: Int32Array.of(2, 1) };
 * reuseByGroup(index, spacecraft);
 * // [{ flown: 2, reflown: 1, rate: 0.5 }, { flown: 0, reflown: 0, rate: null }]
 */
export function reuseByGroup(
  index: GroupIndex,
  spacecraft: ColumnTable,
  options: ReuseOptions = {},
): ReuseCounts[] {
  const flights = columnValues(spacecraft, 'flights_count');
  const placeholder = columnValues(spacecraft, 'is_placeholder');
  const include = options.includePlaceholders;
  const { groupOf } = index;
  const flown = new Int32Array(index.groups.length);
  const reflown = new Int32Array(index.groups.length);
  for (let row = 0; row < groupOf.length; row++) {
    const level = reuseLevel(placeholder[row], flights[row], include);
    if (level === 0) continue;
    const group = groupOf[row] as number;
    flown[group] = (flown[group] as number) + 1;
    if (level === 2) reflown[group] = (reflown[group] as number) + 1;
  }
  return index.groups.map((_, group) =>
    reuseCounts(flown[group] as number, reflown[group] as number),
  );
}
