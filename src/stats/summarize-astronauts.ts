/**
 * Astronaut aggregates by agency or by decade of first flight.
 */
import type { ColumnTable } from 'arquero';
import { astronautTime } from './astronaut-time.js';

/** The groupings {@link summarizeAstronauts} knows. */
export type AstronautGrouping = 'agency' | 'decade';

/** Options for {@link summarizeAstronauts}. */
export interface AstronautSummaryOptions {
  by: AstronautGrouping;
}

// The figures every summary row has after its key columns.
const FIGURES = [
  'astronaut_count',
  'time_in_space_count',
  'time_in_space_total_s',
  'time_in_space_mean_s',
  'time_in_space_median_s',
  'time_in_space_max_s',
];

/**
 * One row per group of astronauts, from the astronauts table (columns `agency_id`,
 * `agency_name`, `first_flight` (Date) and `time_in_space_s` are read).
 *
 * Key columns: by `agency`, `group_id` (agency id) and `group_name` (agency name, or
 * `unknown agency`); by `decade`, `decade` (first year of the UTC decade of `first_flight`,
 * null when it is missing) and `decade_name` (`1960s`, or `unknown`). Then
 * `astronaut_count`, `time_in_space_count` (astronauts with a value) and
 * `time_in_space_total_s`, `_mean_s`, `_median_s`, `_max_s` over them (see
 * `describeValues`). A null time in space is left out, never 0; `P0D` (0 s) counts as a
 * value. A figure with no values is null. Agencies are sorted by name; decades in time
 * order, `unknown` last.
 *
 * @example
 * import { table } from 'arquero';
 * const astronauts = table({
 *   agency_id: [63, 63, 44],
 *   agency_name: ['Roscosmos', 'Roscosmos', 'NASA'],
 *   first_flight: ['1961-04-12', '1965-03-18', '1983-06-18'].map((d) => new Date(d)),
 *   time_in_space_s: [6480, 93600, null],
 *   eva_time_s: [null, null, null],
 * });
 * summarizeAstronauts(astronauts, { by: 'decade' })
 *   .select('decade_name', 'astronaut_count', 'time_in_space_total_s')
 *   .objects();
 * // [{ decade_name: '1960s', astronaut_count: 2, time_in_space_total_s: 100080 },
 * //  { decade_name: '1980s', astronaut_count: 1, time_in_space_total_s: null }]
 */
export function summarizeAstronauts(
  astronauts: ColumnTable,
  options: AstronautSummaryOptions,
): ColumnTable {
  // One computation serves both: astronautTime groups and describes; this keeps the time in
  // space figures and names the decade's key columns as the decade charts read them.
  const full = astronautTime(astronauts, { by: options.by });
  const figures = full.select('group_id', 'group_name', ...FIGURES);
  if (options.by === 'agency') return figures;
  return figures.rename({ group_id: 'decade', group_name: 'decade_name' });
}
