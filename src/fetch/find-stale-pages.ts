/**
 * Finds the pages of a listing that the data moved under while it was paged through.
 *
 * LL2 pages by offset. A record added or removed above a page boundary shifts every later
 * record by one: the next page then repeats a record (a duplicate) or skips one (lost), and
 * the listing's `count` changes. The pages read before the change are stale; those read
 * after it agree with the newest `count`.
 */

/** What the fetcher remembers of a page it holds. */
export interface KnownPage {
  url: string;
  next: string | null;
  /** The listing's `count` when the page was read. */
  count: number;
  ids: number[];
  /** Order of reading (larger is later), across runs. */
  sequence: number;
}

/**
 * The indexes of the pages to read again, ascending; empty when the listing is consistent.
 *
 * Rule: with C the `count` of the page read last, a page whose `count` is not C is stale.
 * When every count is C but an id repeats on a later page, every page before that page is
 * read again. Otherwise, when the pages hold more records than C, all pages are. Fewer
 * records than C with every count C and no repeat is not a shift (the counts would differ):
 * the server's pages end early, and reading them again would not help (see fetch-all.ts).
 *
 * @example
 * findStalePages([
 *   { url: 'a', next: 'b', count: 250, ids: [1, 2], sequence: 1 },
 *   { url: 'b', next: null, count: 251, ids: [2, 3], sequence: 2 },
 * ]); // [0]
 */
export function findStalePages(pages: readonly KnownPage[]): number[] {
  if (pages.length === 0) return [];
  const latest = pages.reduce((a, b) => (b.sequence > a.sequence ? b : a));
  const stale = pages.flatMap((page, index) => (page.count === latest.count ? [] : [index]));
  if (stale.length > 0) return stale;

  const repeat = firstRepeatPage(pages);
  if (repeat !== null) return range(repeat);
  const held = pages.reduce((sum, page) => sum + page.ids.length, 0);
  const last = pages[pages.length - 1] as KnownPage;
  return held > latest.count && last.next === null ? range(pages.length) : [];
}

// The index of the first page holding an id an earlier page holds, or null.
function firstRepeatPage(pages: readonly KnownPage[]): number | null {
  const seen = new Set<number>();
  for (const [index, page] of pages.entries()) {
    if (page.ids.some((id) => seen.has(id))) return index;
    for (const id of page.ids) seen.add(id);
  }
  return null;
}

function range(end: number): number[] {
  return Array.from({ length: end }, (_, i) => i);
}
