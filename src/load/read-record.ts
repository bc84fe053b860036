/**
 * Reads one record of a kind the kit analyses into rows of its tables, field by field against
 * its version's shape.
 *
 * A flight record carries its spacecraft, and a detailed spacecraft record carries its
 * flights: both nested records become rows of their own tables, linked by spacecraft id. A
 * nested record that cannot be read is skipped on its own; it does not cost its parent.
 */
import type { AnalysedKind, ApiVersion } from '../ll2/record-kind.js';
import { InputError, messages, type Place } from '../messages.js';
import { dateTime } from './field-readers.js';
import { attempt, type RecordSink } from './record-sink.js';
import { addDraft, draftCell, readDraft, setDraft } from './row-store.js';
import { COLUMNS_OF_KIND, TABLE_OF_KIND } from './table-columns.js';

type Json = Record<string, unknown>;

/** What every record of one file shares. */
export interface ReadContext {
  sink: RecordSink;
  version: ApiVersion;
  /** The file's fetch time from a snapshot manifest, in ms, or null. */
  fetchedAt: number | null;
}

/** Reads a top-level record; returns the dotted paths of the fields it lacked. */
export function readRecord(record: Json, kind: AnalysedKind, place: Place, ctx: ReadContext) {
  if (kind === 'spacecraft') return readSpacecraft(record, place, ctx, false);
  if (kind === 'spacecraft_flight') return readFlight(record, place, ctx, null);
  return readPlain(record, kind, place, ctx, false).absent;
}

// Reads the columns of a record of `kind` and adds its row; `parentId` is the spacecraft a
// nested flight was listed under, its link when the flight does not name its spacecraft.
function readPlain(
  record: Json,
  kind: AnalysedKind,
  place: Place,
  ctx: ReadContext,
  nested: boolean,
  parentId: number | null = null,
) {
  if (record.id == null) {
    const where = { ...place, field: 'id' };
    throw new InputError(messages.missingId(where), where);
  }
  const store = ctx.sink.stores[TABLE_OF_KIND[kind]];
  const absent = readDraft(store, COLUMNS_OF_KIND[kind](ctx.version), record, place);
  const updated =
    record.last_updated == null
      ? null
      : dateTime(record.last_updated, { ...place, field: 'last_updated' });
  setDraft(store, 'api_version', ctx.version);
  setDraft(store, 'source_file', place.file ?? null);
  if (parentId !== null && draftCell(store, 'spacecraft_id') === null) {
    setDraft(store, 'spacecraft_id', parentId);
  }
  const id = draftCell(store, 'id') as number;
  addDraft(store, {
    id,
    nested,
    lastUpdated: updated instanceof Date ? updated.getTime() : null,
    fetchedAt: ctx.fetchedAt,
  });
  return { id, absent };
}

// A spacecraft record, and for a detailed one its flights.
function readSpacecraft(record: Json, place: Place, ctx: ReadContext, nested: boolean) {
  const flights = record.flights;
  if (flights != null && !Array.isArray(flights)) {
    const where = { ...place, field: 'flights' };
    throw new InputError(messages.fieldType(where, 'a list of flights', flights), where);
  }
  const row = readPlain(record, 'spacecraft', place, ctx, nested);
  (flights ?? []).forEach((flight: unknown, i: number) => {
    const where = { ...place, field: `flights[${i}]` };
    attempt(ctx.sink, where, () =>
      readFlight(asObject(flight, where, 'one flight'), nestedPlace(flight, where), ctx, row.id),
    );
  });
  return row.absent;
}

// A flight record, and the spacecraft it carries; `parentId` is the spacecraft it is nested
// in, or null for a top-level flight.
function readFlight(record: Json, place: Place, ctx: ReadContext, parentId: number | null) {
  const nested = parentId !== null;
  const row = readPlain(record, 'spacecraft_flight', place, ctx, nested, parentId);
  const spacecraft = record.spacecraft;
  if (!nested && spacecraft != null) {
    const where = { ...place, field: 'spacecraft' };
    attempt(ctx.sink, where, () =>
      readSpacecraft(
        asObject(spacecraft, where, 'a spacecraft'),
        nestedPlace(spacecraft, where),
        ctx,
        true,
      ),
    );
  }
  return row.absent;
}

function asObject(value: unknown, place: Place, what: string): Json {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json;
  throw new InputError(messages.fieldType(place, `an object (${what})`, value), place);
}

// A nested record is named by its own id where it has one, else by its parent's.
function nestedPlace(value: unknown, place: Place): Place {
  const id = typeof value === 'object' && value !== null ? (value as Json).id : undefined;
  if (typeof id === 'number' || typeof id === 'string') return { file: place.file, recordId: id };
  return place;
}
