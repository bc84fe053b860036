import { InputError, messages } from '../messages.js';
import { chartRows, type ChartInput, type ChartRow } from './chart-rows.js';
import { DAY_S } from './day-bars.js';
import { leftOutNote } from './left-out-note.js';
import { noDataChart } from './no-data-chart.js';
import { BAR_STEP, chartFrame, type ChartOptions, type ChartSpec } from './theme.js';
import type { UnitParts } from './unit-parts.js';

/** The scales {@link timeInSpaceStripChart} can draw on. */
export type TimeScale = 'linear' | 'symlog' | 'log';

const TIME_SCALES: readonly string[] = ['linear', 'symlog', 'log'] satisfies TimeScale[];

/** Options for {@link timeInSpaceStripChart}. */
export interface StripChartOptions extends ChartOptions {
  /** One strip per configuration (default) or per agency. */
  by?: 'spacecraft_config' | 'agency';
  /**
   * `linear` (default); `symlog`, logarithmic away from zero and linear within a day of it,
   * so `P0D` zeros stay on the chart; or `log`, which cannot show 0, so zeros are left out
   * and the subtitle says how many.
   */
  scale?: TimeScale;
}

const GROUP = {
  spacecraft_config: { column: 'spacecraft_config_name', title: 'Configuration' },
  agency: { column: 'spacecraft_config_agency_name', title: 'Agency' },
} as const;

/**
 * A strip plot of the time in space of each spacecraft, in days, one strip per
 * configuration (or agency), the strip with the longest time first: the distribution behind
 * the time-in-space bars.
 *
 * Takes the spacecraft table (columns `name`, `spacecraft_config_name`,
 * `spacecraft_config_agency_name`, `time_in_space_s`), as a table or row objects. A
 * spacecraft without a time in space is left out, and the subtitle says how many. On a
 * `symlog` axis (constant 1 day) the ticks are 0 and the powers of ten up to the longest
 * time (1 at least); on a `log` axis zeros are left out and counted in the subtitle. A
 * missing group name is shown as `unknown`. With nothing left the chart says "No data".
 * The input is not changed. Another `by` or `scale` is an {@link InputError}.
 *
 * @example
 * const sample = 'data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json';
 * const { spacecraft } = await load(sample);
 * timeInSpaceStripChart(spacecraft, { scale: 'symlog' }).encoding.x.scale;
 * // { type: 'symlog', constant: 1 }
 */
export function timeInSpaceStripChart(
  spacecraft: ChartInput,
  options: StripChartOptions = {},
): ChartSpec {
  const { group, scale } = checkOptions(options);
  const rows = chartRows(spacecraft, ['name', group.column, 'time_in_space_s']).map((row) => ({
    ...row,
    [group.column]: row[group.column] ?? 'unknown',
  }));

  // Count what is left out: spacecraft without data, and zeros on a log axis.
  const missing = leftOutNote(rows, 'time_in_space_s', 'spacecraft', 'without data');
  const zeros = scale === 'log' ? rows.filter((row) => row.time_in_space_s === 0).length : 0;
  const notes = [
    missing.subtitle,
    zeros > 0 ? messages.chartZerosLeftOut(zeros, 'spacecraft') : null,
  ];
  const subtitle = notes.filter((note) => note !== null).join('; ') || null;
  const title = { title: titleOf(group.title, scale), subtitle };
  if (missing.count + zeros === rows.length) return noDataChart(options, title);

  const frame = chartFrame(options, { ...title, rows, width: 480, height: { step: BAR_STEP } });
  return { ...frame, ...stripParts(group, scale, maxDays(rows)) };
}

// The options are the caller's text (a notebook user need not use TypeScript), so `by` is
// looked up among GROUP's own keys only: `constructor` is no grouping.
function checkOptions(options: StripChartOptions) {
  const by = options.by ?? 'spacecraft_config';
  if (!Object.hasOwn(GROUP, by)) {
    throw new InputError(messages.chartOption('by', by, Object.keys(GROUP)));
  }
  const scale = options.scale ?? 'linear';
  if (!TIME_SCALES.includes(scale)) {
    throw new InputError(messages.chartOption('scale', scale, TIME_SCALES));
  }
  return { group: GROUP[by], scale };
}

function titleOf(groupTitle: string, scale: TimeScale): string {
  const axes = { linear: '', symlog: ', symmetric log axis', log: ', logarithmic axis' };
  const axis = axes[scale];
  return `Time in space of each spacecraft by ${groupTitle.toLowerCase()}${axis}`;
}

function maxDays(rows: readonly ChartRow[]): number {
  const values = rows.map((row) => row.time_in_space_s).filter((v) => typeof v === 'number');
  return Math.max(0, ...(values as number[])) / DAY_S;
}

// 0, then 1, 10, 100, ... as far as the longest time (1 at least).
function symlogTicks(max: number): number[] {
  const ticks = [0];
  for (let tick = 1; tick === 1 || tick <= max; tick *= 10) ticks.push(tick);
  return ticks;
}

// The transforms, mark and encoding for the group column and scale.
function stripParts(
  group: (typeof GROUP)[keyof typeof GROUP],
  scale: TimeScale,
  max: number,
): UnitParts {
  const filters = scale === 'log' ? [{ filter: 'datum.time_in_space_s > 0' }] : [];
  const axis = scale === 'symlog' ? { axis: { values: symlogTicks(max) } } : {};
  const scaleSpec = scale === 'symlog' ? { type: 'symlog' as const, constant: 1 } : { type: scale };
  return {
    transform: [
      { filter: { field: 'time_in_space_s', valid: true } },
      ...filters,
      { calculate: `datum.time_in_space_s / ${DAY_S}`, as: 'time_in_space_days' },
    ],
    mark: { type: 'tick', thickness: 2, opacity: 0.8 },
    encoding: {
      y: {
        field: group.column,
        type: 'nominal',
        sort: { field: 'time_in_space_days', op: 'max', order: 'descending' },
        title: group.title,
        axis: { title: null },
      },
      x: {
        field: 'time_in_space_days',
        type: 'quantitative',
        title: 'Time in space (days)',
        scale: scaleSpec,
        ...axis,
      },
      tooltip: [
        { field: 'name', type: 'nominal', title: 'Spacecraft' },
        { field: group.column, type: 'nominal', title: group.title },
        { field: 'time_in_space_days', type: 'quantitative', title: 'Days', format: ',.2f' },
      ],
    },
  };
}
