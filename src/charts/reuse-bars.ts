import type { LeftOutNoun } from '../messages.js';
import { chartRows, type ChartInput } from './chart-rows.js';
import { leftOutNote } from './left-out-note.js';
import { noDataChart } from './no-data-chart.js';
import { BAR_STEP, chartFrame, type ChartOptions, type ChartSpec } from './theme.js';
import type { UnitParts } from './unit-parts.js';

/** What differs between the reuse-rate charts drawn by {@link reuseBarsChart}. */
export interface ReuseBarsLayout {
  /** The default title. */
  title: string;
  /** What one bar is, for the note on rows left out. */
  noun: LeftOutNoun;
  /** The name of a group in the tooltip, such as `Configuration`. */
  groupTitle: string;
}

/**
 * A horizontal bar chart of `reuse_rate` per `group_name` on a 0–100 % axis, highest
 * first, each bar labelled `"name (n=flown_count)"`.
 *
 * The shared body of the reuse charts, over a `summarizeSpacecraft` result. Rows whose
 * `reuse_rate` is null (no flown spacecraft) are left out by a `filter` transform and the
 * subtitle says how many; with no row left the chart says "No data". The input is not
 * changed.
 *
 * @example
 * const rows = [
 *   { group_name: 'Agency A', flown_count: 4, reuse_rate: 0.5 },
 *   { group_name: 'Agency B', flown_count: 0, reuse_rate: null },
 * ];
 * reuseBarsChart(rows, {}, { title: 'Reuse by agency', noun: 'agency', groupTitle: 'Agency' });
 * // one bar, 'Agency A (n=4)' at 50 %; the subtitle says one agency was left out
 */
export function reuseBarsChart(
  summary: ChartInput,
  options: ChartOptions,
  layout: ReuseBarsLayout,
): ChartSpec {
  const rows = chartRows(summary, ['group_name', 'reuse_rate', 'flown_count', 'reflown_count']);
  const note = leftOutNote(rows, 'reuse_rate', layout.noun, 'without flown spacecraft');
  const title = { title: layout.title, subtitle: note.subtitle };
  if (note.count === rows.length) return noDataChart(options, title);

  const frame = chartFrame(options, { ...title, rows, width: 480, height: { step: BAR_STEP } });
  return { ...frame, ...reuseBarParts(layout.groupTitle) };
}

// The transforms, mark and encoding, which do not depend on the rows.
function reuseBarParts(groupTitle: string): UnitParts {
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
        title: `${groupTitle} (n flown)`,
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
        { field: 'group_name', type: 'nominal', title: groupTitle },
        { field: 'reuse_rate', type: 'quantitative', title: 'Reuse rate', format: '.0%' },
        { field: 'reflown_count', type: 'quantitative', title: 'Flew again' },
        { field: 'flown_count', type: 'quantitative', title: 'Flown' },
      ],
    },
  };
}
