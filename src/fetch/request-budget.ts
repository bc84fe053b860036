/**
 * How many requests the fetcher may still make this hour: a sliding window of the times of
 * the requests made in the last hour. When it is spent, the fetcher waits until the oldest
 * request in the window is an hour old.
 */
import type { FetchClock } from './fetch-clock.js';

/** LL2's free tier: requests an hour without a token. */
export const FREE_REQUESTS_PER_HOUR = 15;
const HOUR_MS = 3_600_000;

/**
 * A request budget per hour over an injectable clock. `perHour` of `Infinity` never waits.
 *
 * Formula: remaining = perHour − (requests made in (now − 1 h, now]).
 *
 * @example
 * const budget = new RequestBudget(15, systemClock);
 * await budget.take(); // records a request now; waits first when 15 were made this hour
 * budget.remaining(); // 14
 */
export class RequestBudget {
  readonly #log: number[];

  constructor(
    readonly perHour: number,
    private readonly clock: FetchClock,
    /** Times (ms since the epoch) of earlier requests, such as those a manifest kept. */
    earlier: readonly number[] = [],
  ) {
    this.#log = [...earlier].sort((a, b) => a - b);
  }

  /** Requests still allowed in the current hour. */
  remaining(): number {
    this.#forget();
    return Math.max(0, this.perHour - this.#log.length);
  }

  /** Milliseconds until one more request is allowed (0 when one is allowed now). */
  waitMs(): number {
    if (this.remaining() > 0) return 0;
    const oldest = this.#log[this.#log.length - this.perHour] ?? this.clock.now();
    return Math.max(0, oldest + HOUR_MS - this.clock.now());
  }

  /** Waits until a request is allowed (telling `onWait` how long), then counts one. */
  async take(onWait?: (ms: number) => void): Promise<void> {
    const wait = this.waitMs();
    if (wait > 0) {
      onWait?.(wait);
      await this.clock.sleep(wait);
    }
    this.#log.push(this.clock.now());
  }

  /** The times of the requests in the last hour, oldest first. */
  log(): number[] {
    this.#forget();
    return [...this.#log];
  }

  // Drops the requests more than an hour old.
  #forget(): void {
    const since = this.clock.now() - HOUR_MS;
    while (this.#log.length > 0 && (this.#log[0] as number) <= since) this.#log.shift();
  }
}
