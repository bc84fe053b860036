/**
 * The decade of each spacecraft's first launched flight.
 */
import type { ColumnTable } from 'arquero';
import { decadeOfTime } from './decade.js';
import { firstLaunchTimes } from './first-launch-times.js';

/**
 * Maps each spacecraft id to the UTC decade of its earliest flight that has launched (its
 * launch status is not Go, TBD, TBC or Hold, and it has a launch date). A spacecraft with no
 * such flight is absent from the map: its decade is unknown. Ids are in the order of their
 * first launched flight in the table.
 *
 * @example
 * import { table } from 'arquero';
 * const flights = table({
 *   spacecraft_id: [7, 7, 9],
 *   launch_net: ['1975-07-15', '1969-07-16', '2030-01-01'].map((d) => new Date(d)),
 *   launch_status_abbrev: ['Success', 'Success', 'TBD'],
 *   launch_status_id: [3, 3, 2],
 * });
 * [...firstFlightDecades(flights)]; // [[7, 1960]], spacecraft 9 has not launched
 */
export function firstFlightDecades(flights: ColumnTable): Map<number, number> {
  const { ids, timeOf } = firstLaunchTimes(flights);
  return new Map(ids.map((id) => [id as number, decadeOfTime(timeOf(id) as number) as number]));
}
