/**
 * Time in space and time docked of spacecraft, per group.
 */
import type { ColumnTable } from 'arquero';
import { dockedShare } from './docked-share.js';
import { durationColumnNames, durationColumns } from './duration-columns.js';
import {
  groupSpacecraft,
  type SpacecraftGroupBy,
  type SpacecraftTables,
} from './group-spacecraft.js';
import { tableFromRows } from './table-from-rows.js';

/** Options for {@link timeInSpace}. */
export interface TimeInSpaceOptions {
  /** How to group the spacecraft; see {@link groupSpacecraft}. */
  by: SpacecraftGroupBy;
}

/** The columns of {@link timeInSpace}'s table, in order. */
export const TIME_IN_SPACE_COLUMNS = [
  'group_id',
  'group_name',
  'spacecraft_count',
  ...durationColumnNames('time_in_space'),
  ...durationColumnNames('time_docked'),
  'docked_share_count',
  'docked_share',
] as const;

/**
 * One row per group of spacecraft: `spacecraft_count`; for LL2's `time_in_space` and
 * `time_docked` (seconds), the count of spacecraft with a value, total (Σ), mean (Σ / count),
 * median, 90th percentile (linear interpolation between order statistics, as pandas and R's
 * default) and maximum; and `docked_share`, Σ time docked / Σ time in space over the
 * `docked_share_count` spacecraft that have both.
 *
 * Null rule: nulls are left out of every figure; a group with no values gives null figures
 * (count 0), never 0. Every row counts, placeholders included (their LL2 value is kept as
 * given, often `P0D`). Groups and order: {@link groupSpacecraft}.
 *
 * @example
 * const sample = 'data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json';
 * const apollo = timeInSpace(await load(sample), { by: 'spacecraft_config' }).objects()[0];
 * [apollo.group_name, apollo.time_in_space_total_s, apollo.time_in_space_median_s];
 * // ['Apollo Command/Service Module', 535192, 5582]
 * // (410 s, 5582 s and 529,200 s: 6 min 50 s, 1 h 33 min 2 s and 6 d 3 h)
 * apollo.time_in_space_p90_s; // 424476.4, 5582 + 0.8 × (529200 - 5582)
 * apollo.docked_share; // 0, none of the three docked
 */
export function timeInSpace(tables: SpacecraftTables, options: TimeInSpaceOptions): ColumnTable {
  const sc: ColumnTable = tables.spacecraft;
  const space = sc.array('time_in_space_s') as (number | null)[];
  const docked = sc.array('time_docked_s') as (number | null)[];
  const rows = groupSpacecraft(tables, options.by).map((group) => {
    const groupSpace = group.rows.map((i) => space[i]);
    const groupDocked = group.rows.map((i) => docked[i]);
    const share = dockedShare(groupSpace, groupDocked);
    return {
      group_id: group.id,
      group_name: group.name,
      spacecraft_count: group.rows.length,
      ...durationColumns('time_in_space', groupSpace),
      ...durationColumns('time_docked', groupDocked),
      docked_share_count: share.count,
      docked_share: share.share,
    };
  });
  return tableFromRows(rows, TIME_IN_SPACE_COLUMNS);
}
