/**
 * The report's spacecraft summary: count, flights, time in space and reuse per group.
 */
import type { ColumnTable } from 'arquero';
import { columnValues } from './column-values.js';
import {
  spacecraftGroupIndex,
  type SpacecraftGroupBy,
  type SpacecraftTables,
} from './group-spacecraft.js';
import { reuseByGroup } from './reuse-by-group.js';
import type { ReuseCounts } from './reuse-rate.js';
import { tableFromRows } from './table-from-rows.js';
import { sumByGroup, valuesByGroup, type GroupValues } from './values-by-group.js';

export type { SpacecraftGrouping } from './group-spacecraft.js';

/** Options for {@link summarizeSpacecraft}. */
export interface SummarizeOptions {
  /** A named grouping (`agency`, `spacecraft_config`, `spacecraft_config_type`, `status`,
   * `decade`) or any column of the spacecraft table; see {@link groupSpacecraft}. */
  by: SpacecraftGroupBy;
}

/** The columns of {@link summarizeSpacecraft}'s table, in order. */
export const SPACECRAFT_SUMMARY_COLUMNS = [
  'group_id',
  'group_name',
  'spacecraft_count',
  'flights',
  'time_in_space_count',
  'time_in_space_total_s',
  'time_in_space_mean_s',
  'time_in_space_median_s',
  'time_in_space_max_s',
  'flown_count',
  'reflown_count',
  'reuse_rate',
] as const;

/**
 * One row per group of spacecraft with: `group_id`, `group_name`, `spacecraft_count`,
 * `flights` (Σ `flights_count`), `time_in_space_count` (spacecraft with a value),
 * `time_in_space_total_s` (Σ), `_mean_s` (Σ / count), `_median_s`, `_max_s`, `flown_count`,
 * `reflown_count` and `reuse_rate` (see {@link reuseRate}; placeholders left out).
 *
 * Groups and their order: see {@link groupSpacecraft}. Null rule: nulls are left out of
 * every figure; a figure with no values is null, never 0.
 *
 * @example
 * const loaded = await load('data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json');
 * const byAgency = summarizeSpacecraft(loaded, { by: 'agency' });
 * byAgency.objects().map((row) => [row.group_name, row.spacecraft_count]);
 * // [['National Aeronautics and Space Administration', 1],
 * //  ['North American Aviation', 3],
 * //  ['Russian Federal Space Agency (ROSCOSMOS)', 6]]
 */
export function summarizeSpacecraft(
  tables: SpacecraftTables,
  options: SummarizeOptions,
): ColumnTable {
  // Each row's group as a number, then each figure in a pass over its column: no list of
  // rows per group, and a median by selection rather than a sort (see sorted-ranks.ts).
  const sc = tables.spacecraft;
  const index = spacecraftGroupIndex(tables, options.by);
  const inSpace = valuesByGroup(index, columnValues(sc, 'time_in_space_s'));
  const flights = sumByGroup(index, columnValues(sc, 'flights_count'));
  const reuse = reuseByGroup(index, sc);
  const rows = index.groups.map((group, g) => {
    const time = inSpace[g] as GroupValues;
    const { flown, reflown, rate } = reuse[g] as ReuseCounts;
    return {
      group_id: group.id,
      group_name: group.name,
      spacecraft_count: index.sizes[g],
      flights: flights.counts[g] === 0 ? null : flights.totals[g],
      time_in_space_count: time.count,
      time_in_space_total_s: time.total,
      time_in_space_mean_s: time.total === null ? null : time.total / time.count,
      time_in_space_median_s: time.ranks.median(),
      time_in_space_max_s: time.count === 0 ? null : time.ranks.at(time.count - 1),
      flown_count: flown,
      reflown_count: reflown,
      reuse_rate: rate,
    };
  });
  return tableFromRows(rows, SPACECRAFT_SUMMARY_COLUMNS);
}
