/**
 * Launched flights per decade of launch and agency of the spacecraft that flew.
 */
import { table, type ColumnTable } from 'arquero';
import { decadeName } from './decade.js';
import { launchDecades } from './launch-decades.js';

/** What {@link flightsByDecadeAndAgency} gives. */
export interface FlightsByDecadeAndAgency {
  /** `decade`, `decade_name`, `agency_id`, `agency_name`, `flights`; see the function. */
  table: ColumnTable;
  /** Flights still planned (Go, TBD, TBC or Hold): in no decade. */
  planned: number;
  /** Launched flights without a launch date: in no decade either. */
  undated: number;
}

interface Cell {
  decade: number;
  agencyId: number | null;
  agencyName: string;
  flights: number;
}

/**
 * Counts launched flights by the UTC decade of their launch date and by the agency of their
 * spacecraft's configuration (found through `spacecraft_id` in the spacecraft table; an
 * agency that is not known is `unknown agency`, id null). Planned and undated flights are
 * counted apart, as in `flightsByDecade`. Rows are sorted by decade, then agency name.
 *
 * @example
 * import { table } from 'arquero';
 * const spacecraft = table({
 *   id: [7, 8],
 *   spacecraft_config_agency_id: [44, 63],
 *   spacecraft_config_agency_name: ['NASA', 'Roscosmos'],
 * });
 * const flights = table({
 *   spacecraft_id: [7, 8, 8, 8],
 *   launch_net: ['1969-07-16', '1975-07-15', '1976-07-06', '2031-01-01'].map((d) => new Date(d)),
 *   launch_status_abbrev: ['Success', 'Success', 'Success', 'TBD'],
 *   launch_status_id: [3, 3, 3, 2],
 * });
 * const counts = flightsByDecadeAndAgency({ flights, spacecraft });
 * counts.table.objects();
 * // [{ decade: 1960, decade_name: '1960s', agency_id: 44, agency_name: 'NASA', flights: 1 },
 * //  { decade: 1970, decade_name: '1970s', agency_id: 63, agency_name: 'Roscosmos', flights: 2 }]
 * counts.planned; // 1, the 2031 flight
 */
export function flightsByDecadeAndAgency(tables: {
  flights: ColumnTable;
  spacecraft: ColumnTable;
}): FlightsByDecadeAndAgency {
  const { flights } = tables;
  const agencyOf = agencyLookup(tables.spacecraft);
  const spacecraftId = flights.array('spacecraft_id') as (number | null)[];
  const { decades, planned, undated } = launchDecades(flights);

  // Count each launched, dated flight in its (decade, agency) cell.
  const cells = new Map<string, Cell>();
  decades.forEach((decade, i) => {
    if (decade === null) return;
    const agency = agencyOf(spacecraftId[i] ?? null);
    const key = `${decade}:${agency.id}:${agency.name}`;
    const cell = cells.get(key) ?? {
      decade,
      agencyId: agency.id,
      agencyName: agency.name,
      flights: 0,
    };
    cell.flights++;
    cells.set(key, cell);
  });
  return { table: cellTable([...cells.values()].sort(byDecadeThenName)), planned, undated };
}

function agencyLookup(spacecraft: ColumnTable) {
  const ids = spacecraft.array('id') as number[];
  const agencyIds = spacecraft.array('spacecraft_config_agency_id') as (number | null)[];
  const names = spacecraft.array('spacecraft_config_agency_name') as (string | null)[];
  const byId = new Map<number, number>();
  ids.forEach((id, row) => byId.set(id, row));
  return (id: number | null) => {
    const row = id == null ? undefined : byId.get(id);
    const agencyId = row === undefined ? null : (agencyIds[row] ?? null);
    const name = row === undefined ? null : (names[row] ?? null);
    return { id: agencyId, name: name ?? 'unknown agency' };
  };
}

function byDecadeThenName(a: Cell, b: Cell): number {
  if (a.decade !== b.decade) return a.decade - b.decade;
  return a.agencyName < b.agencyName ? -1 : a.agencyName > b.agencyName ? 1 : 0;
}

function cellTable(cells: Cell[]): ColumnTable {
  return table({
    decade: cells.map((c) => c.decade),
    decade_name: cells.map((c) => decadeName(c.decade)),
    agency_id: cells.map((c) => c.agencyId),
    agency_name: cells.map((c) => c.agencyName),
    flights: cells.map((c) => c.flights),
  });
}
