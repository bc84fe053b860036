/**
 * Counts, over the records of one file, the fields each kind lacked and the unknown fields it
 * had, so the report can name the fields missing from every record (null columns) and the
 * fields outside the version's shape (ignored).
 */

/** A running tally for one file. */
export function fieldTally() {
  const read = new Map<string, number>();
  const absent = new Map<string, Map<string, number>>();
  const unknown = new Map<string, Set<string>>();
  return {
    /** Notes one record of `kind` read, the fields it lacked and its unknown fields. */
    add(kind: string, lacking: readonly string[], extra: readonly string[]) {
      read.set(kind, (read.get(kind) ?? 0) + 1);
      const byField = absent.get(kind) ?? new Map<string, number>();
      absent.set(kind, byField);
      for (const field of lacking) byField.set(field, (byField.get(field) ?? 0) + 1);
      const names = unknown.get(kind) ?? new Set<string>();
      unknown.set(kind, names);
      for (const field of extra) names.add(field);
    },
    /** Fields absent from every record of a kind that was read (skipped ones not counted). */
    missingEverywhere(): Record<string, string[]> {
      const missing: Record<string, string[]> = {};
      for (const [kind, byField] of absent) {
        const all = [...byField].filter(([, n]) => n === read.get(kind)).map(([f]) => f);
        if (all.length > 0) missing[kind] = all;
      }
      return missing;
    },
    /** Unknown fields by kind, sorted. */
    unknown(): Record<string, string[]> {
      const found: Record<string, string[]> = {};
      for (const [kind, names] of unknown) if (names.size > 0) found[kind] = [...names].sort();
      return found;
    },
  };
}
