/**
 * Groups spacecraft rows by agency, configuration, configuration type, status, decade of
 * first flight, or any column of the spacecraft table.
 */
import type { ColumnTable } from 'arquero';
import { decadeName } from './decade.js';
import { firstFlightDecades } from './first-flight-decades.js';
import { columnKey, groupRows, idNameKey, type Group, type GroupKey } from './group-rows.js';

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

// Named groupings keyed by an id column and shown by a name column.
const ID_NAME: Record<string, [string, string, string]> = {
  agency: ['spacecraft_config_agency_id', 'spacecraft_config_agency_name', 'unknown agency'],
  spacecraft_config: ['spacecraft_config_id', 'spacecraft_config_name', 'unknown configuration'],
  spacecraft_config_type: [
    'spacecraft_config_type_id',
    'spacecraft_config_type_name',
    'unknown configuration type',
  ],
  status: ['status_id', 'status_name', 'unknown status'],
};

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
  const sc = tables.spacecraft;
  const named = ID_NAME[by];
  if (named) return groupRows(sc.numRows(), idNameKey(sc, ...named), 'name');
  if (by === 'decade') return groupRows(sc.numRows(), decadeKey(tables), 'id');
  return groupRows(sc.numRows(), columnKey(sc, by, SPACECRAFT_GROUPINGS), 'id');
}

function decadeKey(tables: SpacecraftTables): GroupKey {
  const decades = tables.flights ? firstFlightDecades(tables.flights) : new Map<number, number>();
  const ids = tables.spacecraft.array('id') as number[];
  return (row) => {
    const decade = decades.get(ids[row] as number) ?? null;
    return { id: decade, name: decadeName(decade) };
  };
}
