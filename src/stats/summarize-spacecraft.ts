/**
 * The report's spacecraft summary: count, flights, time in space and reuse per group.
 */
import type { ColumnTable } from 'arquero';
import { describeValues } from './describe-values.js';
import {
  groupSpacecraft,
  type SpacecraftGroupBy,
  type SpacecraftTables,
} from './group-spacecraft.js';
import { reuseRate } from './reuse-rate.js';
import { tableFromRows } from './table-from-rows.js';

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
  const time = tables.spacecraft.array('time_in_space_s') as (number | null)[];
  const flightsCount = tables.spacecraft.array('flights_count') as (number | null)[];
  const rows = groupSpacecraft(tables, options.by).map((group) => {
    const inSpace = describeValues(group.rows.map((i) => time[i]));
    const reuse = reuseRate(tables.spacecraft, {}, group.rows);
    return {
      group_id: group.id,
      group_name: group.name,
      spacecraft_count: group.rows.length,
      flights: describeValues(group.rows.map((i) => flightsCount[i])).total,
      time_in_space_count: inSpace.count,
      time_in_space_total_s: inSpace.total,
      time_in_space_mean_s: inSpace.mean,
      time_in_space_median_s: inSpace.median,
      time_in_space_max_s: inSpace.max,
      flown_count: reuse.flown,
      reflown_count: reuse.reflown,
      reuse_rate: reuse.rate,
    };
  });
  return tableFromRows(rows, SPACECRAFT_SUMMARY_COLUMNS);
}
