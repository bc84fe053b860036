import { chartRows, type ChartInput } from './chart-rows.js';
import { leftOutNote } from './left-out-note.js';
import { noDataChart } from './no-data-chart.js';
import { BAR_STEP, chartFrame, type ChartOptions, type ChartSpec } from './theme.js';
import type { UnitParts } from './unit-parts.js';

const TITLE = 'Time in space by spacecraft configuration';
const COLUMNS = ['group_name', 'time_in_space_total_s', 'spacecraft_count'];
const DAY_S = 86_400;

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
  const rows = chartRows(summary, COLUMNS);
  const note = leftOutNote(rows, 'time_in_space_total_s', 'configuration', 'without data');
  const title = { title: TITLE, subtitle: note.subtitle };
  if (note.count === rows.length) return noDataChart(options, title);

  const frame = chartFrame(options, { ...title, rows, width: 480, height: { step: BAR_STEP } });
  return { ...frame, ...timeInSpaceParts() };
}

// The transforms, mark and encoding, which do not depend on the input.
function timeInSpaceParts(): UnitParts {
  return {
    transform: [
      { filter: { field: 'time_in_space_total_s', valid: true } },
      { calculate: `datum.time_in_space_total_s / ${DAY_S}`, as: 'time_in_space_total_days' },
    ],
    mark: { type: 'bar' },
    encoding: {
      y: {
        field: 'group_name',
        type: 'nominal',
        sort: '-x',
        title: 'Configuration',
        axis: { title: null },
      },
      x: { field: 'time_in_space_total_days', type: 'quantitative', title: 'Time in space (days)' },
      tooltip: [
        { field: 'group_name', type: 'nominal', title: 'Configuration' },
        { field: 'time_in_space_total_days', type: 'quantitative', title: 'Days', format: ',.1f' },
        { field: 'spacecraft_count', type: 'quantitative', title: 'Spacecraft' },
      ],
    },
  };
}
