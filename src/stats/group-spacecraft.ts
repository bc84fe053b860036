/**
 * Groups spacecraft rows by agency, configuration, configuration type, status, decade of
 * first flight, or any column of the spacecraft table.
 */
import type { ColumnTable } from 'arquero';
import { columnValues } from './column-values.js';
import { decadeName, decadeOfTime } from './decade.js';
import { firstLaunchTimes } from './first-launch-times.js';
import { groupsWithRows, indexGroups, type GroupIndex } from './group-index.js';
import { idNameColumns, valueColumns, type KeyColumns } from './group-key-columns.js';
import type { Group } from './group-rows.js';

/** The named groupings of spacecraft; any other name is taken as a column name. */
export const SPACECRAFT_GROUPINGS = [
  'agency',
  'spacecraft_config',
  'spacecraft_config_type',
  'status',
  'decade',
] as const;

/** A named grouping of spacecraft. */
export type SpacecraftGrouping = (typeof SPACECRAFT_GROUPINGS)[number];

/** A named grouping, or the name of any column of the spacecraft table. */
export type SpacecraftGroupBy = SpacecraftGrouping | (string & Record<never, never>);

/** The tables spacecraft aggregates read: flights only for decades and flight figures. */
export interface SpacecraftTables {
  spacecraft: ColumnTable;
  flights?: ColumnTable | null;
}

// Named groupings keyed by an id column and shown by a name column. A Map, because `by` is
// the caller's text: in a plain object `constructor` or `toString` would be found too.
const ID_NAME = new Map<string, [string, string, string]>([
  ['agency', ['spacecraft_config_agency_id', 'spacecraft_config_agency_name', 'unknown agency']],
  [
    'spacecraft_config',
    ['spacecraft_config_id', 'spacecraft_config_name', 'unknown configuration'],
  ],
  [
    'spacecraft_config_type',
    ['spacecraft_config_type_id', 'spacecraft_config_type_name', 'unknown configuration type'],
  ],
  ['status', ['status_id', 'status_name', 'unknown status']],
]);

/**
 * The groups of the spacecraft table's rows. An agency, configuration, configuration type
 * or status is keyed by its id and shown by its name (an agency's `abbrev` may be empty);
 * these groups are sorted by name. A decade is that of the spacecraft's first launched
 * flight in `flights` ({@link firstFlightDecades}), `unknown` (id null) when it has none;
 * decades are in time order, `unknown` last. Any other `by` names a column: its values are
 * the groups, in ascending order, null last as `unknown`.
 *
 * @example
 * const sample = 'data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json';
 * const { spacecraft } = await load(sample);
 * groupSpacecraft({ spacecraft }, 'spacecraft_config').map((g) => [g.name, g.rows.length]);
 * // [['Apollo Command/Service Module', 3], ['Mercury', 1], ['Soyuz', 5], ['Voskhod', 1]]
 */
export function groupSpacecraft(tables: SpacecraftTables, by: SpacecraftGroupBy): Group[] {
  return groupsWithRows(spacecraftGroupIndex(tables, by));
}

/**
 * The groups of {@link groupSpacecraft} as a group number per row of the spacecraft table
 * (see {@link indexGroups}): the form the summaries read, with no list of rows per group.
 *
 * @example
 * const sample = 'data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json';
 * const { spacecraft } = await load(sample);
 * [...spacecraftGroupIndex({ spacecraft }, 'spacecraft_config').sizes]; // [3, 1, 5, 1]
 */
export function spacecraftGroupIndex(tables: SpacecraftTables, by: SpacecraftGroupBy): GroupIndex {
  const sc = tables.spacecraft;
  const named = ID_NAME.get(by);
  if (named) return indexGroups(idNameColumns(sc, ...named), 'name');
  if (by === 'decade') return indexGroups(decadeColumns(tables), 'id');
  return indexGroups(valueColumns(sc, by, SPACECRAFT_GROUPINGS), 'id');
}

// Each spacecraft row's decade of first launched flight, or null when it has none.
function decadeColumns(tables: SpacecraftTables): KeyColumns {
  const ids = columnValues(tables.spacecraft, 'id');
  const decades = new Array<number | null>(ids.length).fill(null);
  if (tables.flights) {
    const { timeOf } = firstLaunchTimes(tables.flights);
    for (let row = 0; row < ids.length; row++) {
      const time = timeOf(ids[row]);
      if (time !== undefined) decades[row] = decadeOfTime(time);
    }
  }
  return {
    ids: decades,
    nameOf: (_row, id) => decadeName(id as number),
    unknown: decadeName(null),
  };
}
