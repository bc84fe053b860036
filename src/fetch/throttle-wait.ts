/**
 * How long a `429 Too Many Requests` asks the client to wait: the `Retry-After` header
 * (seconds, or an HTTP date), else the seconds in LL2's throttle message
 * (`{"detail": "Request was throttled. Expected available in 3599 seconds."}`).
 */

const LL2_MESSAGE = /available in (\d+(?:\.\d+)?) seconds?/i;

/**
 * The wait in milliseconds, or null when neither the header nor the body says.
 *
 * Formula: seconds × 1000; an HTTP date gives date − now (never below 0).
 *
 * @example
 * throttleWaitMs('120', '', 0); // 120000
 * throttleWaitMs(null, '{"detail":"Request was throttled. Expected available in 7 seconds."}', 0);
 * // 7000
 */
export function throttleWaitMs(
  retryAfter: string | null,
  body: string,
  now: number,
): number | null {
  const header = retryAfter?.trim() ?? '';
  if (/^\d+(\.\d+)?$/.test(header)) return Math.round(Number(header) * 1000);
  if (header !== '') {
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const match = LL2_MESSAGE.exec(body);
  return match ? Math.round(Number(match[1]) * 1000) : null;
}
