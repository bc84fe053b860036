import { chartRows, type ChartInput } from './chart-rows.js';
import { DECADE_STEP, decadeOrderTransform } from './decade-order.js';
import { noDataChart } from './no-data-chart.js';
import { countInvalid } from './count-invalid.js';
import { chartFrame, type ChartOptions, type ChartSpec } from './theme.js';
import type { UnitParts } from './unit-parts.js';

const TITLE = 'Flights per decade by agency';
const COLUMNS = ['decade', 'decade_name', 'agency_name', 'flights'];

/**
 * A bar chart of launched flights per decade, each bar stacked by the agency of the
 * spacecraft that flew, decades in time order (`unknown` last).
 *
 * Takes `flightsByDecadeAndAgency(tables).table` (columns `decade`, `decade_name`,
 * `agency_name`, `flights`), as a table or row objects. Clicking an agency in the legend
 * highlights its flights (a legend-bound point selection). Rows whose `flights` is not a
 * number are left out; with no row left the chart says "No data". The input is not
 * changed.
 *
 * @example
 * flightsByDecadeAgencyChart([
 *   { decade: 2020, decade_name: '2020s', agency_name: 'SpaceX', flights: 6 },
 * ]).title; // { text: 'Flights per decade by agency' }
 */
export function flightsByDecadeAgencyChart(
  table: ChartInput,
  options: ChartOptions = {},
): ChartSpec {
  const rows = chartRows(table, COLUMNS);
  const title = { title: TITLE, subtitle: null };
  if (countInvalid(rows, 'flights') === rows.length) return noDataChart(options, title);

  const frame = chartFrame(options, { ...title, rows, width: { step: DECADE_STEP }, height: 240 });
  return { ...frame, ...stackedParts() };
}

// The selection, transforms, mark and encoding, which do not depend on the rows.
function stackedParts(): UnitParts {
  return {
    params: [
      { name: 'agency', select: { type: 'point', fields: ['agency_name'] }, bind: 'legend' },
    ],
    transform: [{ filter: { field: 'flights', valid: true } }, decadeOrderTransform()],
    mark: { type: 'bar' },
    encoding: {
      x: {
        field: 'decade_name',
        type: 'ordinal',
        sort: { field: 'decade_order', order: 'ascending' },
        title: 'Decade of launch',
        axis: { labelAngle: 0 },
      },
      y: { field: 'flights', type: 'quantitative', aggregate: 'sum', title: 'Launched flights' },
      color: { field: 'agency_name', type: 'nominal', title: 'Agency' },
      opacity: { condition: { param: 'agency', value: 1 }, value: 0.25 },
      tooltip: [
        { field: 'decade_name', type: 'ordinal', title: 'Decade' },
        { field: 'agency_name', type: 'nominal', title: 'Agency' },
        { field: 'flights', type: 'quantitative', aggregate: 'sum', title: 'Flights' },
      ],
    },
  };
}
