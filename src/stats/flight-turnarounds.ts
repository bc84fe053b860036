/**
 * The turnaround time of each flight, with the spacecraft that flew it.
 */
import { table, type ColumnTable } from 'arquero';

/**
 * One row per flight: `flight_id`, `spacecraft_id`, `spacecraft_name`,
 * `spacecraft_config_name`, `launch_net` (Date) and `turn_around_time_s`, in the flights
 * table's order. LL2's turnaround is the time from the spacecraft's previous landing to this
 * launch, so a first flight has none: it stays null, as does a name the spacecraft table
 * does not have.
 *
 * @example
 * flightTurnarounds({ flights, spacecraft }).objects()[0];
 * // { flight_id: 890, spacecraft_id: 453, spacecraft_name: 'RSS First Step',
 * //   spacecraft_config_name: 'Crew Capsule 2.0', launch_net: Date, turn_around_time_s: ... }
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
    turn_around_time_s: flights.array('turn_around_time_s'),
  });
}
