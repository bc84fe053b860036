import { describe, expect, test } from 'vitest';
import { findStalePages, type KnownPage } from '../../src/fetch/find-stale-pages.js';

const page = (count: number, ids: number[], sequence: number, next: string | null = 'n') =>
  ({ url: `u${sequence}`, next, count, ids, sequence }) satisfies KnownPage;

describe('findStalePages', () => {
  test('findStalePages of a consistent listing is empty', () => {
    expect(findStalePages([page(4, [1, 2], 1), page(4, [3, 4], 2, null)])).toEqual([]);
    expect(findStalePages([])).toEqual([]);
  });

  test('findStalePages names the pages whose count is not the latest', () => {
    // an insert after page 1: pages 2 and 3 say 5, page 1 said 4
    const pages = [page(4, [1, 2], 1), page(5, [2, 3], 2), page(5, [4, 5], 3, null)];
    expect(findStalePages(pages)).toEqual([0]);
  });

  test('findStalePages takes the count of the page read last, not the last page', () => {
    // page 1 was read again (sequence 4) after another insert: now pages 2 and 3 are stale
    const pages = [page(6, [0, 9], 4), page(5, [2, 3], 2), page(5, [4, 5], 3, null)];
    expect(findStalePages(pages)).toEqual([1, 2]);
  });

  test('findStalePages with equal counts but a repeated id names every page before it', () => {
    const pages = [page(6, [1, 2], 1), page(6, [3, 4], 2), page(6, [4, 5], 3, null)];
    expect(findStalePages(pages)).toEqual([0, 1]);
  });

  test('findStalePages names every page when they hold more records than the count', () => {
    expect(findStalePages([page(3, [1, 2], 1), page(3, [3, 4], 2, null)])).toEqual([0, 1]);
  });

  test('findStalePages names no page when equal counts hold fewer records: not a shift', () => {
    // 4 records held, count 5 on both pages, no repeat: the pages ended early
    expect(findStalePages([page(5, [1, 2], 1), page(5, [3, 4], 2, null)])).toEqual([]);
  });
});
