/**
 * Launched flights per decade of launch, with planned flights counted apart.
 */
import { table, type ColumnTable } from 'arquero';
import { decadeName } from './decade.js';
import { indexGroups } from './group-index.js';
import { launchDecades } from './launch-decades.js';

/** What {@link flightsByDecade} gives. */
export interface FlightsByDecade {
  /** `decade` (first year, UTC), `decade_name` (`1960s`) and `flights`, in time order. */
  table: ColumnTable;
  /** Flights whose launch is still planned (Go, TBD, TBC or Hold): in no decade. */
  planned: number;
  /** Launched flights without a launch date: in no decade either. */
  undated: number;
}

/**
 * Counts the flights of a flights table by the UTC decade of their launch date. Flights
 * still planned are counted apart, never put in the decade of their placeholder date.
 *
 * @example
 * import { table } from 'arquero';
 * const flights = table({
 *   launch_net: ['1969-07-16T13:32:00Z', '1975-07-15T12:20:00Z', '2030-12-31T00:00:00Z'].map(
 *     (text) => new Date(text),
 *   ),
 *   launch_status_abbrev: ['Success', 'Success', 'TBD'],
 *   launch_status_id: [3, 3, 2],
 * });
 * flightsByDecade(flights).table.objects();
 * // [{ decade: 1960, decade_name: '1960s', flights: 1 },
 * //  { decade: 1970, decade_name: '1970s', flights: 1 }]
 * flightsByDecade(flights).planned; // 1 (the TBD launch, whose date is a placeholder)
 */
export function flightsByDecade(flights: ColumnTable): FlightsByDecade {
  const { decades: ofFlight, planned, undated } = launchDecades(flights);
  // Grouped as any key by decade (unknown: planned or undated), then the unknown dropped.
  const index = indexGroups(
    { ids: ofFlight, nameOf: (_row, decade) => decadeName(decade as number), unknown: '' },
    'id',
  );
  const known = index.groups.flatMap((group, at) => (group.id === null ? [] : [at]));
  const decades = known.map((at) => index.groups[at]?.id as number);
  const result = table({
    decade: decades,
    decade_name: known.map((at) => index.groups[at]?.name as string),
    flights: known.map((at) => index.sizes[at] as number),
  });
  return { table: result, planned, undated };
}
