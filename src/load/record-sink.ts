/**
 * Where records go once read: candidate rows for each table (one per copy of a record,
 * merged by id later) and the records skipped, with why.
 */
import { InputError, type Place } from '../messages.js';
import type { SkippedRecord } from './load-report.js';
import type { TableName } from './table-columns.js';

/** A row read from one copy of a record, before copies are merged by id. */
export interface Candidate {
  table: TableName;
  id: number;
  values: Record<string, unknown>;
  /** A copy nested in another record (a flight's spacecraft): a top-level copy beats it. */
  nested: boolean;
  /** The file it came from. */
  file: string;
  /** Its place in reading order (files in sorted path order, records in file order). */
  order: number;
  /** The record's own `last_updated`, in ms since 1970, or null. */
  lastUpdated: number | null;
  /** When its file was fetched, from a snapshot manifest, in ms since 1970, or null. */
  fetchedAt: number | null;
}

/** Candidate rows of every table, and what was skipped. */
export interface RecordSink {
  candidates: Record<TableName, Candidate[]>;
  skipped: SkippedRecord[];
  onSkip?: (skipped: SkippedRecord) => void;
  strict: boolean;
  /** The next reading-order number. */
  order: number;
}

/** An empty sink. */
export function newSink(strict: boolean, onSkip?: (skipped: SkippedRecord) => void): RecordSink {
  const candidates = { spacecraft: [], flights: [], astronauts: [], configurations: [] };
  return { candidates, skipped: [], onSkip, strict, order: 0 };
}

/** Notes a skipped record (or throws it, in strict mode). */
export function skip(sink: RecordSink, place: Place, message: string): void {
  if (sink.strict) throw new InputError(message, place);
  const skipped: SkippedRecord = {
    file: place.file ?? '',
    recordId: place.recordId ?? null,
    field: place.field ?? null,
    message,
  };
  sink.skipped.push(skipped);
  sink.onSkip?.(skipped);
}

/** Runs `read`; an input error skips what it was reading instead of stopping. */
export function attempt(sink: RecordSink, place: Place, read: () => void): boolean {
  try {
    read();
    return true;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    skip(sink, { ...place, ...error.place }, error.message);
    return false;
  }
}
