/**
 * Astronaut aggregates by agency or by decade of first flight.
 */
import { table, type ColumnTable } from 'arquero';
import { decadeName, decadeOf } from './decade.js';
import { describeValues } from './describe-values.js';

/** The groupings {@link summarizeAstronauts} knows. */
export type AstronautGrouping = 'agency' | 'decade';

/** Options for {@link summarizeAstronauts}. */
export interface AstronautSummaryOptions {
  by: AstronautGrouping;
}

interface Group {
  id: number | null;
  name: string;
  rows: number[];
}

// The figures every summary row has after its key columns.
const FIGURES = [
  'astronaut_count',
  'time_in_space_count',
  'time_in_space_total_s',
  'time_in_space_mean_s',
  'time_in_space_median_s',
  'time_in_space_max_s',
];

/**
 * One row per group of astronauts, from the astronauts table (columns `agency_id`,
 * `agency_name`, `first_flight` (Date) and `time_in_space_s` are read).
 *
 * Key columns: by `agency`, `group_id` (agency id) and `group_name` (agency name, or
 * `unknown agency`); by `decade`, `decade` (first year of the UTC decade of `first_flight`,
 * null when it is missing) and `decade_name` (`1960s`, or `unknown`). Then
 * `astronaut_count`, `time_in_space_count` (astronauts with a value) and
 * `time_in_space_total_s`, `_mean_s`, `_median_s`, `_max_s` over them (see
 * `describeValues`). A null time in space is left out, never 0; `P0D` (0 s) counts as a
 * value. A figure with no values is null. Agencies are sorted by name; decades in time
 * order, `unknown` last.
 *
 * @example
 * import { table } from 'arquero';
 * const astronauts = table({
 *   agency_id: [63, 63, 44],
 *   agency_name: ['Roscosmos', 'Roscosmos', 'NASA'],
 *   first_flight: ['1961-04-12', '1965-03-18', '1983-06-18'].map((d) => new Date(d)),
 *   time_in_space_s: [6480, 93600, null],
 * });
 * summarizeAstronauts(astronauts, { by: 'decade' })
 *   .select('decade_name', 'astronaut_count', 'time_in_space_total_s')
 *   .objects();
 * // [{ decade_name: '1960s', astronaut_count: 2, time_in_space_total_s: 100080 },
 * //  { decade_name: '1980s', astronaut_count: 1, time_in_space_total_s: null }]
 */
export function summarizeAstronauts(
  astronauts: ColumnTable,
  options: AstronautSummaryOptions,
): ColumnTable {
  const groups = groupRows(astronauts, options.by);
  const time = astronauts.array('time_in_space_s') as (number | null)[];
  const [idColumn, nameColumn] = options.by === 'agency' ? KEY_AGENCY : KEY_DECADE;

  const columns: Record<string, unknown[]> = { [idColumn]: [], [nameColumn]: [] };
  for (const name of FIGURES) columns[name] = [];
  for (const group of groups) {
    const inSpace = describeValues(group.rows.map((i) => time[i] ?? null));
    const values = [group.rows.length, inSpace.count, inSpace.total, inSpace.mean];
    values.push(inSpace.median, inSpace.max);
    columns[idColumn]!.push(group.id);
    columns[nameColumn]!.push(group.name);
    FIGURES.forEach((name, i) => columns[name]!.push(values[i]));
  }
  return table(columns);
}

const KEY_AGENCY = ['group_id', 'group_name'] as const;
const KEY_DECADE = ['decade', 'decade_name'] as const;

// Row indexes of the astronauts table, grouped and sorted.
function groupRows(astronauts: ColumnTable, by: AstronautGrouping): Group[] {
  const key = by === 'agency' ? agencyKey(astronauts) : decadeKey(astronauts);
  const groups = new Map<string, Group>();
  for (let i = 0; i < astronauts.numRows(); i++) {
    const { id, name } = key(i);
    const mapKey = id === null ? `null:${name}` : `id:${id}`;
    const group = groups.get(mapKey) ?? { id, name, rows: [] };
    group.rows.push(i);
    groups.set(mapKey, group);
  }
  return [...groups.values()].sort(by === 'agency' ? byName : byId);
}

function agencyKey(astronauts: ColumnTable) {
  const ids = astronauts.array('agency_id') as (number | null)[];
  const names = astronauts.array('agency_name') as (string | null)[];
  return (i: number) => ({ id: ids[i] ?? null, name: names[i] ?? 'unknown agency' });
}

function decadeKey(astronauts: ColumnTable) {
  const first = astronauts.array('first_flight') as (Date | null)[];
  return (i: number) => {
    const decade = decadeOf(first[i]);
    return { id: decade, name: decadeName(decade) };
  };
}

function byName(a: Group, b: Group): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return (a.id ?? Infinity) - (b.id ?? Infinity);
}

function byId(a: Group, b: Group): number {
  return (a.id ?? Infinity) - (b.id ?? Infinity);
}
