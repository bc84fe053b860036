/**
 * Merges the copies of each record into one row per id.
 *
 * Pages fetched while LL2 changes overlap, and a flight file repeats a spacecraft once per
 * flight. Of the copies of one id the one kept is, in this order of rules:
 *
 * 1. a top-level record over a copy nested in another record (a nested copy is a summary);
 * 2. the later `last_updated`, where both copies have one;
 * 3. the later fetch time a snapshot folder's manifest gives for their files, where both
 *    have one;
 * 4. the newer API version (`api_version`: 2.3.0 over 2.2.0), which LL2 served later and
 *    which carries fields the older one lacks;
 * 5. the one read last (files in sorted path order, records in file order).
 */
import type { Cell } from './field-readers.js';
import type { TableReport } from './load-report.js';
import { rowVersion, type RowStore } from './row-store.js';

/** What merging one table's rows gave. */
export interface Merged {
  /** The kept row of each id, in the order ids were first read. */
  kept: number[];
  /** The table's columns: the store's own arrays when no id was read twice, else the kept
   * rows' cells. */
  cells: Cell[][];
  report: TableReport;
}

/**
 * One row per id, in first-seen order, and the report: the kept copy of each id is the one
 * {@link beats} every other copy.
 */
export function mergeById(store: RowStore): Merged {
  // A Map keeps an id at the place it was first set, whichever row later wins it.
  const winners = new Map<number, number>();
  const differing = new Set<number>();
  for (let row = 0; row < store.length; row++) {
    const id = store.ids[row] as number;
    const earlier = winners.get(id);
    if (earlier === undefined) {
      winners.set(id, row);
      continue;
    }
    if (!sameCells(store, earlier, row)) differing.add(id);
    if (beats(copyFacts(store, row), copyFacts(store, earlier))) winners.set(id, row);
  }
  const kept = [...winners.values()];
  const cells =
    kept.length === store.length
      ? store.cells
      : store.cells.map((column) => kept.map((row) => column[row] as Cell));
  const report = {
    rows: kept.length,
    mergedCopies: store.length - kept.length,
    differingIds: [...differing],
  };
  return { kept, cells, report };
}

/** What the rules above compare of one copy of a record. */
export interface CopyFacts {
  /** Nested in another record (a flight's spacecraft): a top-level copy beats it. */
  nested: boolean;
  /** The record's own `last_updated`, in ms since 1970, or null. */
  lastUpdated: number | null;
  /** When its file was fetched, from a snapshot manifest, in ms since 1970, or null. */
  fetchedAt: number | null;
  /** The API version it was read with, such as `2.3.0`, or null. */
  apiVersion: string | null;
  /** Its place in reading order (files in sorted path order, records in file order). */
  order: number;
}

function copyFacts(store: RowStore, row: number): CopyFacts {
  return {
    nested: store.nested[row] as boolean,
    lastUpdated: store.lastUpdated[row] ?? null,
    fetchedAt: store.fetchedAt[row] ?? null,
    apiVersion: rowVersion(store, row),
    order: row,
  };
}

/**
 * True when copy `a` is to be kept over copy `b` of the same id (the rules above); a rule
 * whose values are missing (null) on either copy, or equal, passes to the next.
 *
 * @example
 * const b = { nested: false, order: 1, apiVersion: '2.3.0', lastUpdated: null,
 *   fetchedAt: Date.parse('2025-03-01T00:00:00Z') };
 * const a = { ...b, order: 0, fetchedAt: Date.parse('2025-03-02T00:00:00Z') };
 * beats(a, b); // true: a was fetched a day later, though read first
 */
export function beats(a: CopyFacts, b: CopyFacts): boolean {
  if (a.nested !== b.nested) return !a.nested;
  if (a.lastUpdated !== null && b.lastUpdated !== null && a.lastUpdated !== b.lastUpdated) {
    return a.lastUpdated > b.lastUpdated;
  }
  if (a.fetchedAt !== null && b.fetchedAt !== null && a.fetchedAt !== b.fetchedAt) {
    return a.fetchedAt > b.fetchedAt;
  }
  const versions = compareVersions(a.apiVersion, b.apiVersion);
  if (versions !== 0) return versions > 0;
  return a.order > b.order;
}

// Compares two versions such as '2.3.0' part by part; 0 when equal or either is missing.
function compareVersions(a: unknown, b: unknown): number {
  if (typeof a !== 'string' || typeof b !== 'string') return 0;
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

// Two copies hold the same data when every column but the source file agrees.
function sameCells(store: RowStore, a: number, b: number): boolean {
  const skip = store.columns.indexOf('source_file');
  for (let i = 0; i < store.cells.length; i++) {
    if (i === skip) continue;
    const column = store.cells[i] as Cell[];
    const x = column[a];
    const y = column[b];
    const same = x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : x === y;
    if (!same) return false;
  }
  return true;
}
