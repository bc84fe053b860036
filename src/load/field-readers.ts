/**
 * Readers that check one raw LL2 field and turn it into a column value.
 *
 * Each takes the raw value and where it came from, and returns the value for the table or
 * null for a missing one. A value of the wrong type throws an {@link InputError} that names
 * the place and shows the value.
 */
import { durationToSeconds } from '../duration/duration-to-seconds.js';
import { InputError, messages, type Place } from '../messages.js';

/** Reads one raw field into a column value; null and absent fields give null. */
export type FieldReader = (value: unknown, place: Place) => string | number | boolean | Date | null;

function fail(place: Place, expected: string, value: unknown): never {
  throw new InputError(messages.fieldType(place, expected, value), place);
}

/** A string, kept as it is (an empty string stays empty: LL2 uses it for "none given"). */
export const text: FieldReader = (value, place) => {
  if (value == null) return null;
  return typeof value === 'string' ? value : fail(place, 'a string', value);
};

/** A whole number. */
export const integer: FieldReader = (value, place) => {
  if (value == null) return null;
  return Number.isSafeInteger(value) ? (value as number) : fail(place, 'a whole number', value);
};

/** A whole number of at least 0, such as `flights_count`. */
export const count: FieldReader = (value, place) => {
  if (value == null) return null;
  const ok = Number.isSafeInteger(value) && (value as number) >= 0;
  return ok ? (value as number) : fail(place, 'a whole number of 0 or more', value);
};

/** true or false. */
export const flag: FieldReader = (value, place) => {
  if (value == null) return null;
  return typeof value === 'boolean' ? value : fail(place, 'true or false', value);
};

/** An ISO 8601 duration, as seconds. */
export const duration: FieldReader = (value, place) => {
  try {
    return durationToSeconds(value as string | null | undefined);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(messages.badDuration(place, error.message), place);
  }
};

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * An ISO 8601 date-time with a zone (LL2 writes `Z`), as a UTC instant. Days that do not
 * exist (`1961-02-30`), which `Date` would roll into the next month, are rejected.
 */
export const dateTime: FieldReader = (value, place) => {
  if (value == null) return null;
  const parts = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!parts || !validParts(parts.slice(1).map(Number))) {
    throw new InputError(messages.badDate(place, value), place);
  }
  return new Date(value as string);
};

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
/** A name given as a string (LL2 2.2.0) or as an object with a `name` (2.3.0). */
export const nameOrObject: FieldReader = (value, place) => {
  if (value == null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && !Array.isArray(value)) {
    return text((value as { name?: unknown }).name, { ...place, field: `${place.field}.name` });
  }
  return fail(place, 'a string or an object with a name', value);
};

/** A list of objects with names, as the names joined by ", "; an empty list gives null. */
export const names: FieldReader = (value, place) => {
  if (value == null) return null;
  if (!Array.isArray(value)) return fail(place, 'a list', value);
  const found = value.map((item, i) =>
    nameOrObject(item, { ...place, field: `${place.field}[${i}]` }),
  );
  return found.length === 0 ? null : found.join(', ');
};
