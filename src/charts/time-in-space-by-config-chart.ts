import type { ChartInput } from './chart-rows.js';
import { dayBarsChart } from './day-bars.js';
import type { ChartOptions, ChartSpec } from './theme.js';

/**
 * A horizontal bar chart of the total time in space of each spacecraft configuration, in
 * days, longest first.
 *
 * Takes a summary by configuration (`summarizeSpacecraft(tables, { by:
 * 'spacecraft_config' })`), as a table or row objects: one bar per `group_name`, of length
 * `time_in_space_total_s / 86400` (a `calculate` transform). Rows whose total is null are
 * left out by a `filter` transform, and the subtitle says how many. The tooltip shows the
 * name, the days and `spacecraft_count`. With no row left the chart says "No data". The
 * input is not changed.
 *
 * @example
 * const spec = timeInSpaceByConfigChart([
 *   { group_name: 'Soyuz 7K-OK', time_in_space_total_s: 172800, spacecraft_count: 2 },
 *   { group_name: 'Vostok 3KA', time_in_space_total_s: null, spacecraft_count: 1 },
 * ]);
 * spec.title;
 * // { text: 'Time in space by spacecraft configuration',
 * //   subtitle: '1 configuration without data left out' }
 */
export function timeInSpaceByConfigChart(
  summary: ChartInput,
  options: ChartOptions = {},
): ChartSpec {
  return dayBarsChart(summary, options, {
    title: 'Time in space by spacecraft configuration',
    noun: 'configuration',
    groupTitle: 'Configuration',
    countField: 'spacecraft_count',
    countTitle: 'Spacecraft',
  });
}
