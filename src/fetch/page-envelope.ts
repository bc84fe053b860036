/**
 * Checks that a response body is an LL2 page: `{count, next, previous, results}` with a
 * whole-number `id` on every record.
 */
import { messages } from '../messages.js';
import { FetchError } from './fetch-error.js';

/** What the fetcher needs from a page: the listing's count, the next link, the ids. */
export interface PageFacts {
  count: number;
  next: string | null;
  ids: number[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The facts of a parsed page, or a {@link FetchError} naming the URL and the value.
 *
 * @example
 * pageFacts({ count: 1, next: null, previous: null, results: [{ id: 7 }] }, 'http://x/');
 * // { count: 1, next: null, ids: [7] }
 */
export function pageFacts(value: unknown, url: string): PageFacts {
  const bad = () => new FetchError(messages.fetchNotAPage(url, value));
  if (!isObject(value) || !Array.isArray(value.results)) throw bad();
  const { count, next } = value;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw bad();
  if (next !== null && typeof next !== 'string') throw bad();
  const ids = value.results.map((record: unknown) =>
    isObject(record) && Number.isInteger(record.id) ? (record.id as number) : null,
  );
  if (ids.includes(null)) throw bad();
  return { count, next, ids: ids as number[] };
}
