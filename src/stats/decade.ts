/**
 * Decades of launch dates, in UTC: the 1960s are 1960 to 1969.
 */

/**
 * The first year of the UTC decade of a date, or null for a missing date.
 *
 * @example
 * decadeOf(new Date('1969-12-31T23:30:00Z')); // 1960, whatever the local time zone
 */
export function decadeOf(date: Date | null | undefined): number | null {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return null;
  return Math.floor(date.getUTCFullYear() / 10) * 10;
}

/** `1960s` for 1960, and `unknown` for null. */
export function decadeName(decade: number | null): string {
  return decade === null ? 'unknown' : `${decade}s`;
}
