/**
 * Finds the LL2 records in a parsed document: the `results` of an API page, the items of a
 * bare array, one record on its own, or the one array of records inside another envelope
 * (such as `{updatedAt, launches: [...]}`), or the array under a key the caller names.
 */
import { InputError, messages } from '../messages.js';
import type { Envelope } from './load-report.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A record is an object with an id or a url; an array of them is a list of records.
function looksLikeRecords(value: unknown): value is unknown[] {
  return (
    Array.isArray(value) && value.some((item) => isObject(item) && ('url' in item || 'id' in item))
  );
}

/** The records of a document and how they were laid out. */
export interface FoundRecords {
  records: unknown[];
  envelope: Envelope;
}

/**
 * The records of one document, as they stand (not yet checked one by one).
 *
 * @throws InputError when the document holds no records in any of the shapes above, or more
 * than one array of records in an envelope (then the caller must name the key).
 *
 * @example
 * findRecords({ updatedAt: 'x', launches: [{ id: 'a', url: '...' }] }, 'z.json');
 * // { records: [{ id: 'a', url: '...' }], envelope: 'envelope' }
 */
export function findRecords(value: unknown, label: string, recordsKey?: string): FoundRecords {
  if (recordsKey !== undefined) {
    const found =
      isObject(value) && Object.hasOwn(value, recordsKey) ? value[recordsKey] : undefined;
    if (Array.isArray(found)) return { records: found, envelope: 'key' };
    throw new InputError(messages.noRecordsAtKey(label, recordsKey, value));
  }
  if (Array.isArray(value)) return { records: value, envelope: 'array' };
  if (!isObject(value)) throw new InputError(messages.noRecords(label, value));
  if (Array.isArray(value.results)) return { records: value.results, envelope: 'page' };
  if ('url' in value || 'id' in value) return { records: [value], envelope: 'record' };
  const keys = Object.keys(value).filter((key) => looksLikeRecords(value[key]));
  if (keys.length === 1)
    return { records: value[keys[0] as string] as unknown[], envelope: 'envelope' };
  if (keys.length > 1) throw new InputError(messages.manyRecordArrays(label, keys));
  throw new InputError(messages.noRecords(label, value));
}
