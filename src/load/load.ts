/**
 * Loads Launch Library 2 JSON into Arquero tables.
 *
 * Steps: read the input into JSON documents; find each document's records; tell each
 * record's kind and version from its `url`; read the spacecraft and flight records field by
 * field (durations to seconds, date-times to UTC instants, nested objects flattened with
 * `_`); merge copies by id; build the tables and the load report.
 */
import type { ColumnTable } from 'arquero';
import { InputError, messages } from '../messages.js';
import { buildTable } from './build-table.js';
import { reportDurations } from './duration-report.js';
import { findRecords } from './find-records.js';
import { FLIGHT_COLUMNS } from './flight-columns.js';
import type { LoadReport, SkippedRecord } from './load-report.js';
import { mergeById } from './merge-by-id.js';
import { readRecords, type RecordSink } from './read-records.js';
import { readSources, type LoadInput } from './read-sources.js';
import { SPACECRAFT_COLUMNS } from './spacecraft-columns.js';

/** Options for {@link load}. */
export interface LoadOptions {
  /** The key of the records array in an envelope that is not an LL2 page. */
  recordsKey?: string;
  /** Make any record that would be skipped an error instead. */
  strict?: boolean;
  /** Told of each skipped record as it happens (the report lists them all too). */
  onSkip?: (skipped: SkippedRecord) => void;
}

/** The tables `load` builds, and its report. */
export interface LoadResult {
  /** One row per spacecraft id; columns in docs/ARCHITECTURE.md. */
  spacecraft: ColumnTable;
  /** One row per spacecraft flight id. */
  flights: ColumnTable;
  report: LoadReport;
}

const SOURCE_COLUMNS = ['api_version', 'source_file'];
/** The spacecraft table's column names, in order. */
export const SPACECRAFT_TABLE_COLUMNS = [
  ...SPACECRAFT_COLUMNS.map((c) => c.column),
  ...SOURCE_COLUMNS,
];
/** The flights table's column names, in order. */
export const FLIGHT_TABLE_COLUMNS = [...FLIGHT_COLUMNS.map((c) => c.column), ...SOURCE_COLUMNS];

/**
 * Reads LL2 JSON (a file, several files, folders of `.json` pages, or parsed JSON holding a
 * page, an array of records or one record) into a spacecraft table and a flights table.
 *
 * A file that cannot be read or holds no records throws an {@link InputError} naming it. A
 * record with a field that cannot be read is skipped and listed in the report with the file,
 * record id, field and value (or throws, with `strict`). Missing values stay null.
 *
 * @example
 * const { spacecraft, report } = await load('data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json');
 * spacecraft.numRows(); // 10
 */
export async function load(input: LoadInput, options: LoadOptions = {}): Promise<LoadResult> {
  const { documents, ignored } = await readSources(input);
  const sink: RecordSink = {
    spacecraft: [],
    flights: [],
    skipped: [],
    onSkip: options.onSkip,
    strict: options.strict ?? false,
  };
  const files = documents.map(({ label, value }) =>
    readRecords(findRecords(value, label, options.recordsKey), label, sink),
  );

  const spacecraft = mergeById(sink.spacecraft);
  const flights = mergeById(sink.flights);
  return {
    spacecraft: buildTable(spacecraft.rows, SPACECRAFT_TABLE_COLUMNS),
    flights: buildTable(flights.rows, FLIGHT_TABLE_COLUMNS),
    report: {
      files,
      ignoredFiles: ignored,
      skipped: sink.skipped,
      tables: { spacecraft: spacecraft.report, flights: flights.report },
      durations: [
        ...reportDurations('spacecraft', spacecraft.rows, SPACECRAFT_TABLE_COLUMNS),
        ...reportDurations('flights', flights.rows, FLIGHT_TABLE_COLUMNS),
      ],
    },
  };
}

/** Throws when a load produced neither spacecraft nor flights. */
export function requireSomething(result: LoadResult, inputs: string[]): void {
  if (result.spacecraft.numRows() === 0 && result.flights.numRows() === 0) {
    throw new InputError(messages.nothingLoaded(inputs));
  }
}
