import type { ChartInput } from './chart-rows.js';
import { reuseBarsChart } from './reuse-bars.js';
import type { ChartOptions, ChartSpec } from './theme.js';

/**
 * A horizontal bar chart of the reuse rate of each agency's spacecraft: of its flown
 * spacecraft, the share that flew again, on a 0–100 % axis, highest first, each bar
 * labelled with the number of flown spacecraft behind it (`"SpaceX (n=4)"`).
 *
 * Takes `summarizeSpacecraft(tables, { by: 'agency' })`, as a table or row objects. Rows
 * whose `reuse_rate` is null are left out and the subtitle says how many; with no row left
 * the chart says "No data". The input is not changed.
 *
 * @example
 * reuseRateByAgencyChart([
 *   { group_name: 'SpaceX', reuse_rate: 0.75, flown_count: 4, reflown_count: 3 },
 * ]).title; // { text: 'Spacecraft reuse by agency' }
 */
export function reuseRateByAgencyChart(summary: ChartInput, options: ChartOptions = {}): ChartSpec {
  return reuseBarsChart(summary, options, {
    title: 'Spacecraft reuse by agency',
    noun: 'agency',
    groupTitle: 'Agency',
  });
}
