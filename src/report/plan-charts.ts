/**
 * The report's charts: each one built when the input supports it, or named with the
 * reason it was left out.
 */
import type { ColumnTable } from 'arquero';
import type { TopLevelSpec } from 'vega-lite';
import { astronautTimeByAgencyChart } from '../charts/astronaut-time-by-agency-chart.js';
import { astronautTimeByDecadeChart } from '../charts/astronaut-time-by-decade-chart.js';
import { cumulativeTimeInSpaceChart } from '../charts/cumulative-time-in-space-chart.js';
import { flightsByDecadeAgencyChart } from '../charts/flights-by-decade-agency-chart.js';
import { flightsByDecadeChart } from '../charts/flights-by-decade-chart.js';
import { reuseRateByAgencyChart } from '../charts/reuse-rate-by-agency-chart.js';
import { reuseRateByConfigChart } from '../charts/reuse-rate-by-config-chart.js';
import { timeInSpaceByAgencyChart } from '../charts/time-in-space-by-agency-chart.js';
import { timeInSpaceByConfigChart } from '../charts/time-in-space-by-config-chart.js';
import { timeInSpaceStripChart } from '../charts/time-in-space-strip-chart.js';
import { turnaroundChart } from '../charts/turnaround-chart.js';
import { messages } from '../messages.js';
import type { ReportData } from './report-data.js';

/** A chart of the report, or the reason it was left out. */
export interface PlannedChart {
  name: string;
  title: string;
  spec: TopLevelSpec | null;
  leftOutBecause: string | null;
}

type ChartRule = [
  name: string,
  title: string,
  why: (data: ReportData) => string | null,
  build: (data: ReportData) => TopLevelSpec,
];

// Each chart: its name, title, the reason it cannot be drawn (null when it can), and how.
const RULES: ChartRule[] = [
  [
    'time-in-space-by-config',
    'Time in space by configuration',
    noTime,
    (d) => timeInSpaceByConfigChart(d.byConfig),
  ],
  [
    'time-in-space-by-agency',
    'Time in space by agency',
    noTime,
    (d) => timeInSpaceByAgencyChart(d.byAgency),
  ],
  [
    'time-in-space-distribution',
    'Time in space of each spacecraft, by configuration',
    noTime,
    (d) => timeInSpaceStripChart(d.spacecraft),
  ],
  [
    'time-in-space-log',
    'Time in space of each spacecraft, symmetric log axis (zeros kept)',
    noTime,
    (d) => timeInSpaceStripChart(d.spacecraft, { scale: 'symlog' }),
  ],
  [
    'reuse-rate-by-config',
    'Reuse rate by configuration',
    noFlown,
    (d) => reuseRateByConfigChart(d.byConfig),
  ],
  [
    'reuse-rate-by-agency',
    'Reuse rate by agency',
    noFlown,
    (d) => reuseRateByAgencyChart(d.byAgency),
  ],
  [
    'flights-by-decade',
    'Launched flights by decade',
    noDecades,
    (d) => flightsByDecadeChart(d.decades.table),
  ],
  [
    'flights-by-decade-agency',
    'Launched flights by decade and agency',
    noDecades,
    (d) => flightsByDecadeAgencyChart(d.decadesByAgency.table),
  ],
  [
    'cumulative-time-in-space',
    'Cumulative time in space over time',
    noDurations,
    (d) => cumulativeTimeInSpaceChart(d.flights),
  ],
  ['turnaround-times', 'Turnaround times', noTurnarounds, (d) => turnaroundChart(d.turnarounds)],
  [
    'astronaut-time-by-agency',
    'Astronaut time in space by agency',
    noAstronautTime,
    (d) => astronautTimeByAgencyChart(d.astronautsByAgency as ColumnTable),
  ],
  [
    'astronaut-time-by-decade',
    'Astronaut time in space by decade of first flight',
    noAstronautTime,
    (d) => astronautTimeByDecadeChart(d.astronautsByDecade as ColumnTable),
  ],
];

/** Every chart of the report in page order, drawn or with the reason it was left out. */
export function planCharts(data: ReportData): PlannedChart[] {
  return RULES.map(([name, title, why, build]) => {
    const reason = why(data);
    return reason === null
      ? { name, title, spec: build(data), leftOutBecause: null }
      : { name, title, spec: null, leftOutBecause: reason };
  });
}

function hasValue(summary: ColumnTable | null, column: string): boolean {
  return summary !== null && summary.numRows() > 0 && summary.array(column).some((v) => v != null);
}

function noTime(d: ReportData): string | null {
  if (d.spacecraft.numRows() === 0) return messages.chartNoSpacecraft();
  return hasValue(d.byConfig, 'time_in_space_total_s') ? null : messages.chartNoTimeInSpace();
}

function noFlown(d: ReportData): string | null {
  if (d.spacecraft.numRows() === 0) return messages.chartNoSpacecraft();
  return hasValue(d.byConfig, 'reuse_rate')
    ? null
    : messages.chartNoFlownSpacecraft(
        d.spacecraft.array('flights_count').filter((v) => v == null).length,
      );
}

function noDecades(d: ReportData): string | null {
  if (d.decades.table.numRows() > 0) return null;
  return messages.chartNoLaunchDates(d.flights.numRows(), d.decades.planned);
}

function noDurations(d: ReportData): string | null {
  if (d.flights.numRows() === 0) return messages.chartNoFlights();
  const net = d.flights.array('launch_net');
  const time = d.flights.array('duration_s');
  const some = time.some((v, i) => typeof v === 'number' && net[i] != null);
  return some ? null : messages.chartNoFlightDurations();
}

function noTurnarounds(d: ReportData): string | null {
  if (d.flights.numRows() === 0) return messages.chartNoFlights();
  return hasValue(d.turnarounds, 'turn_around_time_s') ? null : messages.chartNoTurnarounds();
}

function noAstronautTime(d: ReportData): string | null {
  if (d.astronautsByAgency === null) return messages.chartNoAstronauts();
  const time = hasValue(d.astronautsByAgency, 'time_in_space_total_s');
  return time ? null : messages.chartNoAstronautTime();
}
