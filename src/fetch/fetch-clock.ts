/**
 * The time the fetcher reads and waits on, injectable so that tests run waits instantly.
 */

/** Now in milliseconds since the epoch, and a wait of a number of milliseconds. */
export interface FetchClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/**
 * The real clock: `Date.now()` and `setTimeout`.
 *
 * @example
 * await systemClock.sleep(10); // resolves about 10 ms later
 */
export const systemClock: FetchClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};
