/**
 * The wait before a retry: exponential backoff with jitter.
 */

/** The first and the largest backoff, in milliseconds. */
export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

/** One second, doubling, at most a minute. */
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1000, capMs: 60_000 };

/**
 * The wait before retry number `retry` (1 for the first retry), with "equal jitter": half
 * the exponential step for sure, the other half at random.
 *
 * Formula: d = min(cap, base × 2^(retry − 1)); wait = d / 2 + random() × d / 2.
 *
 * @example
 * backoffDelay(3, () => 0, { baseMs: 1000, capMs: 60000 }); // 2000 (d = 4000)
 * backoffDelay(3, () => 1, { baseMs: 1000, capMs: 60000 }); // 4000
 */
export function backoffDelay(
  retry: number,
  random: () => number,
  options: BackoffOptions = DEFAULT_BACKOFF,
): number {
  const step = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, retry - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
