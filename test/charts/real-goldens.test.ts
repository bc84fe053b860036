// Golden specs of every chart builder on fixed real input: the real flights file
// (ll2-2.3.0-lldev-spacecraft_flights-normal-38.json, 38 flights of 35 spacecraft) and the
// real astronaut file (846 astronauts). The goldens are the contract for the specs; the
// numbers in them are checked apart, against an independent Python computation from the
// raw JSON (real-input-check.test.ts), and every golden is validated against vega-lite's
// schema and compiled in golden-specs.test.ts.
import type { ColumnTable } from 'arquero';
import { beforeAll, describe, expect, test } from 'vitest';
import { astronautTimeByAgencyChart } from '../../src/charts/astronaut-time-by-agency-chart.js';
import { astronautTimeByDecadeChart } from '../../src/charts/astronaut-time-by-decade-chart.js';
import { cumulativeTimeInSpaceChart } from '../../src/charts/cumulative-time-in-space-chart.js';
import { flightsByDecadeAgencyChart } from '../../src/charts/flights-by-decade-agency-chart.js';
import { flightsByDecadeChart } from '../../src/charts/flights-by-decade-chart.js';
import { reuseRateByAgencyChart } from '../../src/charts/reuse-rate-by-agency-chart.js';
import { reuseRateByConfigChart } from '../../src/charts/reuse-rate-by-config-chart.js';
import type { ChartSpec } from '../../src/charts/theme.js';
import { timeInSpaceByAgencyChart } from '../../src/charts/time-in-space-by-agency-chart.js';
import { timeInSpaceByConfigChart } from '../../src/charts/time-in-space-by-config-chart.js';
import { timeInSpaceStripChart } from '../../src/charts/time-in-space-strip-chart.js';
import { turnaroundChart } from '../../src/charts/turnaround-chart.js';
import { load, type LoadResult } from '../../src/load/load.js';
import { flightTurnarounds } from '../../src/stats/flight-turnarounds.js';
import { flightsByDecadeAndAgency } from '../../src/stats/flights-by-decade-and-agency.js';
import { flightsByDecade } from '../../src/stats/flights-by-decade.js';
import { summarizeAstronauts } from '../../src/stats/summarize-astronauts.js';
import { summarizeSpacecraft } from '../../src/stats/summarize-spacecraft.js';
import { FLIGHTS_FILE, realAstronauts } from '../support/real-inputs.js';
import { hasRealData, realFile } from '../support/real-data.js';
import { golden, goldenText } from './golden.js';

type Build = (loaded: LoadResult, astronauts: ColumnTable) => ChartSpec;

// Golden name (real- plus the report's chart name) and how the spec is built.
const CASES: [string, Build][] = [
  [
    'real-time-in-space-by-config',
    (l) => timeInSpaceByConfigChart(summarizeSpacecraft(l, { by: 'spacecraft_config' })),
  ],
  [
    'real-time-in-space-by-agency',
    (l) => timeInSpaceByAgencyChart(summarizeSpacecraft(l, { by: 'agency' })),
  ],
  ['real-time-in-space-distribution', (l) => timeInSpaceStripChart(l.spacecraft)],
  ['real-time-in-space-log', (l) => timeInSpaceStripChart(l.spacecraft, { scale: 'symlog' })],
  [
    'real-time-in-space-log-zeros-left-out',
    (l) => timeInSpaceStripChart(l.spacecraft, { scale: 'log', by: 'agency' }),
  ],
  [
    'real-reuse-rate-by-config',
    (l) => reuseRateByConfigChart(summarizeSpacecraft(l, { by: 'spacecraft_config' })),
  ],
  [
    'real-reuse-rate-by-agency',
    (l) => reuseRateByAgencyChart(summarizeSpacecraft(l, { by: 'agency' })),
  ],
  ['real-flights-by-decade', (l) => flightsByDecadeChart(flightsByDecade(l.flights).table)],
  [
    'real-flights-by-decade-agency',
    (l) => flightsByDecadeAgencyChart(flightsByDecadeAndAgency(l).table),
  ],
  ['real-cumulative-time-in-space', (l) => cumulativeTimeInSpaceChart(l.flights)],
  ['real-turnaround-times', (l) => turnaroundChart(flightTurnarounds(l))],
  [
    'real-astronaut-time-by-agency',
    (_, a) => astronautTimeByAgencyChart(summarizeAstronauts(a, { by: 'agency' })),
  ],
  [
    'real-astronaut-time-by-decade',
    (_, a) => astronautTimeByDecadeChart(summarizeAstronauts(a, { by: 'decade' })),
  ],
];

describe.skipIf(!hasRealData)('chart builders on the real LL2 files', () => {
  let loaded: LoadResult;
  let astronauts: ColumnTable;
  beforeAll(async () => {
    loaded = await load(realFile(FLIGHTS_FILE));
    astronauts = await realAstronauts();
  });

  test.each(CASES)('%s matches its golden spec', (name, build) => {
    const spec = build(loaded, astronauts);
    expect(goldenText(spec)).toBe(golden(name, spec));
  });
});
