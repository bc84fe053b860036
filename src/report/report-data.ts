/**
 * The summaries a report is made of, computed once from a load result.
 */
import type { ColumnTable } from 'arquero';
import type { LoadResult } from '../load/load.js';
import { flightTurnarounds } from '../stats/flight-turnarounds.js';
import {
  flightsByDecadeAndAgency,
  type FlightsByDecadeAndAgency,
} from '../stats/flights-by-decade-and-agency.js';
import { flightsByDecade, type FlightsByDecade } from '../stats/flights-by-decade.js';
import { astronautTime } from '../stats/astronaut-time.js';
import { summarizeAstronauts } from '../stats/summarize-astronauts.js';
import { summarizeSpacecraft } from '../stats/summarize-spacecraft.js';
import { astronautsOf } from './astronauts-of.js';

/** The tables of a load result and every summary the report's tables and charts use. */
export interface ReportData {
  spacecraft: ColumnTable;
  flights: ColumnTable;
  byAgency: ColumnTable;
  byConfig: ColumnTable;
  byDecade: ColumnTable;
  decades: FlightsByDecade;
  decadesByAgency: FlightsByDecadeAndAgency;
  turnarounds: ColumnTable;
  /** The astronauts table, or null when the load result has none. */
  astronauts: ColumnTable | null;
  /** `summarizeAstronauts` by agency and by decade, for the charts; null without astronauts. */
  astronautsByAgency: ColumnTable | null;
  astronautsByDecade: ColumnTable | null;
  /**
   * `astronautTime` (time in space and EVA time, with the 90th percentile) by agency,
   * nationality and decade of first flight, for the tables; null without astronauts.
   */
  astronautTables: { agency: ColumnTable; nationality: ColumnTable; decade: ColumnTable } | null;
}

/**
 * Computes the report's summaries. Astronaut summaries are made only when the load result
 * has a non-empty `astronauts` table (see `astronautsOf`).
 *
 * @example
 * const sample = 'data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json';
 * reportData(await load(sample)).byConfig.numRows(); // 4: Apollo CSM, Mercury, Soyuz, Voskhod
 */
export function reportData(loaded: LoadResult): ReportData {
  const astronauts = astronautsOf(loaded);
  const withAstronauts = astronauts !== null && astronauts.numRows() > 0;
  return {
    spacecraft: loaded.spacecraft,
    flights: loaded.flights,
    byAgency: summarizeSpacecraft(loaded, { by: 'agency' }),
    byConfig: summarizeSpacecraft(loaded, { by: 'spacecraft_config' }),
    byDecade: summarizeSpacecraft(loaded, { by: 'decade' }),
    decades: flightsByDecade(loaded.flights),
    decadesByAgency: flightsByDecadeAndAgency(loaded),
    turnarounds: flightTurnarounds(loaded),
    astronauts,
    astronautsByAgency: withAstronauts ? summarizeAstronauts(astronauts, { by: 'agency' }) : null,
    astronautsByDecade: withAstronauts ? summarizeAstronauts(astronauts, { by: 'decade' }) : null,
    astronautTables: withAstronauts ? astronautTables(astronauts) : null,
  };
}

function astronautTables(astronauts: ColumnTable) {
  return {
    agency: astronautTime(astronauts, { by: 'agency' }),
    nationality: astronautTime(astronauts, { by: 'nationality' }),
    decade: astronautTime(astronauts, { by: 'decade' }),
  };
}
