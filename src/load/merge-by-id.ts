/**
 * Merges the copies of each record into one row per id.
 *
 * Pages fetched while LL2 changes overlap, and a flight file repeats a spacecraft once per
 * flight. The copy kept is a top-level record over one nested in another record, and among
 * equals the last one read (inputs are read in the order given, folders in sorted order).
 */
import type { Candidate } from './read-records.js';
import type { TableReport } from './load-report.js';

/** One row per id, in first-seen order, and the report of what was merged. */
export function mergeById(candidates: readonly Candidate[]): {
  rows: Record<string, unknown>[];
  report: TableReport;
} {
  const kept = new Map<number, Candidate>();
  const differing = new Set<number>();
  for (const candidate of candidates) {
    const earlier = kept.get(candidate.id);
    if (earlier && !sameValues(earlier.values, candidate.values)) differing.add(candidate.id);
    if (!earlier || earlier.nested || !candidate.nested) kept.set(candidate.id, candidate);
  }
  const rows = [...kept.values()].map((candidate) => candidate.values);
  const mergedCopies = candidates.length - kept.size;
  return { rows, report: { rows: rows.length, mergedCopies, differingIds: [...differing] } };
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
