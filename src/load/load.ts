/**
 * Loads Launch Library 2 JSON into Arquero tables.
 *
 * Steps: list the input's files (folders one level deep, snapshot manifests read for fetch
 * times); read each file in sorted path order, finding its records (page, array, record,
 * envelope, NDJSON lines); tell each record's kind and version from its `url`; read the
 * spacecraft, flight, astronaut and configuration records field by field against their
 * version's shape (durations to seconds, date-times to UTC instants, nested objects flattened
 * with `_`); merge copies by id; build the tables and the load report.
 */
import type { ColumnTable } from 'arquero';
import type { ApiVersion } from '../ll2/record-kind.js';
import { InputError, messages } from '../messages.js';
import { buildTable, columnsByName } from './build-table.js';
import { reportDurations } from './duration-report.js';
import type { FileReport, LoadReport, SkippedRecord, TableReport } from './load-report.js';
import { mergeById } from './merge-by-id.js';
import { readSourcesInto } from './read-sources-into.js';
import { listSources, type LoadInput } from './read-sources.js';
import { newSink } from './record-sink.js';
import { columnCells, type RowStore } from './row-store.js';
import { TABLE_COLUMNS, TABLE_NAMES, type TableName } from './table-columns.js';

export {
  ASTRONAUT_TABLE_COLUMNS,
  CONFIGURATION_TABLE_COLUMNS,
  FLIGHT_TABLE_COLUMNS,
  SPACECRAFT_TABLE_COLUMNS,
} from './table-columns.js';

/** Options for {@link load}. */
export interface LoadOptions {
  /** The key of the records array in an envelope that is not an LL2 page. */
  recordsKey?: string;
  /** Read every record with this API version's shape, whatever its `url` says. */
  apiVersion?: ApiVersion;
  /** Make any record that would be skipped an error instead. */
  strict?: boolean;
  /** Told of each skipped record in reading order, as it happens or, for the files a second
   * thread read, once that thread is done (the report lists them all too). */
  onSkip?: (skipped: SkippedRecord) => void;
  /**
   * Read the later half of the files (by bytes) on a second thread: unset, when the machine
   * has more than one core and the files hold 32 MB or more in all; `true`, whenever there
   * are two files or more; `false`, never. The result is the same either way.
   */
  parallel?: boolean;
}

/** The tables `load` builds, and its report. */
export interface LoadResult {
  /** One row per spacecraft id; columns in docs/ARCHITECTURE.md. */
  spacecraft: ColumnTable;
  /** One row per spacecraft flight id. */
  flights: ColumnTable;
  /** One row per astronaut id (empty, with all columns, when the input has none). */
  astronauts: ColumnTable;
  /** One row per spacecraft configuration id (empty, with all columns, when none). */
  configurations: ColumnTable;
  report: LoadReport;
}

/**
 * Reads LL2 JSON (a file, several files, folders of `.json` and `.ndjson` pages, or parsed
 * JSON holding a page, an array of records, one record or another envelope) into spacecraft,
 * flights, astronauts and configurations tables, and a report of what was read.
 *
 * A file that cannot be read or holds no records throws an {@link InputError} naming it. A
 * record with a field that cannot be read is skipped and listed in the report with the file,
 * record id, field and value (or throws, with `strict`). Missing values stay null. Copies of
 * one id are merged as `mergeById` describes.
 *
 * @example
 * const { spacecraft, report } = await load('data/ll2-2.3.0-spacecraft-normal-offset130-ordering-time_docked.json');
 * spacecraft.numRows(); // 10
 */
export async function load(input: LoadInput, options: LoadOptions = {}): Promise<LoadResult> {
  // Read every source into the sink, in sorted path order (a large input with a second
  // thread); each file's document is dropped once its records are read.
  const { sources, ignored, manifests } = await listSources(input);
  const sink = newSink(options.strict ?? false, options.onSkip);
  const { files, threads } = await readSourcesInto(sources, sink, options);

  // Merge each table's copies by id, then count per file what was kept and merged.
  const merged = new Map(TABLE_NAMES.map((name) => [name, mergeById(sink.stores[name])]));
  for (const [name, { kept }] of merged) countPerFile(files, sink.stores[name], kept);

  // Build the tables, every column present even when empty, and the report.
  const columns = new Map(
    [...merged].map(([name, m]) => [name, columnsByName(TABLE_COLUMNS[name], m.cells)]),
  );
  const table = (name: TableName) => buildTable(columns.get(name) ?? {});
  const tables = {} as Record<TableName, TableReport>;
  for (const [name, m] of merged) tables[name] = m.report;
  return {
    spacecraft: table('spacecraft'),
    flights: table('flights'),
    astronauts: table('astronauts'),
    configurations: table('configurations'),
    report: {
      files,
      ignoredFiles: ignored,
      manifests,
      skipped: sink.skipped,
      tables,
      durations: [...columns].flatMap(([name, byName]) => reportDurations(name, byName)),
      readThreads: threads,
    },
  };
}

// Per file and table: rows read, rows kept in the table, rows merged into another copy.
function countPerFile(files: FileReport[], store: RowStore, kept: readonly number[]) {
  const byFile = new Map(files.map((file) => [file.file, file]));
  const isKept = new Uint8Array(store.length);
  for (const row of kept) isKept[row] = 1;
  const sourceFiles = columnCells(store, 'source_file');
  for (let row = 0; row < store.length; row++) {
    const file = byFile.get((sourceFiles[row] as string | null) ?? '');
    if (!file) continue;
    const counts = (file.tables[store.table] ??= { read: 0, kept: 0, merged: 0 });
    counts.read++;
    if (isKept[row] === 1) counts.kept++;
    else counts.merged++;
  }
}

/** Throws when a load produced neither spacecraft nor flights. */
export function requireSomething(result: LoadResult, inputs: string[]): void {
  if (result.spacecraft.numRows() === 0 && result.flights.numRows() === 0) {
    throw new InputError(messages.nothingLoaded(inputs));
  }
}
