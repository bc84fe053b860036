/**
 * Decides what the report holds: its summary tables, and which charts the data supports
 * (with the reason for each one left out). Pure: no files, no rendering.
 */
import type { ColumnTable } from 'arquero';
import type { LoadResult } from '../load/load.js';
import { planCharts, type PlannedChart } from './plan-charts.js';
import { reportData, type ReportData } from './report-data.js';

export type { PlannedChart } from './plan-charts.js';

/** A table of the report, by file name stem. */
export interface PlannedTable {
  name: string;
  title: string;
  table: ColumnTable;
}

/** Everything the report shows, before anything is written. */
export interface ReportPlan {
  tables: PlannedTable[];
  charts: PlannedChart[];
  /** Flights counted apart from the decade table: still planned, or launched with no date. */
  plannedFlights: number;
  undatedFlights: number;
}

/**
 * The tables and charts a loaded input supports: the spacecraft summaries when it has
 * spacecraft, the flight tables when it has flights, the astronaut summaries when the load
 * result has a non-empty `astronauts` table; every chart of `planCharts`, drawn or named
 * with the reason it was left out.
 *
 * @example
 * const sample = 'data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json';
 * planReport(await load(sample)).charts.filter((c) => c.spec === null).map((c) => c.name);
 * // the flight and astronaut charts: the sample has neither
 */
export function planReport(loaded: LoadResult): ReportPlan {
  const data = reportData(loaded);
  return {
    tables: planTables(data),
    charts: planCharts(data),
    plannedFlights: data.decades.planned,
    undatedFlights: data.decades.undated,
  };
}

function planTables(data: ReportData): PlannedTable[] {
  const tables: PlannedTable[] = [];
  const add = (name: string, title: string, table: ColumnTable) =>
    tables.push({ name, title, table });

  if (data.spacecraft.numRows() > 0) {
    add('spacecraft-by-agency', 'Spacecraft by agency', data.byAgency);
    add('spacecraft-by-config', 'Spacecraft by configuration', data.byConfig);
    add('spacecraft-by-decade', 'Spacecraft by decade of first flight', data.byDecade);
  }
  if (data.flights.numRows() > 0) {
    add('flights-by-decade', 'Launched flights by decade', data.decades.table);
    add(
      'flights-by-decade-agency',
      'Launched flights by decade and agency',
      data.decadesByAgency.table,
    );
    add('flight-turnarounds', 'Turnaround time of each flight', data.turnarounds);
  }
  if (data.astronautTables) {
    const { agency, nationality, decade } = data.astronautTables;
    add('astronauts-by-agency', 'Astronauts by agency: time in space and EVA time', agency);
    add('astronauts-by-nationality', 'Astronauts by nationality', nationality);
    add('astronauts-by-decade', 'Astronauts by decade of first flight', decade);
  }
  return tables;
}
