// A clock for tests: sleeping moves time forward at once and is recorded.
import type { FetchClock } from '../../../src/fetch/fetch-clock.js';

/** A fake clock, and every wait asked of it, in milliseconds. */
export interface FakeClock extends FetchClock {
  sleeps: number[];
}

/** Starts at 2026-01-01T00:00:00Z unless told otherwise. */
export function fakeClock(start = Date.parse('2026-01-01T00:00:00Z')): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: (ms) => {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}
