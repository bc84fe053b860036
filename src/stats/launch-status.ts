/**
 * Which launches are still planned: LL2's statuses Go, TBD, TBC and Hold.
 */

// LL2's launch status ids: 1 Go for Launch, 2 To Be Determined, 5 On Hold, 8 To Be Confirmed.
const PLANNED_ABBREVS = new Set(['Go', 'TBD', 'TBC', 'Hold']);
const PLANNED_IDS = new Set([1, 2, 5, 8]);

/**
 * True when a launch has not happened yet by its status: the abbreviation when given,
 * else the status id. A launch with neither is not called planned.
 *
 * @example
 * isPlannedLaunch('TBD', 2); // true
 * isPlannedLaunch('Success', 3); // false
 */
export function isPlannedLaunch(abbrev: unknown, id: unknown): boolean {
  if (typeof abbrev === 'string') return PLANNED_ABBREVS.has(abbrev);
  return typeof id === 'number' && PLANNED_IDS.has(id);
}
