/**
 * The load report: what `load` read, kept, merged and skipped, and what looked odd.
 *
 * It is a plain value, so a notebook can show it and the CLI can print it.
 */
import type { TableName } from './table-columns.js';

/** How a file's records were laid out. */
export type Envelope =
  | 'page' // an LL2 page: {count, next, previous, results}
  | 'array' // a bare array of records
  | 'record' // one record on its own
  | 'envelope' // the one array of records in another envelope, such as {updatedAt, launches}
  | 'key' // the array under the key the caller named (recordsKey)
  | 'lines'; // newline-delimited JSON, one record a line

/** What came of one table's records from one file (nested copies included). */
export interface FileTableCounts {
  /** Rows read (records and the copies nested in them). */
  read: number;
  /** Rows that are in the table: for each id, the copy that was kept. */
  kept: number;
  /** Rows that were copies of an id whose kept copy is another one. */
  merged: number;
}

/** One input file (or parsed value) and what came of its records. */
export interface FileReport {
  file: string;
  /** How the records were laid out in it. */
  envelope: Envelope;
  /** When a snapshot folder's manifest says the file was fetched (ISO 8601 UTC), or null. */
  fetchedAt: string | null;
  /** How many records that manifest says the file holds, or null (compare with `records`). */
  manifestRecords: number | null;
  /** API versions seen in its records' urls (or the one the caller forced). */
  versions: string[];
  /** Top-level records found, by kind (`spacecraft`, `spacecraft_flight`, `launch`, ...). */
  kinds: Record<string, number>;
  /** Top-level records found. */
  records: number;
  /** Top-level records skipped because a field could not be read. */
  skipped: number;
  /** Top-level records of kinds the kit does not analyse, or of versions it cannot read. */
  notAnalysed: number;
  /** Why records were not analysed: reason → count. */
  notAnalysedReasons: Record<string, number>;
  /** Per table: rows read, kept and merged (a flights file also feeds the spacecraft table). */
  tables: Partial<Record<TableName, FileTableCounts>>;
  /** Dotted field paths that no record of the file had, by kind (their columns are null). */
  missingFields: Record<string, string[]>;
  /** Top-level fields outside the kind's shape for its version, by kind (ignored). */
  unknownFields: Record<string, string[]>;
}

/** A record that was left out, and why. */
export interface SkippedRecord {
  file: string;
  recordId: string | number | null;
  field: string | null;
  message: string;
}

/** A path that was not read as data, and why. */
export interface IgnoredFile {
  file: string;
  reason: 'not .json or .ndjson' | 'a folder inside a folder' | 'given more than once';
}

/** A snapshot folder's `manifest.json`, read for fetch times; it is not a data file. */
export interface ManifestReport {
  file: string;
  endpoint: string | null;
  apiVersion: string | null;
  mode: string | null;
  /** Pages the manifest lists. */
  pages: number;
  /** Pages it lists that are not in the folder. */
  missingPages: string[];
}

/** How one table came together from its copies. */
export interface TableReport {
  rows: number;
  /** Copies of a record beyond the first, merged into one row. */
  mergedCopies: number;
  /** Ids whose copies held different values; which copy is kept is described in `load`. */
  differingIds: (string | number)[];
}

/** Counts over one duration column. */
export interface DurationReport {
  table: string;
  column: string;
  values: number;
  nulls: number;
  zeros: number;
  negatives: number;
  fractional: number;
  /** Zeros that likely mean "no data": see `reportDurations`. */
  suspiciousZeros: number;
  /** The count that makes a zero suspicious (`flights_count`), or null for none. */
  suspiciousWhenAbove0: string | null;
}

/** Everything `load` has to say about its input. */
export interface LoadReport {
  files: FileReport[];
  /** Paths in the input that were not read (not `.json` or `.ndjson`, folders, repeats). */
  ignoredFiles: IgnoredFile[];
  /** Snapshot manifests read for fetch times. */
  manifests: ManifestReport[];
  skipped: SkippedRecord[];
  tables: Record<TableName, TableReport>;
  durations: DurationReport[];
  /** Threads that read the files: 1, or 2 when a second thread read the later ones (see
   * `LoadOptions.parallel`). */
  readThreads: number;
}
