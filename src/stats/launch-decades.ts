/**
 * The decade of each flight's launch, the step that the flight counts by decade share.
 */
import type { ColumnTable } from 'arquero';
import { columnValues } from './column-values.js';
import { decadeOf } from './decade.js';
import { isPlannedLaunch } from './launch-status.js';

/** What {@link launchDecades} gives. */
export interface LaunchDecades {
  /** Per flight row: the UTC decade of its launch, or null when it is planned or undated. */
  decades: (number | null)[];
  /** Flights still planned (Go, TBD, TBC or Hold): in no decade, whatever their date. */
  planned: number;
  /** Launched flights without a launch date: in no decade either. */
  undated: number;
}

/**
 * Places each flight of a flights table in the UTC decade of its launch date. A flight still
 * planned is in no decade (its date is often a placeholder), nor is a launched flight without
 * a date; both are counted.
 *
 * @example
 * import { table } from 'arquero';
 * const flights = table({
 *   launch_net: [new Date('1969-12-31T23:30:00Z'), null, new Date('2031-01-01T00:00:00Z')],
 *   launch_status_abbrev: ['Success', 'Success', 'TBD'],
 *   launch_status_id: [3, 3, 2],
 * });
 * launchDecades(flights); // { decades: [1960, null, null], planned: 1, undated: 1 }
 */
export function launchDecades(flights: ColumnTable): LaunchDecades {
  const net = columnValues(flights, 'launch_net') as ArrayLike<Date | null | undefined>;
  const abbrev = columnValues(flights, 'launch_status_abbrev');
  const statusId = columnValues(flights, 'launch_status_id');
  const decades = new Array<number | null>(net.length);
  let planned = 0;
  let undated = 0;
  for (let i = 0; i < net.length; i++) {
    const isPlanned = isPlannedLaunch(abbrev[i], statusId[i]);
    if (isPlanned) planned++;
    else if (net[i] == null) undated++;
    decades[i] = isPlanned ? null : decadeOf(net[i]);
  }
  return { decades, planned, undated };
}
