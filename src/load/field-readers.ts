/**
 * Readers that check one raw LL2 field and turn it into a column value.
 *
 * Each takes the raw value and where it came from, and returns the value for the table or
 * null for a missing one. A value of the wrong type throws an {@link InputError} that names
 * the place and shows the value. Each reader also says which JSON type it accepts, in the
 * words of the OpenAPI schema (`json`, `format`), so a test can hold the readers chosen for
 * API 2.3.0 against the official schema.
 */
import { durationToSeconds } from '../duration/duration-to-seconds.js';
import { InputError, messages, type Place } from '../messages.js';

/** A table cell. */
export type Cell = string | number | boolean | Date | null;

/** The JSON types of the OpenAPI schema. */
export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';

/** Reads one raw field into a column value; null and absent fields give null. */
export interface FieldReader {
  (value: unknown, place: Place): Cell;
  /** The JSON type accepted besides null. */
  readonly json: JsonType;
  /** The schema's `format` for strings, where it names one. */
  readonly format?: 'date' | 'date-time' | 'uuid';
}

function reader(
  json: JsonType,
  read: (value: unknown, place: Place) => Cell,
  format?: FieldReader['format'],
): FieldReader {
  return Object.assign(read, { json, format });
}

function fail(place: Place, expected: string, value: unknown): never {
  throw new InputError(messages.fieldType(place, expected, value), place);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string, kept as it is (an empty string stays empty: LL2 uses it for "none given"). */
export const text = reader('string', (value, place) => {
  if (value == null) return null;
  return typeof value === 'string' ? value : fail(place, 'a string', value);
});

/** A whole number. */
export const integer = reader('integer', (value, place) => {
  if (value == null) return null;
  return Number.isSafeInteger(value) ? (value as number) : fail(place, 'a whole number', value);
});

/** A whole number of at least 0, such as `flights_count`. */
export const count = reader('integer', (value, place) => {
  if (value == null) return null;
  const ok = Number.isSafeInteger(value) && (value as number) >= 0;
  return ok ? (value as number) : fail(place, 'a whole number of 0 or more', value);
});

/** true or false. */
export const flag = reader('boolean', (value, place) => {
  if (value == null) return null;
  return typeof value === 'boolean' ? value : fail(place, 'true or false', value);
});

/** An ISO 8601 duration, as seconds (the schema types durations as plain strings). */
export const duration = reader('string', (value, place) => {
  try {
    return durationToSeconds(value as string | null | undefined);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(messages.badDuration(place, error.message), place);
  }
});

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * An ISO 8601 date-time with a zone (LL2 writes `Z`), as a UTC instant. Days that do not
 * exist (`1961-02-30`), which `Date` would roll into the next month, are refused.
 */
export const dateTime = reader(
  'string',
  (value, place) => {
    if (value == null) return null;
    const parts = typeof value === 'string' ? DATE_TIME.exec(value) : null;
    if (!parts || !validParts(parts.slice(1).map(Number))) {
      throw new InputError(messages.badDate(place, value), place);
    }
    return new Date(value as string);
  },
  'date-time',
);

// Year, month, day, hour, minute, second and the zone's hours and minutes (NaN when absent).
function validParts(parts: number[]): boolean {
  const [year, month, day, hour, minute, second, zoneH, zoneM] = parts as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (hour > 23 || minute > 59 || second > 59) return false;
  return Number.isNaN(zoneH) || (zoneH <= 23 && zoneM <= 59);
}

// Days in a month (1 to 12) of the proleptic Gregorian calendar.
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
}

/**
 * A calendar date `YYYY-MM-DD` (a birth date, a maiden flight), as 00:00 UTC of that day;
 * a day that does not exist (`1978-02-30`) or a date-time is refused.
 *
 * @example
 * day('1978-02-27', {}); // Date 1978-02-27T00:00:00.000Z
 */
export const day = reader(
  'string',
  (value, place) => {
    if (value == null) return null;
    const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    const date = match ? new Date(`${value as string}T00:00:00Z`) : null;
    // `new Date` rolls 1978-02-30 over to March; the day read back must be the day written.
    if (!date || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match?.[3])) {
      throw new InputError(messages.badDay(place, value), place);
    }
    return date;
  },
  'date',
);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID string, such as a launch id. */
export const uuid = reader(
  'string',
  (value, place) => {
    if (value == null) return null;
    return typeof value === 'string' && UUID.test(value) ? value : fail(place, 'a UUID', value);
  },
  'uuid',
);

/**
 * An object with a `name` (an agency's `type` in 2.3.0), as the name.
 *
 * @example
 * objectName({ id: 1, name: 'Government' }, {}); // 'Government'
 */
export const objectName = reader('object', (value, place) => {
  if (value == null) return null;
  if (!isObject(value)) return fail(place, 'an object with a name', value);
  return textAt(value, 'name', place);
});

// The text field `key` of an object found at `place`; the place of a fault names the key.
// (The nested place is made only on a fault: this runs for most records.)
function textAt(object: Record<string, unknown>, key: string, place: Place): string | null {
  const value = object[key];
  if (value == null || typeof value === 'string') return (value as string | null) ?? null;
  return fail({ ...place, field: `${place.field}.${key}` }, 'a string', value);
}

/**
 * A list of objects, as one text field of each joined by ", "; an empty list (or one whose
 * fields are all empty) gives null.
 *
 * @example
 * joined('nationality_name')([{ nationality_name: 'French' }], {}); // 'French'
 */
export function joined(key: string): FieldReader {
  return reader('array', (value, place) => {
    if (value == null) return null;
    if (!Array.isArray(value)) return fail(place, 'a list', value);
    const present: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const at = `${place.field}[${i}]`;
      if (!isObject(item)) return fail({ ...place, field: at }, `an object with a ${key}`, item);
      const name = item[key];
      if (name != null && typeof name !== 'string') {
        return fail({ ...place, field: `${at}.${key}` }, 'a string', name);
      }
      if (name) present.push(name as string);
    }
    return present.length === 0 ? null : present.join(', ');
  });
}

/** A list of objects with names (a configuration's `family`), as the names joined by ", ". */
export const names = joined('name');

/** An object that must be there (not null, not absent), such as a spacecraft's config. */
export const requiredObject = reader('object', (value, place) => {
  if (isObject(value)) return null;
  return fail(place, 'an object (LL2 always gives this field)', value);
});
