/**
 * The rows of a flights table, by spacecraft, launched apart from planned.
 */
import type { ColumnTable } from 'arquero';
import { isPlannedLaunch } from './launch-status.js';

/** One spacecraft's flight rows (indexes into the flights table). */
export interface SpacecraftFlightRows {
  /** Flights whose launch status is not Go, TBD, TBC or Hold. */
  launched: number[];
  /** Flights still planned (Go, TBD, TBC or Hold). */
  planned: number[];
}

/**
 * Maps each `spacecraft_id` of a flights table to its flight rows, launched apart from
 * planned ({@link isPlannedLaunch}). A flight with a null `spacecraft_id` is in no entry.
 *
 * @example
 * import { table } from 'arquero';
 * const flights = table({
 *   spacecraft_id: [7, 7, 8, 7],
 *   launch_status_abbrev: ['Success', 'Failure', 'Success', 'TBD'],
 *   launch_status_id: [3, 4, 3, 2],
 * });
 * flightsOfSpacecraft(flights).get(7); // { launched: [0, 1], planned: [3] }
 */
export function flightsOfSpacecraft(
  flights: ColumnTable | null | undefined,
): Map<number, SpacecraftFlightRows> {
  const bySpacecraft = new Map<number, SpacecraftFlightRows>();
  if (!flights) return bySpacecraft;
  const ids = flights.array('spacecraft_id') as (number | null)[];
  const abbrev = flights.array('launch_status_abbrev');
  const statusId = flights.array('launch_status_id');
  for (let row = 0; row < flights.numRows(); row++) {
    const id = ids[row];
    if (id == null) continue;
    const entry = bySpacecraft.get(id) ?? { launched: [], planned: [] };
    (isPlannedLaunch(abbrev[row], statusId[row]) ? entry.planned : entry.launched).push(row);
    bySpacecraft.set(id, entry);
  }
  return bySpacecraft;
}
