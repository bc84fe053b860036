/**
 * Finds the LL2 records in a parsed document: the `results` of an API page, the items of a
 * bare array, one record on its own, or the one array of records inside another envelope
 * (such as `{updatedAt, launches: [...]}`), or the array under a key the caller names.
 */
import { InputError, messages } from '../messages.js';

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

/**
 * The records of one document, as they stand (not yet checked one by one).
 *
 * @throws InputError when the document holds no records in any of the shapes above.
 */
export function findRecords(value: unknown, label: string, recordsKey?: string): unknown[] {
  if (recordsKey !== undefined) {
    const found = isObject(value) ? value[recordsKey] : undefined;
    if (Array.isArray(found)) return found;
    throw new InputError(messages.noRecordsAtKey(label, recordsKey, value));
  }
  if (Array.isArray(value)) return value;
  if (!isObject(value)) throw new InputError(messages.noRecords(label, value));
  if (Array.isArray(value.results)) return value.results;
  if ('url' in value || 'id' in value) return [value];
  const arrays = Object.values(value).filter(looksLikeRecords);
  if (arrays.length === 1) return arrays[0] as unknown[];
  throw new InputError(messages.noRecords(label, value));
}
