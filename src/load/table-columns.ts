/**
 * The four tables `load` builds, the kind of record each is read from, and their columns.
 */
import type { AnalysedKind, ApiVersion } from '../ll2/record-kind.js';
import { astronautColumns } from './astronaut-columns.js';
import type { ColumnSpec } from './column-spec.js';
import { configurationColumns } from './configuration-columns.js';
import { flightColumns } from './flight-columns.js';
import { spacecraftColumns } from './spacecraft-columns.js';

/** The names of the tables. */
export type TableName = 'spacecraft' | 'flights' | 'astronauts' | 'configurations';

/** The tables in the order `load` reports them. */
export const TABLE_NAMES: readonly TableName[] = [
  'spacecraft',
  'flights',
  'astronauts',
  'configurations',
];

/** The table each kind of record is read into. */
export const TABLE_OF_KIND: Record<AnalysedKind, TableName> = {
  spacecraft: 'spacecraft',
  spacecraft_flight: 'flights',
  astronaut: 'astronauts',
  spacecraft_configuration: 'configurations',
};

/**
 * How a record of one kind and version is read into columns. Each list is built once per
 * kind and version and then shared: the loader asks for it once per record.
 */
export const COLUMNS_OF_KIND: Record<AnalysedKind, (version: ApiVersion) => readonly ColumnSpec[]> =
  {
    spacecraft: builtOnce(spacecraftColumns),
    spacecraft_flight: builtOnce(flightColumns),
    astronaut: builtOnce(astronautColumns),
    spacecraft_configuration: builtOnce(configurationColumns),
  };

function builtOnce(
  build: (version: ApiVersion) => readonly ColumnSpec[],
): (version: ApiVersion) => readonly ColumnSpec[] {
  const built = new Map<ApiVersion, readonly ColumnSpec[]>();
  return (version) => {
    let specs = built.get(version);
    if (!specs) built.set(version, (specs = build(version)));
    return specs;
  };
}

/** Columns every table ends with: the record's API version and the file it came from. */
export const SOURCE_COLUMNS = ['api_version', 'source_file'] as const;

function names(kind: AnalysedKind): string[] {
  const columns = COLUMNS_OF_KIND[kind]('2.3.0').flatMap((c) => (c.column ? [c.column] : []));
  return [...columns, ...SOURCE_COLUMNS];
}

/** The spacecraft table's column names, in order (listed in docs/ARCHITECTURE.md). */
export const SPACECRAFT_TABLE_COLUMNS = names('spacecraft');
/** The flights table's column names, in order. */
export const FLIGHT_TABLE_COLUMNS = names('spacecraft_flight');
/** The astronauts table's column names, in order. */
export const ASTRONAUT_TABLE_COLUMNS = names('astronaut');
/** The configurations table's column names, in order. */
export const CONFIGURATION_TABLE_COLUMNS = names('spacecraft_configuration');

/** Column names by table. */
export const TABLE_COLUMNS: Record<TableName, readonly string[]> = {
  spacecraft: SPACECRAFT_TABLE_COLUMNS,
  flights: FLIGHT_TABLE_COLUMNS,
  astronauts: ASTRONAUT_TABLE_COLUMNS,
  configurations: CONFIGURATION_TABLE_COLUMNS,
};
