import type { ChartInput } from './chart-rows.js';
import { dayBarsChart } from './day-bars.js';
import type { ChartOptions, ChartSpec } from './theme.js';

/**
 * A horizontal bar chart of the total time in space of the spacecraft of each agency, in
 * days, longest first.
 *
 * Takes a summary by agency (`summarizeSpacecraft(tables, { by: 'agency' })`), as a table
 * or row objects: one bar per `group_name`, of length `time_in_space_total_s / 86400`. Rows
 * whose total is null are left out and the subtitle says how many; the tooltip adds
 * `spacecraft_count`. With no row left the chart says "No data". The input is not changed.
 *
 * @example
 * timeInSpaceByAgencyChart([
 *   { group_name: 'SpaceX', time_in_space_total_s: 86400, spacecraft_count: 2 },
 * ]).title; // { text: 'Time in space by agency' }
 */
export function timeInSpaceByAgencyChart(
  summary: ChartInput,
  options: ChartOptions = {},
): ChartSpec {
  return dayBarsChart(summary, options, {
    title: 'Time in space by agency',
    noun: 'agency',
    groupTitle: 'Agency',
    countField: 'spacecraft_count',
    countTitle: 'Spacecraft',
  });
}
