/**
 * Progress of a fetch for people: a one-line bar on a terminal (pages, records, budget, an
 * estimate of the time left), or plain lines when output is not a terminal. Pure text: the
 * caller writes it.
 */
import { messages } from '../messages.js';
import type { FetchEvent } from './fetch-event.js';
import { PAGE_LIMIT } from './ll2-endpoints.js';

const BAR_WIDTH = 20;

/**
 * Counts kept from the fetch events (pages and records of the first reading, the listing's
 * count, the budget left), and the text they make. Recovery pages are not counted again.
 *
 * @example
 * let now = 0; // a clock in ms, moved by hand here (Date.now in real use)
 * const progress = new FetchProgress(() => now);
 * const page = { index: 0, count: 250, records: 100, recovery: false, remaining: 14 };
 * now = 1500;
 * progress.update({ type: 'page', ...page }); // 'page 1 read: 100 records (listing count 250)'
 * progress.bar();
 * // '[#######-------------] 1/3 pages, 100 records, budget 14 left this hour, ~3 s left'
 * // (3 pages = ceil(250 / 100); round(1/3 × 20) = 7 marks; 1.5 s a page × 2 pages = 3 s)
 */
export class FetchProgress {
  pages = 0;
  records = 0;
  count: number | null = null;
  remaining = Infinity;
  readonly #started: number;

  constructor(private readonly now: () => number) {
    this.#started = now();
  }

  /**
   * Takes in an event; returns the plain line to print for it, or null when it is not worth
   * a line of its own (requests).
   */
  update(event: FetchEvent): string | null {
    if (event.type === 'request') this.remaining = event.remaining;
    if (event.type !== 'page') return eventLine(event);
    this.count = event.count;
    this.remaining = event.remaining;
    if (!event.recovery) {
      this.pages++;
      this.records += event.records;
    }
    return messages.fetchPageLine(event.index, event.records, event.count, event.recovery);
  }

  /**
   * The bar: `[########------------] 2/5 pages, 200 records, budget 13/h left, ~6 s left`.
   *
   * Formula: pages expected = ceil(count / 100); time left = (time so far / pages read) ×
   * pages still to read. Unknown before the first page.
   */
  bar(): string {
    const total = this.count === null ? null : Math.max(1, Math.ceil(this.count / PAGE_LIMIT));
    const done = total === null ? 0 : Math.min(this.pages, total);
    const filled = total === null ? 0 : Math.round((done / total) * BAR_WIDTH);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
    const budget = Number.isFinite(this.remaining)
      ? `budget ${this.remaining} left this hour`
      : 'no budget limit';
    const pages = `${done}/${total ?? '?'} pages`;
    return `${bar} ${pages}, ${this.records} records, ${budget}, ${this.estimate(total)}`;
  }

  #elapsed(): number {
    return this.now() - this.#started;
  }

  private estimate(total: number | null): string {
    if (total === null || this.pages === 0) return 'time left unknown';
    const left = Math.max(0, total - this.pages);
    const wait = left > this.remaining ? ' (then waits for the budget)' : '';
    return `~${formatDuration((this.#elapsed() / this.pages) * left)} left${wait}`;
  }
}

function eventLine(event: FetchEvent): string | null {
  switch (event.type) {
    case 'retry':
      return messages.fetchRetryLine(formatDuration(event.waitMs), event.attempt, event.reason);
    case 'throttled':
      return messages.fetchThrottledLine(formatDuration(event.waitMs));
    case 'budget-wait':
      return messages.fetchBudgetLine(formatDuration(event.waitMs));
    case 'shift':
      return messages.fetchShiftLine(event.index + 1);
    case 'still-shifting':
      return messages.fetchStillShifting(event.rounds);
    default:
      return null;
  }
}

/**
 * Milliseconds as `45 s`, `12 min` or `1 h 5 min`.
 *
 * @example
 * formatDuration(3_900_000); // '1 h 5 min'
 */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
