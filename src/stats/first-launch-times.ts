/**
 * The launch time of each spacecraft's first launched flight.
 */
import type { ColumnTable } from 'arquero';
import { columnValues } from './column-values.js';
import { isWholeId } from './id-slots.js';
import { isPlannedLaunch } from './launch-status.js';

/** Each spacecraft's first launch: see {@link firstLaunchTimes}. */
export interface FirstLaunchTimes {
  /** The spacecraft ids that have a launched flight, in the order of the first one's row. */
  ids: unknown[];
  /** The earliest launch time (ms since 1970, UTC) of a spacecraft id, or undefined if none. */
  timeOf: (id: unknown) => number | undefined;
}

// No Date has an infinite time: the mark of an id without a launched flight.
const NONE = Infinity;

/**
 * The earliest flight of each spacecraft that has launched (its launch status is not Go,
 * TBD, TBC or Hold, and it has a launch date), as a time per spacecraft id. Whole ids up to
 * twice the flight count index a `Float64Array` of times (one memory access per flight,
 * where a hash table takes several); any other id is kept in a Map.
 *
 * When the first such flight of a spacecraft in the table has an invalid date, its time is
 * NaN and no later flight replaces it (no time compares below NaN).
 *
 * @example
 * import { table } from 'arquero';
 * const flights = table({
 *   spacecraft_id: [7, 7, 9],
 *   launch_net: ['1975-07-15', '1969-07-16', '2030-01-01'].map((d) => new Date(d)),
 *   launch_status_abbrev: ['Success', 'Success', 'TBD'],
 *   launch_status_id: [3, 3, 2],
 * });
 * const first = firstLaunchTimes(flights);
 * first.ids; // [7], spacecraft 9 has not launched
 * new Date(first.timeOf(7) as number).toISOString(); // '1969-07-16T00:00:00.000Z'
 */
export function firstLaunchTimes(flights: ColumnTable): FirstLaunchTimes {
  const spacecraft = columnValues(flights, 'spacecraft_id');
  const net = columnValues(flights, 'launch_net') as ArrayLike<Date | null | undefined>;
  const abbrev = columnValues(flights, 'launch_status_abbrev');
  const statusId = columnValues(flights, 'launch_status_id');
  const limit = Math.max(1 << 16, 2 * spacecraft.length);
  const dense = new Float64Array(denseLength(spacecraft, limit)).fill(NONE);
  const sparse = new Map<unknown, number>();
  const ids: unknown[] = [];
  for (let i = 0; i < spacecraft.length; i++) {
    const id = spacecraft[i];
    const date = net[i];
    if (id == null || date == null || isPlannedLaunch(abbrev[i], statusId[i])) continue;
    const time = date.getTime();
    const inDense = isWholeId(id) && id < dense.length;
    const earlier = inDense ? (dense[id] as number) : (sparse.get(id) ?? NONE);
    if (earlier === NONE) ids.push(id);
    if (earlier === NONE || time < earlier) {
      if (inDense) dense[id] = time;
      else sparse.set(id, time);
    }
  }
  const timeOf = (id: unknown) => {
    const time = isWholeId(id) && id < dense.length ? dense[id] : sparse.get(id);
    return time === NONE ? undefined : time;
  };
  return { ids, timeOf };
}

// One more than the largest whole id below the limit: the typed array's length.
function denseLength(ids: ArrayLike<unknown>, limit: number): number {
  let largest = -1;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (isWholeId(id) && id < limit && id > largest) largest = id;
  }
  return largest + 1;
}
