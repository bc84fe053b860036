import { InputError, messages } from '../messages.js';

/** Options for {@link durationToSeconds}. */
export interface DurationOptions {
  /**
   * A UTC date-time from which years and months are measured. Without it a duration with
   * years or months is rejected, since their length in seconds depends on the date.
   */
  relativeTo?: Date | string | null;
}

const DAY_S = 86_400;
const WEEK_S = 7 * DAY_S;

// Sign, then P, then the date parts, then T and the time parts. Each part is digits with an
// optional fraction; the fraction rule is checked after the match.
const PATTERN =
  /^([+-])?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+(?:[.,]\d{1,9})?)H)?(?:(\d+(?:[.,]\d{1,9})?)M)?(?:(\d+(?:[.,]\d{1,9})?)S)?)?$/;

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
    decimal(hours) * 3600 +
    decimal(minutes) * 60 +
    decimal(seconds);
  let total = fixed === 0 ? 0 : direction * fixed;
  if (years !== undefined || months !== undefined) {
    const monthCount = direction * (whole(years) * 12 + whole(months));
    total += calendarSeconds(text, monthCount, options.relativeTo);
  }
  if (!Number.isSafeInteger(Math.trunc(total))) throw new InputError(messages.durationRange(text));
  return total;
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

function decimal(part: string | undefined): number {
  return part === undefined ? 0 : Number(part.replace(',', '.'));
}

// Seconds from `relativeTo` to the same time of day moved by whole months in the UTC
// calendar, the day of the month clamped to the target month's length.
function calendarSeconds(
  text: string,
  monthCount: number,
  relativeTo: Date | string | null | undefined,
): number {
  if (relativeTo == null) throw new InputError(messages.durationCalendar(text));
  const start = relativeTo instanceof Date ? relativeTo : new Date(relativeTo);
  if (Number.isNaN(start.getTime())) throw new InputError(messages.durationReference(relativeTo));
  const monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth() + monthCount;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const end = new Date(start.getTime());
  end.setUTCDate(1);
  end.setUTCFullYear(year, month, Math.min(start.getUTCDate(), daysInMonth(year, month)));
  return (end.getTime() - start.getTime()) / 1000;
}

function daysInMonth(year: number, month: number): number {
  const probe = new Date(0);
  probe.setUTCFullYear(year, month + 1, 0);
  return probe.getUTCDate();
}
