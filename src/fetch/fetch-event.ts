/**
 * What the fetcher tells its caller as it works. The library prints nothing; the CLI turns
 * these into a progress bar or lines (see progress-line.ts).
 */

/** One thing that happened during a fetch. */
export type FetchEvent =
  /** A request is about to go out; `remaining` is the budget left after it. */
  | { type: 'request'; url: string; attempt: number; remaining: number }
  /** The last request failed in a way worth retrying; the fetcher waits `waitMs` first. */
  | { type: 'retry'; url: string; attempt: number; reason: string; waitMs: number }
  /** The server said 429; the fetcher waits `waitMs` as it asked (or backs off). */
  | { type: 'throttled'; url: string; waitMs: number }
  /** The hourly budget is spent; the fetcher waits `waitMs`. */
  | { type: 'budget-wait'; waitMs: number }
  /** A page arrived: its place in the listing, the listing's count, its records. */
  | {
      type: 'page';
      index: number;
      count: number;
      records: number;
      recovery: boolean;
      remaining: number;
    }
  /** The data shifted while paging: pages from `index` backwards are read again. */
  | { type: 'shift'; index: number }
  /** The data kept shifting through every recovery round. */
  | { type: 'still-shifting'; rounds: number };

/** Receives fetch events. */
export type FetchEventSink = (event: FetchEvent) => void;
