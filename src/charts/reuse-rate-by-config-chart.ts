import type { ChartInput } from './chart-rows.js';
import { reuseBarsChart } from './reuse-bars.js';
import type { ChartOptions, ChartSpec } from './theme.js';

/**
 * A horizontal bar chart of the reuse rate of each spacecraft configuration: the share of
 * its flown spacecraft that flew again, on a 0–100 % axis, highest first.
 *
 * Takes a summary by configuration (`summarizeSpacecraft(tables, { by:
 * 'spacecraft_config' })`), as a table or row objects. Each bar is labelled with the name
 * and the spacecraft behind it, `"Apollo CSM (n=3)"` with n = `flown_count`; the tooltip
 * adds `reflown_count`. Rows whose `reuse_rate` is null (no flown spacecraft) are left out
 * by a `filter` transform, and the subtitle says how many. With no row left the chart says
 * "No data". The input is not changed.
 *
 * @example
 * const spec = reuseRateByConfigChart([
 *   { group_name: 'Dragon 2', reuse_rate: 0.8, flown_count: 5, reflown_count: 4 },
 *   { group_name: 'Starliner', reuse_rate: null, flown_count: 0, reflown_count: 0 },
 * ]);
 * spec.title;
 * // { text: 'Spacecraft reuse by configuration',
 * //   subtitle: '1 configuration without flown spacecraft left out' }
 */
export function reuseRateByConfigChart(summary: ChartInput, options: ChartOptions = {}): ChartSpec {
  return reuseBarsChart(summary, options, {
    title: 'Spacecraft reuse by configuration',
    noun: 'configuration',
    groupTitle: 'Configuration',
  });
}
