import type { LeftOutNoun } from '../messages.js';
import { chartRows, type ChartInput } from './chart-rows.js';
import { leftOutNote } from './left-out-note.js';
import { noDataChart } from './no-data-chart.js';
import { BAR_STEP, chartFrame, type ChartOptions, type ChartSpec } from './theme.js';
import type { UnitParts } from './unit-parts.js';

/** Seconds in a day: charts show time in space in days. */
export const DAY_S = 86_400;

/** What differs between the charts drawn by {@link dayBarsChart}. */
export interface DayBarsLayout {
  /** The default title. */
  title: string;
  /** What one bar is, for the note on rows left out. */
  noun: LeftOutNoun;
  /** The title of the group axis and tooltip line, such as `Configuration`. */
  groupTitle: string;
  /** The count shown in the tooltip, such as `spacecraft_count`, and its title. */
  countField: string;
  countTitle: string;
}

/**
 * A horizontal bar chart of `time_in_space_total_s` per `group_name`, in days
 * (`total / 86400`, a `calculate` transform), longest first.
 *
 * The shared body of the time-in-space bar charts. Rows whose total is null are left out by
 * a `filter` transform and the subtitle says how many; with no row left the chart says "No
 * data". The input is not changed.
 *
 * @example
 * dayBarsChart([{ group_name: 'NASA', time_in_space_total_s: 86400, astronaut_count: 1 }], {},
 *   { title: 'T', noun: 'agency', groupTitle: 'Agency', countField: 'astronaut_count',
 *     countTitle: 'Astronauts' }).data.values[0].group_name; // 'NASA'
 */
export function dayBarsChart(
  summary: ChartInput,
  options: ChartOptions,
  layout: DayBarsLayout,
): ChartSpec {
  const rows = chartRows(summary, ['group_name', 'time_in_space_total_s', layout.countField]);
  const note = leftOutNote(rows, 'time_in_space_total_s', layout.noun, 'without data');
  const title = { title: layout.title, subtitle: note.subtitle };
  if (note.count === rows.length) return noDataChart(options, title);

  const frame = chartFrame(options, { ...title, rows, width: 480, height: { step: BAR_STEP } });
  return { ...frame, ...dayBarParts(layout) };
}

// The transforms, mark and encoding, which do not depend on the rows.
function dayBarParts(layout: DayBarsLayout): UnitParts {
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
        title: layout.groupTitle,
        axis: { title: null },
      },
      x: { field: 'time_in_space_total_days', type: 'quantitative', title: 'Time in space (days)' },
      tooltip: [
        { field: 'group_name', type: 'nominal', title: layout.groupTitle },
        { field: 'time_in_space_total_days', type: 'quantitative', title: 'Days', format: ',.1f' },
        { field: layout.countField, type: 'quantitative', title: layout.countTitle },
      ],
    },
  };
}
