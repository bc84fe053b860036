import { chartRows, type ChartInput } from './chart-rows.js';
import { DAY_S } from './day-bars.js';
import { DECADE_STEP, decadeOrderTransform } from './decade-order.js';
import { leftOutNote } from './left-out-note.js';
import { noDataChart } from './no-data-chart.js';
import { chartFrame, type ChartOptions, type ChartSpec } from './theme.js';
import type { UnitParts } from './unit-parts.js';

const TITLE = 'Astronaut time in space by decade of first flight';
const COLUMNS = ['decade', 'decade_name', 'time_in_space_total_s', 'astronaut_count'];

/**
 * A bar chart of the total time in space of the astronauts whose first flight was in each
 * decade, in days (`time_in_space_total_s / 86400`), decades in time order with `unknown`
 * (a null `decade`) last.
 *
 * Takes `summarizeAstronauts(astronauts, { by: 'decade' })` (columns `decade`,
 * `decade_name`, `time_in_space_total_s`, `astronaut_count`), as a table or row objects.
 * Rows whose total is null are left out and the subtitle says how many; with no row left
 * the chart says "No data". The input is not changed.
 *
 * @example
 * astronautTimeByDecadeChart([
 *   { decade: 1960, decade_name: '1960s', time_in_space_total_s: 86400, astronaut_count: 2 },
 * ]).title; // { text: 'Astronaut time in space by decade of first flight' }
 */
export function astronautTimeByDecadeChart(
  summary: ChartInput,
  options: ChartOptions = {},
): ChartSpec {
  const rows = chartRows(summary, COLUMNS);
  const note = leftOutNote(rows, 'time_in_space_total_s', 'decade', 'without data');
  const title = { title: TITLE, subtitle: note.subtitle };
  if (note.count === rows.length) return noDataChart(options, title);

  const frame = chartFrame(options, { ...title, rows, width: { step: DECADE_STEP }, height: 240 });
  return { ...frame, ...decadeBarParts() };
}

// The transforms, mark and encoding, which do not depend on the rows.
function decadeBarParts(): UnitParts {
  return {
    transform: [
      { filter: { field: 'time_in_space_total_s', valid: true } },
      decadeOrderTransform(),
      { calculate: `datum.time_in_space_total_s / ${DAY_S}`, as: 'time_in_space_total_days' },
    ],
    mark: { type: 'bar' },
    encoding: {
      x: {
        field: 'decade_name',
        type: 'ordinal',
        sort: { field: 'decade_order', order: 'ascending' },
        title: 'Decade of first flight',
        axis: { labelAngle: 0 },
      },
      y: { field: 'time_in_space_total_days', type: 'quantitative', title: 'Time in space (days)' },
      tooltip: [
        { field: 'decade_name', type: 'ordinal', title: 'First flight' },
        { field: 'time_in_space_total_days', type: 'quantitative', title: 'Days', format: ',.1f' },
        { field: 'astronaut_count', type: 'quantitative', title: 'Astronauts' },
      ],
    },
  };
}
