/**
 * Decades of launch dates, in UTC: the 1960s are 1960 to 1969.
 */

// The UTC start of every decade from 1000 to 2990, in ms: most instants find their decade
// here with one division and a comparison or two, where `getUTCFullYear` costs several
// times as much (a million flights per aggregate in the benchmark).
const FIRST_DECADE = 1000;
const DECADE_STARTS = Float64Array.from({ length: 201 }, (_, i) =>
  Date.UTC(FIRST_DECADE + 10 * i, 0, 1),
);
const MEAN_DECADE_MS = 3652.425 * 86_400_000;

/**
 * The first year of the UTC decade of a date, or null for a missing date.
 *
 * @example
 * decadeOf(new Date('1969-12-31T23:30:00Z')); // 1960, whatever the local time zone
 */
export function decadeOf(date: Date | null | undefined): number | null {
  return date instanceof Date ? decadeOfTime(date.getTime()) : null;
}

/**
 * The first year of the UTC decade of an instant given as ms since 1970 (a `Date`'s time
 * value), or null when no `Date` has that time (NaN, beyond ±8.64e15). The same as
 * `decadeOf(new Date(ms))`, without making the `Date`.
 *
 * @example
 * decadeOfTime(Date.UTC(1970, 0, 1) - 1); // 1960, the last ms of 1969
 * decadeOfTime(NaN); // null
 */
export function decadeOfTime(ms: number): number | null {
  // A Date truncates its time value to whole ms, toward 0.
  const time = Math.trunc(ms);
  const last = DECADE_STARTS.length - 1;
  if (!(time >= (DECADE_STARTS[0] as number) && time < (DECADE_STARTS[last] as number))) {
    const year = new Date(time).getUTCFullYear();
    return Number.isNaN(year) ? null : Math.floor(year / 10) * 10;
  }

  // The mean length of a decade is off by a few days at most: a step either way corrects it.
  let at = Math.min(last - 1, Math.floor((time - (DECADE_STARTS[0] as number)) / MEAN_DECADE_MS));
  while (time < (DECADE_STARTS[at] as number)) at--;
  while (time >= (DECADE_STARTS[at + 1] as number)) at++;
  return FIRST_DECADE + 10 * at;
}

/** `1960s` for 1960, and `unknown` for null. */
export function decadeName(decade: number | null): string {
  return decade === null ? 'unknown' : `${decade}s`;
}
