/**
 * Astronauts' time in space and EVA time, per agency, nationality or decade of first flight.
 */
import type { ColumnTable } from 'arquero';
import { decadeName, decadeOf } from './decade.js';
import { durationColumnNames, durationColumns } from './duration-columns.js';
import { columnKey, groupRows, idNameKey, type Group } from './group-rows.js';
import { tableFromRows } from './table-from-rows.js';

/** The named groupings of astronauts; any other name is taken as a column name. */
export const ASTRONAUT_GROUPINGS = ['agency', 'nationality', 'decade'] as const;

/** A named grouping of astronauts, or the name of any column of the astronauts table. */
export type AstronautGroupBy =
  (typeof ASTRONAUT_GROUPINGS)[number] | (string & Record<never, never>);

/** Options for {@link astronautTime}. */
export interface AstronautTimeOptions {
  by: AstronautGroupBy;
}

/** The columns of {@link astronautTime}'s table, in order. */
export const ASTRONAUT_TIME_COLUMNS = [
  'group_id',
  'group_name',
  'astronaut_count',
  ...durationColumnNames('time_in_space'),
  ...durationColumnNames('eva_time'),
] as const;

/**
 * One row per group of astronauts: `astronaut_count`, and for `time_in_space_s` and
 * `eva_time_s` the count with a value, total (Σ), mean (Σ / count), median, 90th percentile
 * (linear interpolation between order statistics) and maximum, in seconds.
 *
 * Groups: `agency` by `agency_id`, shown by `agency_name`, sorted by name (`unknown agency`
 * for a null id); `nationality` by its value, sorted, null as `unknown`; `decade` by the UTC
 * decade of `first_flight`, in time order, `unknown` (id null) last for a null date; any
 * other name is a column whose values are the groups. Null rule: nulls are left out; a group
 * with no values gives null figures, never 0. A `P0D` (0 s) is kept as a real zero, though
 * LL2 sometimes writes it for "no data".
 *
 * @example
 * import { table } from 'arquero';
 * const astronauts = table({
 *   nationality: ['American', 'Russian', 'American'],
 *   time_in_space_s: [3600, 7200, null],
 *   eva_time_s: [null, 1800, null],
 * });
 * astronautTime(astronauts, { by: 'nationality' })
 *   .select('group_name', 'astronaut_count', 'time_in_space_total_s', 'eva_time_count')
 *   .objects();
 * // [{ group_name: 'American', astronaut_count: 2, time_in_space_total_s: 3600,
 * //    eva_time_count: 0 },
 * //  { group_name: 'Russian', astronaut_count: 1, time_in_space_total_s: 7200,
 * //    eva_time_count: 1 }]
 */
export function astronautTime(astronauts: ColumnTable, options: AstronautTimeOptions): ColumnTable {
  const space = astronauts.array('time_in_space_s') as (number | null)[];
  const eva = astronauts.array('eva_time_s') as (number | null)[];
  const rows = groupAstronauts(astronauts, options.by).map((group) => ({
    group_id: group.id,
    group_name: group.name,
    astronaut_count: group.rows.length,
    ...durationColumns(
      'time_in_space',
      group.rows.map((i) => space[i]),
    ),
    ...durationColumns(
      'eva_time',
      group.rows.map((i) => eva[i]),
    ),
  }));
  return tableFromRows(rows, ASTRONAUT_TIME_COLUMNS);
}

function groupAstronauts(astronauts: ColumnTable, by: AstronautGroupBy): Group[] {
  const count = astronauts.numRows();
  if (by === 'agency') {
    return groupRows(
      count,
      idNameKey(astronauts, 'agency_id', 'agency_name', 'unknown agency'),
      'name',
    );
  }
  if (by === 'decade') {
    const first = astronauts.array('first_flight') as (Date | null)[];
    return groupRows(
      count,
      (row) => {
        const decade = decadeOf(first[row]);
        return { id: decade, name: decadeName(decade) };
      },
      'id',
    );
  }
  return groupRows(count, columnKey(astronauts, by, ASTRONAUT_GROUPINGS), 'id');
}
