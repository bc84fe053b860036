/**
 * Reuse: of the spacecraft that have flown, the share that flew again.
 */
import type { ColumnTable } from 'arquero';

/** Counts behind a reuse rate. */
export interface ReuseCounts {
  /** Spacecraft counted with `flights_count` of 1 or more. */
  flown: number;
  /** Of those, the ones with `flights_count` of 2 or more. */
  reflown: number;
  /** `reflown / flown`, or null when nothing has flown. */
  rate: number | null;
}

/** Options for {@link reuseRate}. */
export interface ReuseOptions {
  /** Count placeholder spacecraft (LL2's stand-ins for a vehicle not yet named). Default false. */
  includePlaceholders?: boolean;
}

/**
 * The reuse rate of the given spacecraft rows: spacecraft with `flights_count` ≥ 2 over
 * spacecraft with `flights_count` ≥ 1. Placeholders are left out unless asked for. A null
 * `flights_count` counts in neither; with no flown spacecraft the rate is null, not 0.
 *
 * @example
 * const { spacecraft } = await load('data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json');
 * reuseRate(spacecraft); // { flown: 10, reflown: 0, rate: 0 }, ten capsules each flown once
 */
export function reuseRate(
  spacecraft: ColumnTable,
  options: ReuseOptions = {},
  rows: readonly number[] = allRows(spacecraft),
): ReuseCounts {
  // Getters read the rows in place: `array()` would copy both columns, once per group when
  // reuseStats asks for each group's rate.
  const flights = spacecraft.getter('flights_count');
  const placeholder = spacecraft.getter('is_placeholder');
  const include = options.includePlaceholders;
  let flown = 0;
  let reflown = 0;
  for (const row of rows) {
    const level = reuseLevel(placeholder(row), flights(row), include);
    if (level > 0) flown++;
    if (level === 2) reflown++;
  }
  return reuseCounts(flown, reflown);
}

/**
 * How one spacecraft counts in a reuse rate: 2 when flown again (`flights_count` ≥ 2), 1 when
 * flown once, 0 when not counted (a null `flights_count` or below 1, or a placeholder left
 * out because `includePlaceholders` is not set).
 *
 * @example
 * reuseLevel(false, 3, false); // 2
 * reuseLevel(true, 3, false); // 0, a placeholder
 * reuseLevel(null, null, false); // 0, no flights_count
 */
export function reuseLevel(
  isPlaceholder: unknown,
  flightsCount: unknown,
  includePlaceholders: boolean | undefined,
): 0 | 1 | 2 {
  if (isPlaceholder === true && !includePlaceholders) return 0;
  const count = flightsCount as number | null | undefined;
  if (count == null || count < 1) return 0;
  return count >= 2 ? 2 : 1;
}

/**
 * The counts and rate of {@link reuseRate} from the two counts: the rate is null, not 0,
 * when nothing has flown.
 *
 * @example
 * reuseCounts(4, 1); // { flown: 4, reflown: 1, rate: 0.25 }
 */
export function reuseCounts(flown: number, reflown: number): ReuseCounts {
  return { flown, reflown, rate: flown === 0 ? null : reflown / flown };
}

function allRows(table: ColumnTable): number[] {
  return Array.from({ length: table.numRows() }, (_, i) => i);
}
