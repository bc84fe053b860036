/**
 * The turnaround time of each flight, with the spacecraft that flew it.
 */
import { table, type ColumnTable } from 'arquero';
import { isPlannedLaunch } from './launch-status.js';

/**
 * One row per flight: `flight_id`, `spacecraft_id`, `spacecraft_name`,
 * `spacecraft_config_name`, `launch_net` (Date), `launch_planned` and `turn_around_time_s`,
 * in the flights table's order. LL2's turnaround is the time from the spacecraft's previous
 * landing to this launch, so a first flight has none: it stays null, as does a name the
 * spacecraft table does not have. `launch_planned` is true for a launch still planned (Go,
 * TBD, TBC or Hold), whose turnaround LL2 measures to a date that has not come, often a
 * placeholder; the value is kept as LL2 gives it, and the turnaround chart leaves it out.
 *
 * @example
 * import { table } from 'arquero';
 * const spacecraft = table({ id: [7], name: ['Ship 7'], spacecraft_config_name: ['Capsule'] });
 * const flights = table({
 *   id: [1, 2],
 *   spacecraft_id: [7, 7],
 *   launch_net: [new Date('2024-01-01T00:00:00Z'), new Date('2024-03-01T00:00:00Z')],
 *   turn_around_time_s: [null, 4_320_000],
 * });
 * flightTurnarounds({ flights, spacecraft })
 *   .select('flight_id', 'spacecraft_name', 'turn_around_time_s')
 *   .objects();
 * // [{ flight_id: 1, spacecraft_name: 'Ship 7', turn_around_time_s: null },
 * //  { flight_id: 2, spacecraft_name: 'Ship 7', turn_around_time_s: 4320000 }] (50 days)
 */
export function flightTurnarounds(tables: {
  flights: ColumnTable;
  spacecraft: ColumnTable;
}): ColumnTable {
  const { flights, spacecraft } = tables;
  const rowOf = new Map<number, number>();
  (spacecraft.array('id') as number[]).forEach((id, row) => rowOf.set(id, row));
  const names = spacecraft.array('name') as (string | null)[];
  const configs = spacecraft.array('spacecraft_config_name') as (string | null)[];
  const ids = flights.array('spacecraft_id') as (number | null)[];
  const statusOf = (name: string) =>
    flights.columnNames().includes(name) ? flights.array(name) : ids.map(() => null);
  const abbrevs = statusOf('launch_status_abbrev');
  const statusIds = statusOf('launch_status_id');
  const row = (i: number) => (ids[i] == null ? undefined : rowOf.get(ids[i] as number));
  const pick = (values: (string | null)[]) =>
    ids.map((_, i) => {
      const at = row(i);
      return at === undefined ? null : (values[at] ?? null);
    });
  return table({
    flight_id: flights.array('id'),
    spacecraft_id: ids,
    spacecraft_name: pick(names),
    spacecraft_config_name: pick(configs),
    launch_net: flights.array('launch_net'),
    launch_planned: ids.map((_, i) => isPlannedLaunch(abbrevs[i], statusIds[i])),
    turn_around_time_s: flights.array('turn_around_time_s'),
  });
}
