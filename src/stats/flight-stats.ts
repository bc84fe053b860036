/**
 * Flights of spacecraft, per group: LL2's counts and the flights in the data.
 */
import type { ColumnTable } from 'arquero';
import { describeValues } from './describe-values.js';
import { flightsOfSpacecraft } from './flights-of-spacecraft.js';
import {
  groupSpacecraft,
  type SpacecraftGroupBy,
  type SpacecraftTables,
} from './group-spacecraft.js';
import { tableFromRows } from './table-from-rows.js';

/** Options for {@link flightStats}. */
export interface FlightStatsOptions {
  /** How to group the spacecraft; see {@link groupSpacecraft}. */
  by: SpacecraftGroupBy;
}

/** The columns of {@link flightStats}'s table, in order. */
export const FLIGHT_STATS_COLUMNS = [
  'group_id',
  'group_name',
  'spacecraft_count',
  'flights_count_count',
  'flights_total',
  'flights_per_spacecraft_mean',
  'flights_per_spacecraft_max',
  'data_flights_launched',
  'data_flights_planned',
] as const;

/**
 * One row per group of spacecraft: from LL2's `flights_count`, the number of spacecraft
 * with a count (`flights_count_count`), the total (Σ), the mean per spacecraft (Σ / count,
 * spacecraft with 0 flights included) and the maximum; from the flights table, the group's
 * flights that have launched (`data_flights_launched`) and those still planned, launch
 * status Go, TBD, TBC or Hold (`data_flights_planned`), counted apart.
 *
 * Null rule: a null `flights_count` is left out; a group with none gives null total, mean
 * and maximum, never 0. Without a flights table the two data counts are null. Placeholders
 * count like any spacecraft. Per decade: `by: 'decade'` here, or {@link flightsByDecade} for
 * the flights themselves. Groups and order: {@link groupSpacecraft}.
 *
 * @example
 * const sample = 'data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json';
 * const stats = flightStats(await load(sample), { by: 'spacecraft_config' });
 * stats.array('group_name'); // ['Apollo Command/Service Module', 'Mercury', 'Soyuz', 'Voskhod']
 * stats.array('flights_total'); // [3, 1, 5, 1], each capsule of the sample flew once
 */
export function flightStats(tables: SpacecraftTables, options: FlightStatsOptions): ColumnTable {
  const counts = tables.spacecraft.array('flights_count') as (number | null)[];
  const ids = tables.spacecraft.array('id') as number[];
  const ofSpacecraft = flightsOfSpacecraft(tables.flights);
  const hasFlights = tables.flights != null;
  const rows = groupSpacecraft(tables, options.by).map((group) => {
    const described = describeValues(group.rows.map((i) => counts[i]));
    const entries = group.rows.map((i) => ofSpacecraft.get(ids[i] as number));
    const sum = (pick: (e: { launched: number[]; planned: number[] }) => number[]) =>
      hasFlights ? entries.reduce((n, e) => n + (e ? pick(e).length : 0), 0) : null;
    return {
      group_id: group.id,
      group_name: group.name,
      spacecraft_count: group.rows.length,
      flights_count_count: described.count,
      flights_total: described.total,
      flights_per_spacecraft_mean: described.mean,
      flights_per_spacecraft_max: described.max,
      data_flights_launched: sum((e) => e.launched),
      data_flights_planned: sum((e) => e.planned),
    };
  });
  return tableFromRows(rows, FLIGHT_STATS_COLUMNS);
}
