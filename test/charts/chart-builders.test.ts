// The builders added for the full chart set, on hand-made rows whose values are worked out
// in the comments. Shared behaviour (input untouched, tables as rows, "No data") is checked
// for every one; then what each draws.
import { from } from 'arquero';
import { describe, expect, test } from 'vitest';
import { astronautTimeByAgencyChart } from '../../src/charts/astronaut-time-by-agency-chart.js';
import { astronautTimeByDecadeChart } from '../../src/charts/astronaut-time-by-decade-chart.js';
import type { ChartInput } from '../../src/charts/chart-rows.js';
import { cumulativeTimeInSpaceChart } from '../../src/charts/cumulative-time-in-space-chart.js';
import { flightsByDecadeAgencyChart } from '../../src/charts/flights-by-decade-agency-chart.js';
import { reuseRateByAgencyChart } from '../../src/charts/reuse-rate-by-agency-chart.js';
import type { ChartSpec } from '../../src/charts/theme.js';
import { timeInSpaceByAgencyChart } from '../../src/charts/time-in-space-by-agency-chart.js';
import { timeInSpaceStripChart } from '../../src/charts/time-in-space-strip-chart.js';
import { turnaroundChart } from '../../src/charts/turnaround-chart.js';
import { InputError, messages } from '../../src/messages.js';
import { renderSvg } from '../../src/render/render-svg.js';
import { axisValues, svgTexts } from '../render/svg-parts.js';
import { vegaLiteSchemaErrors } from './vega-lite-schema.js';
import { deepFreeze } from './deep-freeze.js';

const DAY = 86_400;
const spacecraft = [
  { name: 'Ship 38', spacecraft_config_name: 'Starship V2', time_in_space_s: 0 },
  { name: 'Endeavour', spacecraft_config_name: 'Crew Dragon 2', time_in_space_s: 250 * DAY },
  { name: 'Freedom', spacecraft_config_name: 'Crew Dragon 2', time_in_space_s: DAY / 2 },
  { name: 'Orion 004', spacecraft_config_name: 'Orion', time_in_space_s: null },
];
const flights = [
  { launch_name: 'B', launch_net: '2025-02-01T00:00:00.000Z', duration_s: 2 * DAY },
  { launch_name: 'A', launch_net: '2025-01-01T00:00:00.000Z', duration_s: DAY },
  { launch_name: 'C', launch_net: '2026-12-31T00:00:00.000Z', duration_s: null },
];
const agencies = [
  {
    group_name: 'SpaceX',
    time_in_space_total_s: 10 * DAY,
    spacecraft_count: 3,
    reuse_rate: 0.5,
    flown_count: 2,
    reflown_count: 1,
    astronaut_count: 3,
  },
  {
    group_name: 'Boeing',
    time_in_space_total_s: null,
    spacecraft_count: 1,
    reuse_rate: null,
    flown_count: 0,
    reflown_count: 0,
    astronaut_count: 1,
  },
];

type Builder = (input: ChartInput) => ChartSpec;
const BUILDERS: [string, Builder, readonly object[]][] = [
  ['timeInSpaceByAgencyChart', timeInSpaceByAgencyChart, agencies],
  ['reuseRateByAgencyChart', reuseRateByAgencyChart, agencies],
  ['timeInSpaceStripChart', timeInSpaceStripChart, spacecraft],
  ['cumulativeTimeInSpaceChart', cumulativeTimeInSpaceChart, flights],
  [
    'turnaroundChart',
    turnaroundChart,
    [{ spacecraft_name: 'Endeavour', launch_net: '2025-08-01T15:43:42Z', turn_around_time_s: DAY }],
  ],
  [
    'flightsByDecadeAgencyChart',
    flightsByDecadeAgencyChart,
    [{ decade: 2020, decade_name: '2020s', agency_name: 'SpaceX', flights: 2 }],
  ],
  ['astronautTimeByAgencyChart', astronautTimeByAgencyChart, agencies],
  [
    'astronautTimeByDecadeChart',
    astronautTimeByDecadeChart,
    [{ decade: 1960, decade_name: '1960s', time_in_space_total_s: DAY, astronaut_count: 2 }],
  ],
];

describe.each(BUILDERS)('%s', (name, build, rows) => {
  test(`${name}(rows) does not change its input and gives the same spec for a table`, () => {
    const frozen = deepFreeze(structuredClone(rows));
    const spec = build(frozen);
    expect(frozen).toEqual(rows);
    expect(build(from(rows.map((row) => ({ ...row }))))).toEqual(spec);
    expect(vegaLiteSchemaErrors(spec)).toEqual([]);
  });

  test(`${name}([]) renders "No data" instead of throwing`, async () => {
    const texts = svgTexts(await renderSvg(build([])));
    expect(texts).toContain(messages.chartNoData());
  });
});

describe('what the new builders draw', () => {
  test('timeInSpaceStripChart(rows, { scale: symlog }) keeps zeros, ticks 0 and powers of 10', async () => {
    const spec = timeInSpaceStripChart(spacecraft, { scale: 'symlog' });
    // By hand: the longest is 250 d, so ticks 0, 1, 10, 100 (1000 is past it).
    const svg = await renderSvg(spec);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['0', '1', '10', '100']));
    expect(spec.title).toEqual({
      text: 'Time in space of each spacecraft by configuration, symmetric log axis',
      subtitle: messages.chartRowsLeftOut(1, 'spacecraft', 'without data'),
    });
  });

  test('timeInSpaceStripChart(rows, { by, scale } it does not know) is an InputError', () => {
    // A notebook caller may pass any text; names of Object.prototype properties included.
    const options = (by: string, scale = 'linear') =>
      ({ by, scale }) as unknown as Parameters<typeof timeInSpaceStripChart>[1];
    for (const by of ['constructor', 'toString', '__proto__', 'nationality']) {
      const call = () => timeInSpaceStripChart(spacecraft, options(by));
      expect(call).toThrow(InputError);
      expect(call).toThrow(messages.chartOption('by', by, ['spacecraft_config', 'agency']));
    }
    for (const scale of ['constructor', 'sqrt']) {
      expect(() => timeInSpaceStripChart(spacecraft, options('agency', scale))).toThrow(
        messages.chartOption('scale', scale, ['linear', 'symlog', 'log']),
      );
    }
  });

  test('timeInSpaceStripChart(rows, { scale: log }) leaves zeros out and says so', async () => {
    const spec = timeInSpaceStripChart(spacecraft, { scale: 'log' });
    expect(spec.title.subtitle).toBe(
      `${messages.chartRowsLeftOut(1, 'spacecraft', 'without data')}; ` +
        messages.chartZerosLeftOut(1, 'spacecraft'),
    );
    // Ship 38 (0 s) is gone, and with it Starship V2; Orion has no data.
    const texts = svgTexts(await renderSvg(spec));
    expect(texts).toContain('Crew Dragon 2');
    expect(texts).not.toContain('Starship V2');
  });

  test('cumulativeTimeInSpaceChart(rows) sums in launch order, not input order', async () => {
    const svg = await renderSvg(cumulativeTimeInSpaceChart(flights));
    // By hand: A (1 d) on 2025-01-01, then B (2 d): 1.00 then 1 + 2 = 3.00 days.
    const sums = [...svg.matchAll(/Launch: (\w); [^"]*So far \(days\): ([\d.]+)/g)].map(
      (match) => `${match[1]} ${match[2]}`,
    );
    // The line and its points carry the same labels: each point once.
    expect([...new Set(sums)].sort()).toEqual(['A 1.00', 'B 3.00']);
    expect(cumulativeTimeInSpaceChart(flights).title.subtitle).toBe(
      messages.chartRowsLeftOut(1, 'flight', 'without a duration or launch date'),
    );
  });

  test('astronautTimeByDecadeChart(rows) puts decades in time order, unknown last', async () => {
    const rows = [
      { decade: null, decade_name: 'unknown', time_in_space_total_s: DAY, astronaut_count: 1 },
      { decade: 1990, decade_name: '1990s', time_in_space_total_s: DAY, astronaut_count: 1 },
      { decade: 1960, decade_name: '1960s', time_in_space_total_s: DAY, astronaut_count: 1 },
    ];
    const svg = await renderSvg(astronautTimeByDecadeChart(rows));
    expect(axisValues(svg, 'X')).toEqual(['1960s', '1990s', 'unknown']);
  });

  test('reuseRateByAgencyChart(rows) labels bars with n and leaves out agencies never flown', async () => {
    const spec = reuseRateByAgencyChart(agencies);
    expect(spec.title.subtitle).toBe(
      messages.chartRowsLeftOut(1, 'agency', 'without flown spacecraft'),
    );
    const texts = svgTexts(await renderSvg(spec));
    expect(texts).toContain('SpaceX (n=2)');
    expect(texts.filter((text) => text.startsWith('Boeing'))).toEqual([]);
  });
});

test('turnaroundChart(rows) leaves out a flight still planned, and says so', () => {
  // One reflight with a 1-day turnaround, one planned launch whose LL2 turnaround runs to a
  // placeholder date: only the first is drawn; the subtitle counts the other.
  const spec = turnaroundChart([
    { spacecraft_name: 'Endeavour', launch_planned: false, turn_around_time_s: DAY },
    { spacecraft_name: 'Starliner 2', launch_planned: true, turn_around_time_s: 1680 * DAY },
  ]);
  const values = (
    spec.data as { values: { spacecraft_name: string; turn_around_time_s: unknown }[] }
  ).values;
  expect(values.map((v) => [v.spacecraft_name, v.turn_around_time_s])).toEqual([
    ['Endeavour', DAY],
    ['Starliner 2', null],
  ]);
  expect(spec.title).toEqual({
    text: 'Turnaround time of each reflight',
    subtitle: messages.chartRowsLeftOut(1, 'flight', 'without a turnaround time or still planned'),
  });
});
