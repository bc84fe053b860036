import { chartRows, type ChartInput } from './chart-rows.js';
import { DECADE_STEP, decadeOrderTransform } from './decade-order.js';
import { leftOutNote } from './left-out-note.js';
import { noDataChart } from './no-data-chart.js';
import { chartFrame, type ChartOptions, type ChartSpec } from './theme.js';
import type { UnitParts } from './unit-parts.js';

const TITLE = 'Flights by decade';
const COLUMNS = ['decade', 'decade_name', 'flights'];

/**
 * A bar chart of the number of flights in each decade, in time order.
 *
 * Takes the table of `flightsByDecade(flights)` (columns `decade`, `decade_name`,
 * `flights`), as a table or row objects: one bar per `decade_name`, ordered by `decade`,
 * with a row whose `decade` is null (`unknown`) last. Rows whose `flights` is null are left
 * out by a `filter` transform, and the subtitle says how many. With no row left the chart
 * says "No data". The input is not changed.
 *
 * @example
 * const spec = flightsByDecadeChart([
 *   { decade: 1960, decade_name: '1960s', flights: 12 },
 *   { decade: 1970, decade_name: '1970s', flights: 30 },
 * ]);
 * spec.title; // { text: 'Flights by decade' }
 */
export function flightsByDecadeChart(table: ChartInput, options: ChartOptions = {}): ChartSpec {
  const rows = chartRows(table, COLUMNS);
  const note = leftOutNote(rows, 'flights', 'decade', 'without data');
  const title = { title: TITLE, subtitle: note.subtitle };
  if (note.count === rows.length) return noDataChart(options, title);

  const frame = chartFrame(options, { ...title, rows, width: { step: DECADE_STEP }, height: 240 });
  return { ...frame, ...flightsByDecadeParts() };
}

// The transforms, mark and encoding, which do not depend on the input.
function flightsByDecadeParts(): UnitParts {
  return {
    transform: [{ filter: { field: 'flights', valid: true } }, decadeOrderTransform()],
    mark: { type: 'bar' },
    encoding: {
      x: {
        field: 'decade_name',
        type: 'ordinal',
        sort: { field: 'decade_order', order: 'ascending' },
        title: 'Decade',
        axis: { labelAngle: 0 },
      },
      y: { field: 'flights', type: 'quantitative', title: 'Flights' },
      tooltip: [
        { field: 'decade_name', type: 'ordinal', title: 'Decade' },
        { field: 'flights', type: 'quantitative', title: 'Flights' },
      ],
    },
  };
}
