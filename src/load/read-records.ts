/**
 * Reads the records of one source into the sink and says what came of them: kinds and
 * versions, records skipped and not analysed, fields missing and unknown.
 *
 * Each record's kind and API version come from its `url` (the caller may force the
 * version). One file holds one kind: a record of another kind than the file's first is
 * skipped. Kinds the kit does not analyse, and versions whose shape it does not know, are
 * counted and named, not failed.
 */
import { KNOWN_FIELDS } from '../ll2/known-fields.js';
import {
  isAnalysedKind,
  isApiVersion,
  kindFromUrl,
  type AnalysedKind,
  type ApiVersion,
  type KindAndVersion,
} from '../ll2/record-kind.js';
import { InputError, messages, type Place } from '../messages.js';
import { fieldTally } from './field-tally.js';
import type { FileReport } from './load-report.js';
import { readRecord } from './read-record.js';
import type { Source } from './read-sources.js';
import { attempt, skip, type RecordSink } from './record-sink.js';
import type { OpenedSource, SourceItem } from './source-records.js';
import { COLUMNS_OF_KIND } from './table-columns.js';

type Json = Record<string, unknown>;

/** What the caller may say about every record. */
export interface ReadOptions {
  /** Read every record with this version's shape, whatever its url says. */
  apiVersion?: ApiVersion;
}

/** Reads every record of one source into the sink; returns the file's report. */
export async function readRecords(
  source: Source,
  opened: OpenedSource,
  sink: RecordSink,
  options: ReadOptions = {},
): Promise<FileReport> {
  const report = emptyReport(source, opened);
  const tally = fieldTally();
  const state: FileState = { report, tally, sink, options, kind: null, source };
  const read = (item: SourceItem) => {
    report.records++;
    if (!readItem(item, state)) report.skipped++;
  };
  // A parsed file's records are at hand: `for await` would wait a turn for each of them.
  if (Array.isArray(opened.items)) for (const item of opened.items as SourceItem[]) read(item);
  else for await (const item of opened.items) read(item);
  report.missingFields = tally.missingEverywhere();
  report.unknownFields = tally.unknown();
  return report;
}

interface FileState {
  report: FileReport;
  tally: ReturnType<typeof fieldTally>;
  sink: RecordSink;
  options: ReadOptions;
  /** The kind of the file's first record. */
  kind: string | null;
  source: Source;
}

function emptyReport(source: Source, opened: OpenedSource): FileReport {
  return {
    file: source.label,
    envelope: opened.envelope,
    fetchedAt: source.fetchedAt,
    manifestRecords: source.listedRecords,
    versions: [],
    kinds: {},
    records: 0,
    skipped: 0,
    notAnalysed: 0,
    notAnalysedReasons: {},
    tables: {},
    missingFields: {},
    unknownFields: {},
  };
}

// One top-level record; false when it was skipped.
function readItem(item: SourceItem, state: FileState): boolean {
  const place: Place = { file: state.source.label, recordId: recordIdOf(item) };
  if (item.error) {
    skip(state.sink, { ...place, ...item.error.place }, item.error.message);
    return false;
  }
  return attempt(state.sink, place, () => {
    const record = asRecord(item.value, place);
    const found = kindOf(record, place, state);
    const version = state.options.apiVersion ?? found.version;
    if (!isAnalysedKind(found.kind) || !isApiVersion(version)) {
      return notAnalysed(state.report, found.kind, version);
    }
    readAnalysed(record, found.kind, version, place, state);
  });
}

function readAnalysed(
  record: Json,
  kind: AnalysedKind,
  version: ApiVersion,
  place: Place,
  state: FileState,
) {
  const fetchedAt = state.source.fetchedAt === null ? null : Date.parse(state.source.fetchedAt);
  const absent = readRecord(record, kind, place, { sink: state.sink, version, fetchedAt });
  const known = knownFields(kind, version);
  const unknown: string[] = [];
  for (const key in record) if (!known.has(key)) unknown.push(key);
  state.tally.add(kind, absent, unknown);
}

// The top-level fields of a kind's shape in a version, and those its columns read.
const knownSets = new Map<AnalysedKind, Map<ApiVersion, ReadonlySet<string>>>();

function knownFields(kind: AnalysedKind, version: ApiVersion): ReadonlySet<string> {
  let ofKind = knownSets.get(kind);
  if (!ofKind) knownSets.set(kind, (ofKind = new Map()));
  let known = ofKind.get(version);
  if (!known) {
    const fields = new Set(KNOWN_FIELDS[kind][version]);
    for (const spec of COLUMNS_OF_KIND[kind](version)) fields.add(spec.path[0] as string);
    ofKind.set(version, (known = fields));
  }
  return known;
}

function asRecord(value: unknown, place: Place): Json {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json;
  throw new InputError(messages.fieldType(place, 'an object (one LL2 record)', value), place);
}

// The record's kind and version from its url; a kind other than the file's first is refused.
function kindOf(record: Json, place: Place, state: FileState): KindAndVersion {
  const found = kindFromUrl(record.url);
  if (!found) {
    const where = { ...place, field: 'url' };
    throw new InputError(messages.unknownKind(where, record.url), where);
  }
  const { report } = state;
  report.kinds[found.kind] = (report.kinds[found.kind] ?? 0) + 1;
  const version = state.options.apiVersion ?? found.version;
  if (!report.versions.includes(version)) report.versions.push(version);
  state.kind ??= found.kind;
  if (found.kind !== state.kind) {
    const where = { ...place, field: 'url' };
    throw new InputError(messages.mixedKinds(where, state.kind, found.kind, record.url), where);
  }
  return found;
}

function notAnalysed(report: FileReport, kind: string, version: string) {
  const reason = isAnalysedKind(kind as AnalysedKind)
    ? messages.versionNotRead(kind, version)
    : messages.kindNotAnalysed(kind);
  report.notAnalysed++;
  report.notAnalysedReasons[reason] = (report.notAnalysedReasons[reason] ?? 0) + 1;
}

// The id to name in messages: the record's own, or its position when it has none.
function recordIdOf(item: SourceItem): string | number {
  const value = item.value;
  const id = typeof value === 'object' && value !== null ? (value as Json).id : undefined;
  if (typeof id === 'number' || typeof id === 'string') return id;
  return `${item.where} (no id)`;
}
