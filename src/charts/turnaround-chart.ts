import { chartRows, type ChartInput } from './chart-rows.js';
import { DAY_S } from './day-bars.js';
import { leftOutNote } from './left-out-note.js';
import { noDataChart } from './no-data-chart.js';
import { BAR_STEP, chartFrame, type ChartOptions, type ChartSpec } from './theme.js';
import type { UnitParts } from './unit-parts.js';

const TITLE = 'Turnaround time of each reflight';
const COLUMNS = [
  'spacecraft_name',
  'spacecraft_config_name',
  'launch_net',
  'launch_planned',
  'turn_around_time_s',
];

/**
 * A dot per flight of its turnaround time in days (LL2's time from the spacecraft's
 * previous landing to this launch), one row per spacecraft, the longest first.
 *
 * Takes `flightTurnarounds({ flights, spacecraft })` (columns `spacecraft_name`,
 * `spacecraft_config_name`, `launch_net`, `launch_planned`, `turn_around_time_s`), as a
 * table or row objects. A flight without a turnaround (a first flight has none), and a
 * flight still planned (`launch_planned`: its turnaround runs to a date not yet come), is
 * left out, and the subtitle says how many. A missing spacecraft name is shown as `unknown`. With no flight left the
 * chart says "No data". The input is not changed.
 *
 * @example
 * const flight = {
 *   spacecraft_name: 'RSS First Step',
 *   spacecraft_config_name: 'Crew Capsule 2.0',
 *   launch_net: '2025-10-08T13:40:27Z',
 *   turn_around_time_s: 86400,
 * };
 * turnaroundChart([flight]).title; // { text: 'Turnaround time of each reflight' }
 */
export function turnaroundChart(turnarounds: ChartInput, options: ChartOptions = {}): ChartSpec {
  const rows = chartRows(turnarounds, COLUMNS).map((row) => ({
    ...row,
    spacecraft_name: row.spacecraft_name ?? 'unknown',
    turn_around_time_s: row.launch_planned === true ? null : row.turn_around_time_s,
  }));
  const reason = 'without a turnaround time or still planned';
  const note = leftOutNote(rows, 'turn_around_time_s', 'flight', reason);
  const title = { title: TITLE, subtitle: note.subtitle };
  if (note.count === rows.length) return noDataChart(options, title);

  const frame = chartFrame(options, { ...title, rows, width: 480, height: { step: BAR_STEP } });
  return { ...frame, ...turnaroundParts() };
}

// The transforms, mark and encoding, which do not depend on the rows.
function turnaroundParts(): UnitParts {
  return {
    transform: [
      { filter: { field: 'turn_around_time_s', valid: true } },
      { calculate: `datum.turn_around_time_s / ${DAY_S}`, as: 'turn_around_days' },
    ],
    mark: { type: 'point', filled: true, size: 60 },
    encoding: {
      y: {
        field: 'spacecraft_name',
        type: 'nominal',
        sort: { field: 'turn_around_days', op: 'max', order: 'descending' },
        title: 'Spacecraft',
        axis: { title: null },
      },
      x: { field: 'turn_around_days', type: 'quantitative', title: 'Turnaround (days)' },
      tooltip: [
        { field: 'spacecraft_name', type: 'nominal', title: 'Spacecraft' },
        { field: 'spacecraft_config_name', type: 'nominal', title: 'Configuration' },
        { field: 'launch_net', type: 'nominal', title: 'Launch (UTC)' },
        { field: 'turn_around_days', type: 'quantitative', title: 'Days', format: ',.1f' },
      ],
    },
  };
}
