import { InputError, messages } from '../messages.js';

/** Options for {@link durationToSeconds}. */
export interface DurationOptions {
  /**
   * A UTC date-time from which years and months are measured. Without it a duration with
   * years or months is rejected, since their length in seconds depends on the date.
   *
   * A `Date`, or an ISO 8601 date (`2024-01-31`, UTC midnight) or date-time with `Z`, an
   * offset or neither (`2024-01-31T20:00:00` is read as UTC, never as local time). Other
   * strings, and dates that do not exist such as `2024-02-30`, are rejected.
   */
  relativeTo?: Date | string | null;
}

const DAY_S = 86_400;
const WEEK_S = 7 * DAY_S;

// Sign, then P, then the date parts, then T and the time parts. Each time part is digits with
// an optional fraction; the fraction rule is checked after the match.
const TIME_PART = String.raw`(\d+(?:[.,]\d{1,9})?)`;
const PATTERN = new RegExp(
  String.raw`^([+-])?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?` +
    `(?:T(?:${TIME_PART}H)?(?:${TIME_PART}M)?(?:${TIME_PART}S)?)?$`,
);

/**
 * Converts an ISO 8601 duration, as Launch Library 2 writes them, to a number of seconds.
 *
 * Accepts `[-|+]P[nY][nM][nW][nD][T[nH][nM][nS]]` with at least one part, and at least one
 * part after a `T`. Only the last time part may carry a fraction (up to nine digits, `.` or
 * `,`). A day is exactly 86,400 s and a week 7 days: LL2 counts elapsed time, so there are
 * no leap seconds or daylight-saving days in it.
 *
 * Years and months have no fixed length. They are rejected unless `options.relativeTo`
 * gives a UTC start date; then the duration is the seconds from that date to the date
 * reached by adding the years and months in the UTC calendar (the day of the month is
 * clamped, so 2024-01-31 plus one month is 2024-02-29), plus the rest.
 *
 * Missing data stays missing: `null` and `undefined` give `null`. Anything else that is not
 * a duration string throws an {@link InputError} that shows the value.
 *
 * @example
 * durationToSeconds('P1DT2H3M4S'); // 93784
 * durationToSeconds('-PT38M'); // -2280
 * durationToSeconds(null); // null
 */
export function durationToSeconds(
  text: string | null | undefined,
  options: DurationOptions = {},
): number | null {
  if (text == null) return null;
  if (typeof text !== 'string') throw new InputError(messages.durationNotText(text));
  const simple = simpleSeconds(text);
  if (simple !== null) return simple;
  const match = PATTERN.exec(text);
  if (!match || !hasParts(match)) throw new InputError(messages.durationSyntax(text));
  const [, sign, years, months, weeks, days, hours, minutes, seconds] = match;

  // Only the last time part present may have a fraction.
  const timeParts = [hours, minutes, seconds].filter((part) => part !== undefined);
  if (timeParts.slice(0, -1).some((part) => part !== undefined && /[.,]/.test(part))) {
    throw new InputError(messages.durationFraction(text));
  }

  // Fixed-length parts, then the calendar ones measured from the reference date (backwards
  // for a negative duration).
  const direction = sign === '-' ? -1 : 1;
  const fixed =
    whole(weeks) * WEEK_S +
    whole(days) * DAY_S +
    decimal(hours, 3600) +
    decimal(minutes, 60) +
    decimal(seconds, 1);
  let total = fixed === 0 ? 0 : direction * fixed;
  if (years !== undefined || months !== undefined) {
    const monthCount = direction * (whole(years) * 12 + whole(months));
    total += calendarSeconds(text, monthCount, options.relativeTo);
  }
  if (!Number.isSafeInteger(Math.trunc(total))) throw new InputError(messages.durationRange(text));
  return total;
}

// What LL2 writes nearly always: whole days, hours, minutes and seconds, no sign, no
// fraction. Up to nine digits a part the total stays well within exact integers, so this
// gives what the general path gives, with one simpler match and no fraction checks. Other
// texts (and "P" or "PT" alone) give null and take the general path.
const SIMPLE = /^P(?:(\d{1,9})D)?(?:T(?=\d)(?:(\d{1,9})H)?(?:(\d{1,9})M)?(?:(\d{1,9})S)?)?$/;

function simpleSeconds(text: string): number | null {
  const match = SIMPLE.exec(text);
  if (!match || text === 'P') return null;
  const [, days, hours, minutes, seconds] = match;
  return whole(days) * DAY_S + whole(hours) * 3600 + whole(minutes) * 60 + whole(seconds);
}

// The regular expression admits "P", "PT" and "P1DT": at least one part must be present, and
// a T must be followed by one.
function hasParts(match: RegExpExecArray): boolean {
  const any = match.slice(2).some((part) => part !== undefined);
  const afterT = match.slice(6).some((part) => part !== undefined);
  return any && (match[0].includes('T') ? afterT : true);
}

function whole(part: string | undefined): number {
  return part === undefined ? 0 : Number(part);
}

// The seconds in `part` units of `unit` seconds. The fraction's digits are scaled as an
// integer before one division, so a whole number of seconds comes out exact (PT68.6H is
// 246960, where 68.6 * 3600 would give 246959.99999999997).
function decimal(part: string | undefined, unit: number): number {
  if (part === undefined) return 0;
  const [integer, fraction = ''] = part.split(/[.,]/);
  return Number(integer) * unit + (Number(fraction) * unit) / 10 ** fraction.length;
}

// Seconds from `relativeTo` to the same time of day moved by whole months in the UTC
// calendar, the day of the month clamped to the target month's length.
function calendarSeconds(
  text: string,
  monthCount: number,
  relativeTo: Date | string | null | undefined,
): number {
  if (relativeTo == null) throw new InputError(messages.durationCalendar(text));
  const start = referenceDate(relativeTo);
  if (Number.isNaN(start.getTime())) throw new InputError(messages.durationReference(relativeTo));
  const monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth() + monthCount;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const end = new Date(start.getTime());
  end.setUTCDate(1);
  end.setUTCFullYear(year, month, Math.min(start.getUTCDate(), daysInMonth(year, month)));
  return (end.getTime() - start.getTime()) / 1000;
}

// An ISO 8601 date, or date-time with an optional Z or offset: year, month, day, then the
// offset if there is one.
const REFERENCE =
  /^(\d{4}|[+-]\d{6})-(\d\d)-(\d\d)(?:T\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)?)?$/;

// The reference as a Date, invalid when it is not one. `new Date` alone would read a
// date-time without an offset (and many other formats) in the local time zone, and roll
// 2024-02-30 over to March.
function referenceDate(relativeTo: Date | string): Date {
  if (relativeTo instanceof Date) return relativeTo;
  const match = REFERENCE.exec(relativeTo);
  if (!match || !dayExists(match)) return new Date(Number.NaN);
  const local = relativeTo.includes('T') && match[4] === undefined;
  return new Date(local ? `${relativeTo}Z` : relativeTo);
}

function dayExists([, year, month, day]: RegExpExecArray): boolean {
  const monthIndex = Number(month) - 1;
  if (monthIndex < 0 || monthIndex > 11) return false;
  return Number(day) >= 1 && Number(day) <= daysInMonth(Number(year), monthIndex);
}

// The Gregorian calendar repeats every 400 years: the month is probed in a year of the same
// cycle, since the last months of Date's range (275760) cannot be probed in their own year.
function daysInMonth(year: number, month: number): number {
  const probe = new Date(0);
  probe.setUTCFullYear(2000 + (((year % 400) + 400) % 400), month + 1, 0);
  return probe.getUTCDate();
}
