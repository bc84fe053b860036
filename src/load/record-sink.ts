/**
 * Where records go once read: the rows of each table (one per copy of a record, merged by id
 * later) and the records skipped, with why.
 */
import { InputError, type Place } from '../messages.js';
import type { SkippedRecord } from './load-report.js';
import { newRowStore, type RowStore } from './row-store.js';
import { TABLE_NAMES, type TableName } from './table-columns.js';

/** The rows read for every table, and what was skipped. */
export interface RecordSink {
  stores: Record<TableName, RowStore>;
  skipped: SkippedRecord[];
  onSkip?: (skipped: SkippedRecord) => void;
  strict: boolean;
}

/** An empty sink. */
export function newSink(strict: boolean, onSkip?: (skipped: SkippedRecord) => void): RecordSink {
  const stores = {} as Record<TableName, RowStore>;
  for (const name of TABLE_NAMES) stores[name] = newRowStore(name);
  return { stores, skipped: [], onSkip, strict };
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
