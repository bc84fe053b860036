/**
 * Decides what the report holds: its summary tables, and which charts the data supports
 * (with the reason for each one left out). Pure: no files, no rendering.
 */
import type { ColumnTable } from 'arquero';
import type { TopLevelSpec } from 'vega-lite';
import { flightsByDecadeChart } from '../charts/flights-by-decade-chart.js';
import { reuseRateByConfigChart } from '../charts/reuse-rate-by-config-chart.js';
import { timeInSpaceByConfigChart } from '../charts/time-in-space-by-config-chart.js';
import type { LoadResult } from '../load/load.js';
import { messages } from '../messages.js';
import { flightsByDecade } from '../stats/flights-by-decade.js';
import { summarizeSpacecraft } from '../stats/summarize-spacecraft.js';

/** A table of the report, by file name stem. */
export interface PlannedTable {
  name: string;
  title: string;
  table: ColumnTable;
}

/** A chart of the report, or the reason it was left out. */
export interface PlannedChart {
  name: string;
  title: string;
  spec: TopLevelSpec | null;
  leftOutBecause: string | null;
}

/** Everything the report shows, before anything is written. */
export interface ReportPlan {
  tables: PlannedTable[];
  charts: PlannedChart[];
  /** Flights counted apart from the decade table: still planned, or launched with no date. */
  plannedFlights: number;
  undatedFlights: number;
}

/** The tables and charts a loaded input supports. */
export function planReport(loaded: LoadResult): ReportPlan {
  const tables: PlannedTable[] = [];
  const byConfig = summarizeSpacecraft(loaded, { by: 'spacecraft_config' });
  if (loaded.spacecraft.numRows() > 0) {
    tables.push(
      {
        name: 'spacecraft-by-agency',
        title: 'Spacecraft by agency',
        table: summarizeSpacecraft(loaded, { by: 'agency' }),
      },
      { name: 'spacecraft-by-config', title: 'Spacecraft by configuration', table: byConfig },
      {
        name: 'spacecraft-by-decade',
        title: 'Spacecraft by decade of first flight',
        table: summarizeSpacecraft(loaded, { by: 'decade' }),
      },
    );
  }
  const decades = flightsByDecade(loaded.flights);
  if (loaded.flights.numRows() > 0) {
    tables.push({
      name: 'flights-by-decade',
      title: 'Launched flights by decade',
      table: decades.table,
    });
  }
  const charts = [
    chart(
      'time-in-space-by-config',
      'Time in space by configuration',
      hasValue(byConfig, 'time_in_space_total_s'),
      messages.chartNoTimeInSpace(),
      () => timeInSpaceByConfigChart(byConfig),
    ),
    chart(
      'reuse-rate-by-config',
      'Reuse rate by configuration',
      hasValue(byConfig, 'reuse_rate'),
      messages.chartNoFlownSpacecraft(nullCount(loaded.spacecraft, 'flights_count')),
      () => reuseRateByConfigChart(byConfig),
    ),
    chart(
      'flights-by-decade',
      'Launched flights by decade',
      decades.table.numRows() > 0,
      messages.chartNoLaunchDates(loaded.flights.numRows(), decades.planned),
      () => flightsByDecadeChart(decades.table),
    ),
  ];
  return { tables, charts, plannedFlights: decades.planned, undatedFlights: decades.undated };
}

function chart(
  name: string,
  title: string,
  supported: boolean,
  reason: string,
  build: () => TopLevelSpec,
): PlannedChart {
  return supported
    ? { name, title, spec: build(), leftOutBecause: null }
    : { name, title, spec: null, leftOutBecause: reason };
}

function nullCount(data: ColumnTable, column: string): number {
  return data.array(column).filter((v) => v == null).length;
}

function hasValue(summary: ColumnTable, column: string): boolean {
  return summary.numRows() > 0 && summary.array(column).some((v) => v != null);
}
