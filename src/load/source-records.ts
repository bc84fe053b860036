/**
 * Opens one source for reading: its records one at a time, and how they were laid out.
 *
 * A `.json` file is parsed whole and its records found in it; a `.ndjson` file is streamed a
 * line at a time; a parsed value is searched like a parsed file.
 */
import type { InputError } from '../messages.js';
import { findRecords } from './find-records.js';
import type { Envelope } from './load-report.js';
import { ndjsonRecords } from './read-ndjson.js';
import { readJsonFile } from './read-json-file.js';
import type { Source } from './read-sources.js';

/** One record as found, where it was (`#3`, `line 3`) and an error if it could not be read. */
export interface SourceItem {
  value: unknown;
  where: string;
  error?: InputError;
}

/** The records of a source and their layout. */
export interface OpenedSource {
  envelope: Envelope;
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>;
}

/** Opens a source; a `.json` file is read and parsed here, NDJSON only as it is iterated. */
export function openSource(source: Source, recordsKey?: string): OpenedSource {
  if (source.format === 'ndjson') return { envelope: 'lines', items: ndjsonRecords(source.label) };
  const value = source.format === 'value' ? source.value : readJsonFile(source.label);
  const { records, envelope } = findRecords(value, source.label, recordsKey);
  return { envelope, items: records.map((record, i) => ({ value: record, where: `#${i + 1}` })) };
}
