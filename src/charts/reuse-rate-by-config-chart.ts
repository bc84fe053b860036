import { chartRows, type ChartInput } from './chart-rows.js';
import { leftOutNote } from './left-out-note.js';
import { noDataChart } from './no-data-chart.js';
import { BAR_STEP, chartFrame, type ChartOptions, type ChartSpec } from './theme.js';
import type { UnitParts } from './unit-parts.js';

const TITLE = 'Spacecraft reuse by configuration';
const COLUMNS = ['group_name', 'reuse_rate', 'flown_count', 'reflown_count'];

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
  const rows = chartRows(summary, COLUMNS);
  const note = leftOutNote(rows, 'reuse_rate', 'configuration', 'without flown spacecraft');
  const title = { title: TITLE, subtitle: note.subtitle };
  if (note.count === rows.length) return noDataChart(options, title);

  const frame = chartFrame(options, { ...title, rows, width: 480, height: { step: BAR_STEP } });
  return { ...frame, ...reuseRateParts() };
}

// The transforms, mark and encoding, which do not depend on the input.
function reuseRateParts(): UnitParts {
  return {
    transform: [
      { filter: { field: 'reuse_rate', valid: true } },
      { calculate: "datum.group_name + ' (n=' + datum.flown_count + ')'", as: 'group_label' },
    ],
    mark: { type: 'bar' },
    encoding: {
      y: {
        field: 'group_label',
        type: 'nominal',
        sort: '-x',
        title: 'Configuration (n flown)',
        axis: { title: null },
      },
      x: {
        field: 'reuse_rate',
        type: 'quantitative',
        title: 'Share of flown spacecraft (n) that flew again',
        scale: { domain: [0, 1] },
        axis: { format: '.0%', tickCount: 5 },
      },
      tooltip: [
        { field: 'group_name', type: 'nominal', title: 'Configuration' },
        { field: 'reuse_rate', type: 'quantitative', title: 'Reuse rate', format: '.0%' },
        { field: 'reflown_count', type: 'quantitative', title: 'Flew again' },
        { field: 'flown_count', type: 'quantitative', title: 'Flown' },
      ],
    },
  };
}
