/**
 * Spacecraft aggregates by agency, spacecraft configuration or decade of first flight.
 */
import { table, type ColumnTable } from 'arquero';
import { decadeName } from './decade.js';
import { describeValues } from './describe-values.js';
import { firstFlightDecades } from './first-flight-decades.js';
import { reuseRate } from './reuse-rate.js';

/** The groupings {@link summarizeSpacecraft} knows. */
export type SpacecraftGrouping = 'agency' | 'spacecraft_config' | 'decade';

/** Options for {@link summarizeSpacecraft}. */
export interface SummarizeOptions {
  by: SpacecraftGrouping;
}

interface Group {
  id: number | null;
  name: string;
  rows: number[];
}

/**
 * One row per group of spacecraft with: `group_id`, `group_name`, `spacecraft_count`,
 * `flights` (sum of `flights_count`), `time_in_space_count` (spacecraft with a value),
 * `time_in_space_total_s`, `_mean_s`, `_median_s`, `_max_s`, `flown_count`,
 * `reflown_count` and `reuse_rate` (see {@link reuseRate}; placeholders left out).
 *
 * Groups: an agency is keyed by its id and shown by its name (its `abbrev` may be empty); a
 * configuration by its id and name; a decade is that of the spacecraft's first launched
 * flight in `flights`, in UTC, and `unknown` when it has none in the data. Nulls are left
 * out of every figure; a figure with no values is null, never 0. Rows are sorted by name,
 * decades in time order with `unknown` last.
 *
 * @example
 * summarizeSpacecraft({ spacecraft, flights }, { by: 'agency' }).objects();
 */
export function summarizeSpacecraft(
  tables: { spacecraft: ColumnTable; flights?: ColumnTable | null },
  options: SummarizeOptions,
): ColumnTable {
  const groups = groupRows(tables, options.by);
  const time = tables.spacecraft.array('time_in_space_s') as (number | null)[];
  const flightsCount = tables.spacecraft.array('flights_count') as (number | null)[];
  const rows = groups.map((group) => {
    const inSpace = describeValues(group.rows.map((i) => time[i] ?? null));
    const flights = describeValues(group.rows.map((i) => flightsCount[i] ?? null));
    const reuse = reuseRate(tables.spacecraft, {}, group.rows);
    return {
      group_id: group.id,
      group_name: group.name,
      spacecraft_count: group.rows.length,
      flights: flights.total,
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
  return table(columnsOf(rows));
}

// Row indexes of the spacecraft table, grouped by the chosen key.
function groupRows(
  tables: { spacecraft: ColumnTable; flights?: ColumnTable | null },
  by: SpacecraftGrouping,
): Group[] {
  const key = keyFunction(tables, by);
  // Keyed by the id itself (a number), or by a string for groups without one.
  const groups = new Map<number | string, Group>();
  for (let i = 0; i < tables.spacecraft.numRows(); i++) {
    const { id, name } = key(i);
    const mapKey = id === null ? `null:${name}` : id;
    const group = groups.get(mapKey) ?? { id, name, rows: [] };
    group.rows.push(i);
    groups.set(mapKey, group);
  }
  return [...groups.values()].sort(by === 'decade' ? byDecade : byName);
}

function keyFunction(
  tables: { spacecraft: ColumnTable; flights?: ColumnTable | null },
  by: SpacecraftGrouping,
): (row: number) => { id: number | null; name: string } {
  const sc = tables.spacecraft;
  if (by === 'decade') {
    const decades = tables.flights ? firstFlightDecades(tables.flights) : new Map<number, number>();
    const ids = sc.array('id') as number[];
    return (i) => {
      const decade = decades.get(ids[i] as number) ?? null;
      return { id: decade, name: decadeName(decade) };
    };
  }
  const prefix = by === 'agency' ? 'spacecraft_config_agency' : 'spacecraft_config';
  const ids = sc.array(`${prefix}_id`) as (number | null)[];
  const names = sc.array(`${prefix}_name`) as (string | null)[];
  const unknown = by === 'agency' ? 'unknown agency' : 'unknown configuration';
  return (i) => ({ id: ids[i] ?? null, name: names[i] ?? unknown });
}

function byName(a: Group, b: Group): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return (a.id ?? Infinity) - (b.id ?? Infinity);
}

function byDecade(a: Group, b: Group): number {
  return (a.id ?? Infinity) - (b.id ?? Infinity);
}

function columnsOf(rows: Record<string, unknown>[]): Record<string, unknown[]> {
  const names = Object.keys(rows[0] ?? EMPTY_ROW);
  return Object.fromEntries(names.map((name) => [name, rows.map((row) => row[name])]));
}

// The columns of a summary with no groups, so an empty input still gives a table with them.
const EMPTY_ROW = Object.fromEntries(
  [
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
  ].map((name) => [name, null]),
);
