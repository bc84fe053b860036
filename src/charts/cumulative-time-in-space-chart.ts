import { messages } from '../messages.js';
import { chartRows, type ChartInput, type ChartRow } from './chart-rows.js';
import { countInvalid } from './count-invalid.js';
import { DAY_S } from './day-bars.js';
import { noDataChart } from './no-data-chart.js';
import { chartFrame, type ChartOptions, type ChartSpec } from './theme.js';
import type { UnitParts } from './unit-parts.js';

const TITLE = 'Cumulative time in space over time';
const COLUMNS = ['launch_name', 'launch_net', 'duration_s'];

/**
 * A line of the time in space flown so far, in days, against the launch date (UTC): each
 * flight adds its `duration_s` at its `launch_net`.
 *
 * Takes the flights table (columns `launch_name`, `launch_net`, `duration_s`), as a table
 * or row objects. A flight without a duration or a launch date (a flight still planned has
 * neither a real date nor a duration) is left out, and the subtitle says how many. The sum
 * runs in launch order (a `window` transform over `launch_net`, ISO 8601 UTC text, which
 * sorts as time). The date axis is on a UTC scale. With no flight left the chart says "No
 * data". The input is not changed.
 *
 * Formula: cumulative_days(t) = Σ duration_s / 86400 over flights launched at or before t.
 *
 * @example
 * cumulativeTimeInSpaceChart([
 *   { launch_name: 'A', launch_net: new Date('2025-01-01T00:00:00Z'), duration_s: 86400 },
 * ]).data.values[0].launch_net; // '2025-01-01T00:00:00.000Z'
 */
export function cumulativeTimeInSpaceChart(
  flights: ChartInput,
  options: ChartOptions = {},
): ChartSpec {
  const rows = chartRows(flights, COLUMNS);
  const left = rows.filter((row) => !usable(row)).length;
  const subtitle = left > 0 ? messages.chartRowsLeftOut(left, 'flight', LEFT_OUT_REASON) : null;
  const title = { title: TITLE, subtitle };
  if (left === rows.length) return noDataChart(options, title);

  const frame = chartFrame(options, { ...title, rows, width: 480, height: 240 });
  return { ...frame, ...cumulativeParts() };
}

const LEFT_OUT_REASON = 'without a duration or launch date';

function usable(row: ChartRow): boolean {
  return row.launch_net != null && countInvalid([row], 'duration_s') === 0;
}

// The transforms, mark and encoding, which do not depend on the rows.
function cumulativeParts(): UnitParts {
  return {
    transform: [
      { filter: { field: 'duration_s', valid: true } },
      { filter: 'isValid(datum.launch_net)' },
      { calculate: `datum.duration_s / ${DAY_S}`, as: 'duration_days' },
      {
        window: [{ op: 'sum', field: 'duration_days', as: 'cumulative_days' }],
        sort: [{ field: 'launch_net', order: 'ascending' }],
        frame: [null, 0],
      },
    ],
    mark: { type: 'line', point: true, interpolate: 'step-after' },
    encoding: {
      x: {
        field: 'launch_net',
        type: 'temporal',
        title: 'Launch date (UTC)',
        scale: { type: 'utc' },
      },
      y: { field: 'cumulative_days', type: 'quantitative', title: 'Time in space so far (days)' },
      tooltip: [
        { field: 'launch_name', type: 'nominal', title: 'Launch' },
        { field: 'launch_net', type: 'nominal', title: 'Launch date (UTC)' },
        { field: 'duration_days', type: 'quantitative', title: 'Flight (days)', format: ',.2f' },
        { field: 'cumulative_days', type: 'quantitative', title: 'So far (days)', format: ',.2f' },
      ],
    },
  };
}
