/**
 * Reuse per group: reuse rate, flights per vehicle, and turnaround between flights.
 */
import type { ColumnTable } from 'arquero';
import { describeValues } from './describe-values.js';
import { flightsOfSpacecraft } from './flights-of-spacecraft.js';
import {
  groupSpacecraft,
  type SpacecraftGroupBy,
  type SpacecraftTables,
} from './group-spacecraft.js';
import { reuseRate } from './reuse-rate.js';
import { tableFromRows } from './table-from-rows.js';

/** Options for {@link reuseStats}. */
export interface ReuseStatsOptions {
  /** How to group the spacecraft; see {@link groupSpacecraft}. */
  by: SpacecraftGroupBy;
  /** Count placeholder spacecraft too. Default false. */
  includePlaceholders?: boolean;
}

/** The columns of {@link reuseStats}'s table, in order. */
export const REUSE_STATS_COLUMNS = [
  'group_id',
  'group_name',
  'spacecraft_count',
  'flown_count',
  'reflown_count',
  'reuse_rate',
  'flights_per_vehicle',
  'turnaround_count',
  'fastest_turnaround_s',
  'median_turnaround_s',
] as const;

/**
 * One row per group of spacecraft: `flown_count`, `reflown_count` and `reuse_rate` from
 * {@link reuseRate} (`flights_count` ≥ 2 over `flights_count` ≥ 1); `flights_per_vehicle`,
 * Σ `flights_count` / `flown_count` over the flown spacecraft; and from the flights table's
 * `turn_around_time` (seconds since the spacecraft's previous flight), over the group's
 * flights that have launched, the count, the minimum (`fastest_turnaround_s`) and the median.
 *
 * Null rule: placeholders are left out of every figure unless `includePlaceholders` (but
 * counted in `spacecraft_count`); a null `flights_count` counts in neither count; a rate or
 * mean over no flown spacecraft is null; turnarounds that are null, or of flights still
 * planned (measured to a placeholder date), are left out, and none gives null, never 0.
 * Groups and order: {@link groupSpacecraft}.
 *
 * @example
 * const sample = 'data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json';
 * const stats = reuseStats(await load(sample), { by: 'spacecraft_config' });
 * stats.array('flown_count'); // [3, 1, 5, 1] (Apollo CSM, Mercury, Soyuz, Voskhod)
 * stats.array('reuse_rate'); // [0, 0, 0, 0], none flew twice
 */
export function reuseStats(tables: SpacecraftTables, options: ReuseStatsOptions): ColumnTable {
  const include = options.includePlaceholders ?? false;
  const placeholder = tables.spacecraft.array('is_placeholder');
  const turnarounds = launchedTurnarounds(tables);
  const rows = groupSpacecraft(tables, options.by).map((group) => {
    const counted = group.rows.filter((i) => include || placeholder[i] !== true);
    const reuse = reuseRate(tables.spacecraft, { includePlaceholders: include }, counted);
    const flights = flownFlights(tables.spacecraft, counted);
    const turns = describeValues(counted.flatMap(turnarounds));
    return {
      group_id: group.id,
      group_name: group.name,
      spacecraft_count: group.rows.length,
      flown_count: reuse.flown,
      reflown_count: reuse.reflown,
      reuse_rate: reuse.rate,
      flights_per_vehicle: flights === null || reuse.flown === 0 ? null : flights / reuse.flown,
      turnaround_count: turns.count,
      fastest_turnaround_s: turns.min,
      median_turnaround_s: turns.median,
    };
  });
  return tableFromRows(rows, REUSE_STATS_COLUMNS);
}

// Σ flights_count over the rows that have flown (null when none has a count).
function flownFlights(spacecraft: ColumnTable, rows: readonly number[]): number | null {
  const counts = spacecraft.array('flights_count') as (number | null)[];
  return describeValues(rows.map((i) => counts[i]).filter((n) => (n ?? 0) >= 1)).total;
}

// For a spacecraft row, the turnarounds of its launched flights (nulls included).
function launchedTurnarounds(tables: SpacecraftTables): (row: number) => (number | null)[] {
  const ids = tables.spacecraft.array('id') as number[];
  const turnaround = (tables.flights?.array('turn_around_time_s') ?? []) as (number | null)[];
  const ofSpacecraft = flightsOfSpacecraft(tables.flights);
  return (row) =>
    (ofSpacecraft.get(ids[row] as number)?.launched ?? []).map((f) => turnaround[f] ?? null);
}
