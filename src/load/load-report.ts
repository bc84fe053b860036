/**
 * The load report: what `load` read, kept, merged and skipped, and what looked odd.
 *
 * It is a plain value, so a notebook can show it and the CLI can print it.
 */

/** One input file (or parsed value) and what came of its records. */
export interface FileReport {
  file: string;
  /** API versions seen in its records' urls. */
  versions: string[];
  /** Records found, by kind (`spacecraft`, `spacecraft_flight`, `launch`, ...). */
  kinds: Record<string, number>;
  records: number;
  /** Records skipped because a field could not be read. */
  skipped: number;
  /** Records of kinds the kit does not analyse; read, named, not loaded. */
  notAnalysed: number;
  /** Dotted field paths that no record of the file had, by kind. */
  missingFields: Record<string, string[]>;
}

/** A record that was left out, and why. */
export interface SkippedRecord {
  file: string;
  recordId: string | number | null;
  field: string | null;
  message: string;
}

/** How one table came together from its copies. */
export interface TableReport {
  rows: number;
  /** Copies of a record beyond the first, merged into one row. */
  mergedCopies: number;
  /** Ids whose copies held different values; the copy kept is described in `load`. */
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
  /** Zeros on records whose `flights_count` is above 0: likely "no data", not zero. */
  suspiciousZeros: number;
}

/** Everything `load` has to say about its input. */
export interface LoadReport {
  files: FileReport[];
  /** Files in folders that were not read (not `.json`). */
  ignoredFiles: string[];
  skipped: SkippedRecord[];
  tables: { spacecraft: TableReport; flights: TableReport };
  durations: DurationReport[];
}
