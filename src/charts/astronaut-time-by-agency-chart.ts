import type { ChartInput } from './chart-rows.js';
import { dayBarsChart } from './day-bars.js';
import type { ChartOptions, ChartSpec } from './theme.js';

/**
 * A horizontal bar chart of the total time in space of the astronauts of each agency, in
 * days, longest first.
 *
 * Takes `summarizeAstronauts(astronauts, { by: 'agency' })` (columns `group_name`,
 * `time_in_space_total_s`, `astronaut_count`), as a table or row objects. Rows whose total
 * is null are left out and the subtitle says how many; the tooltip adds `astronaut_count`.
 * With no row left the chart says "No data". The input is not changed.
 *
 * @example
 * astronautTimeByAgencyChart([
 *   { group_name: 'NASA', time_in_space_total_s: 172800, astronaut_count: 3 },
 * ]).title; // { text: 'Astronaut time in space by agency' }
 */
export function astronautTimeByAgencyChart(
  summary: ChartInput,
  options: ChartOptions = {},
): ChartSpec {
  return dayBarsChart(summary, options, {
    title: 'Astronaut time in space by agency',
    noun: 'agency',
    groupTitle: 'Agency',
    countField: 'astronaut_count',
    countTitle: 'Astronauts',
  });
}
