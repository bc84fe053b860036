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
  // summarizeSpacecraft asks for each group's rate.
  const flights = spacecraft.getter('flights_count');
  const placeholder = spacecraft.getter('is_placeholder');
  let flown = 0;
  let reflown = 0;
  for (const row of rows) {
    if (placeholder(row) === true && !options.includePlaceholders) continue;
    const count = flights(row) as number | null;
    if (count == null || count < 1) continue;
    flown++;
    if (count >= 2) reflown++;
  }
  return { flown, reflown, rate: flown === 0 ? null : reflown / flown };
}

function allRows(table: ColumnTable): number[] {
  return Array.from({ length: table.numRows() }, (_, i) => i);
}
