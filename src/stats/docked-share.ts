/**
 * The share of time in space spent docked.
 */

/** What {@link dockedShare} gives. */
export interface DockedShare {
  /** Records with both a time in space and a time docked. */
  count: number;
  /** Σ time docked / Σ time in space over those records; null when there are none or Σ is 0. */
  share: number | null;
}

/**
 * The share of time docked: total time docked over total time in space, both summed over
 * the records that have both values. Null rule: a record missing either value is left out;
 * with no such record, or a total time in space of 0, the share is null (never 0).
 *
 * @example
 * dockedShare([100, 50, null], [40, null, 10]); // { count: 1, share: 0.4 }
 */
export function dockedShare(
  timeInSpace: readonly (number | null | undefined)[],
  timeDocked: readonly (number | null | undefined)[],
): DockedShare {
  let count = 0;
  let inSpace = 0;
  let docked = 0;
  timeInSpace.forEach((space, i) => {
    const dock = timeDocked[i];
    if (space == null || dock == null) return;
    count++;
    inSpace += space;
    docked += dock;
  });
  return { count, share: count === 0 || inSpace === 0 ? null : docked / inSpace };
}
