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
import type { TableReport } from './load-report.js';
import type { Candidate } from './record-sink.js';

/**
 * One row per id, in first-seen order, the report, and the copies that were kept.
 *
 * @example
 * const values = { id: 7, name: 'Ship 7' };
 * const copy = { table: 'spacecraft', id: 7, values, nested: false, file: 'a.json', order: 0,
 *   lastUpdated: null, fetchedAt: null } as const;
 * mergeById([copy, { ...copy, file: 'b.json', order: 1 }]).report;
 * // { rows: 1, mergedCopies: 1, differingIds: [] }
 */
export function mergeById(candidates: readonly Candidate[]): {
  rows: Record<string, unknown>[];
  report: TableReport;
  kept: ReadonlySet<Candidate>;
} {
  const winners = new Map<number, Candidate>();
  const differing = new Set<number>();
  for (const candidate of candidates) {
    const earlier = winners.get(candidate.id);
    if (earlier && !sameValues(earlier.values, candidate.values)) differing.add(candidate.id);
    if (!earlier || beats(candidate, earlier)) winners.set(candidate.id, candidate);
  }
  const rows = [...winners.values()].map((candidate) => candidate.values);
  const mergedCopies = candidates.length - winners.size;
  const report = { rows: rows.length, mergedCopies, differingIds: [...differing] };
  return { rows, report, kept: new Set(winners.values()) };
}

/**
 * True when copy `a` is to be kept over copy `b` of the same id (the rules above); a rule
 * whose values are missing (null) on either copy, or equal, passes to the next.
 *
 * @example
 * const b = { table: 'spacecraft', id: 7, values: {}, nested: false, file: 'b.json', order: 1,
 *   lastUpdated: null, fetchedAt: Date.parse('2025-03-01T00:00:00Z') } as const;
 * const a = { ...b, file: 'a.json', order: 0, fetchedAt: Date.parse('2025-03-02T00:00:00Z') };
 * beats(a, b); // true: a was fetched a day later, though read first
 */
export function beats(a: Candidate, b: Candidate): boolean {
  if (a.nested !== b.nested) return !a.nested;
  if (a.lastUpdated !== null && b.lastUpdated !== null && a.lastUpdated !== b.lastUpdated) {
    return a.lastUpdated > b.lastUpdated;
  }
  if (a.fetchedAt !== null && b.fetchedAt !== null && a.fetchedAt !== b.fetchedAt) {
    return a.fetchedAt > b.fetchedAt;
  }
  const versions = compareVersions(a.values.api_version, b.values.api_version);
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
function sameValues(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key of Object.keys(a)) {
    if (key === 'source_file') continue;
    const x = a[key];
    const y = b[key];
    const same = x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : x === y;
    if (!same) return false;
  }
  return true;
}
