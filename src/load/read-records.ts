/**
 * Reads the records of one document into candidate rows for the spacecraft and flights
 * tables, noting what it skipped and what it did not analyse.
 *
 * A flight record carries its spacecraft, and a detailed spacecraft record carries its
 * flights: both nested records become rows of their own tables.
 */
import { isAnalysedKind, kindFromUrl } from '../ll2/record-kind.js';
import { InputError, messages, type Place } from '../messages.js';
import { readRow, type ColumnSpec } from './column-spec.js';
import { FLIGHT_COLUMNS } from './flight-columns.js';
import type { FileReport, SkippedRecord } from './load-report.js';
import { SPACECRAFT_COLUMNS } from './spacecraft-columns.js';

type Json = Record<string, unknown>;

/** A row read from one copy of a record, before copies are merged by id. */
export interface Candidate {
  id: number;
  values: Record<string, unknown>;
  /** Top-level records beat copies nested in other records. */
  nested: boolean;
}

/** Candidate rows of both tables, and what happened along the way. */
export interface RecordSink {
  spacecraft: Candidate[];
  flights: Candidate[];
  skipped: SkippedRecord[];
  onSkip?: (skipped: SkippedRecord) => void;
  strict: boolean;
}

/** Reads every record of one document into the sink; returns the file's report. */
export function readRecords(records: unknown[], file: string, sink: RecordSink): FileReport {
  const report: FileReport = {
    file,
    versions: [],
    kinds: {},
    records: records.length,
    skipped: 0,
    notAnalysed: 0,
    missingFields: {},
  };
  const absentCounts = new Map<string, Map<string, number>>();
  records.forEach((record, index) => {
    const ok = readOne(record, index, file, sink, report, absentCounts);
    if (!ok) report.skipped++;
  });
  report.missingFields = fieldsAbsentEverywhere(absentCounts);
  return report;
}

function readOne(
  record: unknown,
  index: number,
  file: string,
  sink: RecordSink,
  report: FileReport,
  absentCounts: Map<string, Map<string, number>>,
): boolean {
  const place: Place = { file, recordId: recordIdOf(record, index) };
  try {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new InputError(messages.fieldType(place, 'an object (one LL2 record)', record), place);
    }
    const found = kindFromUrl((record as Json).url);
    if (!found) {
      const where = { ...place, field: 'url' };
      throw new InputError(messages.unknownKind(where, (record as Json).url), where);
    }
    report.kinds[found.kind] = (report.kinds[found.kind] ?? 0) + 1;
    if (!report.versions.includes(found.version)) report.versions.push(found.version);
    if (!isAnalysedKind(found.kind)) {
      report.notAnalysed++;
      return true;
    }
    const absent =
      found.kind === 'spacecraft'
        ? readSpacecraft(record as Json, place, sink, false, found.version)
        : readFlight(record as Json, place, sink, null, found.version);
    countAbsent(absentCounts, found.kind, absent);
    return true;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    skip(sink, { ...place, ...error.place }, error.message);
    return false;
  }
}

// A spacecraft record, and for a detailed one its flights.
function readSpacecraft(
  record: Json,
  place: Place,
  sink: RecordSink,
  nested: boolean,
  version: string,
): string[] {
  const row = readRecord(record, SPACECRAFT_COLUMNS, place, version);
  sink.spacecraft.push({ id: row.values.id as number, values: row.values, nested });
  const flights = record.flights;
  if (Array.isArray(flights)) {
    flights.forEach((flight, i) =>
      readNestedFlight(
        flight,
        { ...place, field: `flights[${i}]` },
        sink,
        row.values.id as number,
        version,
      ),
    );
  }
  return row.absent;
}

// A flight record, and the spacecraft it carries.
function readFlight(
  record: Json,
  place: Place,
  sink: RecordSink,
  parentId: number | null,
  version: string,
): string[] {
  const row = readRecord(record, FLIGHT_COLUMNS, place, version);
  if (row.values.spacecraft_id == null && parentId != null) row.values.spacecraft_id = parentId;
  sink.flights.push({ id: row.values.id as number, values: row.values, nested: parentId != null });
  const spacecraft = record.spacecraft;
  if (parentId == null && typeof spacecraft === 'object' && spacecraft !== null) {
    readNestedSpacecraft(spacecraft as Json, { ...place, field: 'spacecraft' }, sink, version);
  }
  return row.absent;
}

function readNestedFlight(
  flight: unknown,
  place: Place,
  sink: RecordSink,
  parentId: number,
  version: string,
) {
  attempt(sink, place, () => {
    if (typeof flight !== 'object' || flight === null) {
      throw new InputError(messages.fieldType(place, 'an object (one flight)', flight), place);
    }
    readFlight(
      flight as Json,
      { ...place, recordId: recordIdOf(flight, -1) ?? place.recordId },
      sink,
      parentId,
      version,
    );
  });
}

function readNestedSpacecraft(spacecraft: Json, place: Place, sink: RecordSink, version: string) {
  attempt(sink, place, () =>
    readSpacecraft(
      spacecraft,
      { ...place, recordId: recordIdOf(spacecraft, -1) },
      sink,
      true,
      version,
    ),
  );
}

// Nested records are skipped on their own: a bad nested spacecraft does not cost the flight.
function attempt(sink: RecordSink, place: Place, read: () => void) {
  try {
    read();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    skip(sink, { ...place, ...error.place }, error.message);
  }
}

function readRecord(record: Json, specs: readonly ColumnSpec[], place: Place, version: string) {
  if (record.id == null) {
    const where = { ...place, field: 'id' };
    throw new InputError(messages.missingId(where), where);
  }
  const row = readRow(record, specs, place);
  row.values.api_version = version;
  row.values.source_file = place.file ?? null;
  return row;
}

function skip(sink: RecordSink, place: Place, message: string) {
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

// The id to name in messages: the record's own, or its position when it has none.
function recordIdOf(record: unknown, index: number): string | number | null {
  const id = typeof record === 'object' && record !== null ? (record as Json).id : undefined;
  if (typeof id === 'number' || typeof id === 'string') return id;
  return index >= 0 ? `#${index + 1} (no id)` : null;
}

// The key under which countAbsent counts the records read.
const READ = '';

function countAbsent(counts: Map<string, Map<string, number>>, kind: string, absent: string[]) {
  const byField = counts.get(kind) ?? new Map<string, number>([[READ, 0]]);
  counts.set(kind, byField);
  for (const field of [READ, ...absent]) byField.set(field, (byField.get(field) ?? 0) + 1);
}

// Fields absent from every record of a kind that was read (skipped records do not count).
function fieldsAbsentEverywhere(counts: Map<string, Map<string, number>>) {
  const missing: Record<string, string[]> = {};
  for (const [kind, byField] of counts) {
    const read = byField.get(READ);
    const all = [...byField].filter(([f, n]) => f !== READ && n === read).map(([f]) => f);
    if (all.length > 0) missing[kind] = all;
  }
  return missing;
}
