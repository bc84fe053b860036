/**
 * The decade of each spacecraft's first launched flight.
 */
import type { ColumnTable } from 'arquero';
import { decadeOf } from './decade.js';
import { isPlannedLaunch } from './launch-status.js';

/**
 * Maps each spacecraft id to the UTC decade of its earliest flight that has launched (its
 * launch status is not Go, TBD, TBC or Hold, and it has a launch date). A spacecraft with no
 * such flight is absent from the map: its decade is unknown.
 */
export function firstFlightDecades(flights: ColumnTable): Map<number, number> {
  const first = new Map<number, Date>();
  const spacecraft = flights.array('spacecraft_id');
  const net = flights.array('launch_net');
  const abbrev = flights.array('launch_status_abbrev');
  const statusId = flights.array('launch_status_id');
  for (let i = 0; i < flights.numRows(); i++) {
    const id = spacecraft[i] as number | null;
    const date = net[i] as Date | null;
    if (id == null || date == null || isPlannedLaunch(abbrev[i], statusId[i])) continue;
    const earlier = first.get(id);
    if (!earlier || date.getTime() < earlier.getTime()) first.set(id, date);
  }
  const decades = new Map<number, number>();
  for (const [id, date] of first) decades.set(id, decadeOf(date) as number);
  return decades;
}
