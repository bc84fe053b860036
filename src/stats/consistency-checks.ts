/**
 * Checks of LL2's own totals against the flights in the data.
 */
import type { ColumnTable } from 'arquero';
import { flightsOfSpacecraft, type SpacecraftFlightRows } from './flights-of-spacecraft.js';
import { tableFromRows } from './table-from-rows.js';

/**
 * Default tolerances for `time_in_space` against the sum of flight durations, in seconds.
 *
 * In the real `spacecraft_flights` file every spacecraft whose flights are all in the data
 * and that is back on the ground matches its flights exactly (11 of 11, difference 0 s), so
 * 1 s only absorbs the fraction LL2 drops from a total. The 7 still in space differ by
 * 156.6 to 160.3 s: both values grow by the second and LL2 computed them minutes apart. 300 s
 * is about twice the largest of those, and far below a missing flight (hours to months).
 */
export const TIME_IN_SPACE_TOLERANCE_S = { landed: 1, inSpace: 300 } as const;

/** Options for {@link consistencyChecks}. */
export interface ConsistencyOptions {
  /** Allowed |time_in_space - Σ durations| for a spacecraft on the ground. Default 1 s. */
  toleranceS?: number;
  /** The same for a spacecraft `in_space` (live values). Default 300 s. */
  inSpaceToleranceS?: number;
}

/** The columns of {@link consistencyChecks}'s table, in order. */
export const CONSISTENCY_COLUMNS = [
  'spacecraft_id',
  'spacecraft_name',
  'check',
  'll2_value',
  'data_value',
  'difference',
] as const;

type Finding = Record<(typeof CONSISTENCY_COLUMNS)[number], unknown>;

/**
 * One row per disagreement between a spacecraft's LL2 totals and its flights in the data,
 * sorted by spacecraft id. `check` is one of:
 *
 * - `flights_count`: `flights_count` differs from the spacecraft's launched flights in the
 *   flights table (launch status not Go, TBD, TBC or Hold). Only spacecraft with at least one
 *   flight row are checked: a file holding some flights says nothing about the others.
 * - `time_in_space`: `time_in_space` (seconds) differs from Σ `duration` of its launched
 *   flights by more than the tolerance ({@link TIME_IN_SPACE_TOLERANCE_S}). Checked only when
 *   the data holds all its flights (their number equals `flights_count`) and each has a
 *   duration: otherwise the sum is partial, not a disagreement.
 * - `zero_time_in_space`: `time_in_space` is `P0D` (0) on a record with flights
 *   (`flights_count` ≥ 1 or a launched flight in the data): LL2's zero standing for no data.
 *
 * `ll2_value` is LL2's field, `data_value` what the flights give (null when they give
 * nothing), `difference` is `ll2_value - data_value`. Null rule: a null LL2 field is not
 * checked. Without a flights table only `zero_time_in_space` can be found.
 *
 * @example
 * import { table } from 'arquero';
 * const spacecraft = table({
 *   id: [7], name: ['Ship 7'], in_space: [false], flights_count: [3], time_in_space_s: [86400],
 * });
 * const flights = table({
 *   spacecraft_id: [7],
 *   launch_status_abbrev: ['Success'],
 *   launch_status_id: [3],
 *   duration_s: [3600],
 * });
 * consistencyChecks({ spacecraft, flights }).objects();
 * // [{ spacecraft_id: 7, spacecraft_name: 'Ship 7', check: 'flights_count',
 * //    ll2_value: 3, data_value: 1, difference: 2 }]
 * // (time in space is not checked: the data holds 1 of its 3 flights)
 */
export function consistencyChecks(
  tables: { spacecraft: ColumnTable; flights?: ColumnTable | null },
  options: ConsistencyOptions = {},
): ColumnTable {
  const sc = tables.spacecraft;
  const ofSpacecraft = flightsOfSpacecraft(tables.flights);
  const durations = (tables.flights?.array('duration_s') ?? []) as (number | null)[];
  const order = Array.from({ length: sc.numRows() }, (_, i) => i).sort(
    (a, b) => (sc.get('id', a) as number) - (sc.get('id', b) as number),
  );
  const findings = order.flatMap((row) => {
    const craft = sc.object(row) as Craft;
    const flights = ofSpacecraft.get(craft.id);
    return [
      countFinding(craft, flights),
      timeFinding(craft, flights, durations, options),
      zeroFinding(craft, flights, durations),
    ].filter((f): f is Finding => f !== null);
  });
  return tableFromRows(findings, CONSISTENCY_COLUMNS);
}

interface Craft {
  id: number;
  name: string | null;
  in_space: boolean | null;
  flights_count: number | null;
  time_in_space_s: number | null;
}

function finding(craft: Craft, check: string, ll2: number, data: number | null): Finding {
  const difference = data === null ? null : ll2 - data;
  return {
    spacecraft_id: craft.id,
    spacecraft_name: craft.name,
    check,
    ll2_value: ll2,
    data_value: data,
    difference,
  };
}

function countFinding(craft: Craft, flights: SpacecraftFlightRows | undefined): Finding | null {
  if (!flights || craft.flights_count == null) return null;
  const launched = flights.launched.length;
  return craft.flights_count === launched
    ? null
    : finding(craft, 'flights_count', craft.flights_count, launched);
}

// Σ durations of the launched flights, or null when one of them has none.
function durationSum(flights: SpacecraftFlightRows | undefined, durations: (number | null)[]) {
  const values = (flights?.launched ?? []).map((row) => durations[row] ?? null);
  return values.length === 0 || values.includes(null)
    ? null
    : (values as number[]).reduce((a, b) => a + b, 0);
}

function timeFinding(
  craft: Craft,
  flights: SpacecraftFlightRows | undefined,
  durations: (number | null)[],
  options: ConsistencyOptions,
): Finding | null {
  const total = craft.time_in_space_s;
  if (!flights || total == null || craft.flights_count !== flights.launched.length) return null;
  const sum = durationSum(flights, durations);
  if (sum === null) return null;
  const tolerance =
    craft.in_space === true
      ? (options.inSpaceToleranceS ?? TIME_IN_SPACE_TOLERANCE_S.inSpace)
      : (options.toleranceS ?? TIME_IN_SPACE_TOLERANCE_S.landed);
  return Math.abs(total - sum) > tolerance ? finding(craft, 'time_in_space', total, sum) : null;
}

function zeroFinding(
  craft: Craft,
  flights: SpacecraftFlightRows | undefined,
  durations: (number | null)[],
): Finding | null {
  const launched = flights?.launched.length ?? 0;
  if (craft.time_in_space_s !== 0 || ((craft.flights_count ?? 0) < 1 && launched === 0)) {
    return null;
  }
  return finding(craft, 'zero_time_in_space', 0, durationSum(flights, durations));
}
