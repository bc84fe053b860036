/**
 * The order of groups in every grouped result: by id or by name, unknown last.
 */
import type { GroupId } from './group-rows.js';

/**
 * A comparison of groups for `Array.prototype.sort`: by id, then name (`order: 'id'`), or by
 * name, then id. Ids and names compare numbers before strings before booleans, each in its
 * natural order, and null last; two groups never compare equal, since no two share both.
 *
 * @example
 * const groups = [{ id: null, name: 'unknown' }, { id: 2, name: 'a' }, { id: 1, name: 'b' }];
 * groups.sort(compareGroups('id')).map((g) => g.id); // [1, 2, null]
 * groups.sort(compareGroups('name')).map((g) => g.name); // ['a', 'b', 'unknown']
 */
export function compareGroups(
  order: 'id' | 'name',
): (a: { id: GroupId; name: string }, b: { id: GroupId; name: string }) => number {
  if (order === 'id') return (a, b) => compareValues(a.id, b.id) || compareValues(a.name, b.name);
  return (a, b) => compareValues(a.name, b.name) || compareValues(a.id, b.id);
}

function compareValues(a: GroupId, b: GroupId): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const rank = (v: GroupId) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  return a < b ? -1 : 1;
}
