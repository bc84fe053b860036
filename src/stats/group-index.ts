/**
 * Groups rows into a dense group number per row: the grouping of the large aggregates.
 */
import { compareGroups } from './group-order.js';
import type { KeyColumns } from './group-key-columns.js';
import type { Group, GroupId } from './group-rows.js';
import { IdSlots } from './id-slots.js';

/** Rows grouped: the groups in order, and each row's group as a number. */
export interface GroupIndex {
  /** The groups, sorted as asked; a group's number is its index here. */
  groups: { id: GroupId; name: string }[];
  /** For each row, the number of its group. */
  groupOf: Int32Array;
  /** For each group, how many rows it holds. */
  sizes: Int32Array;
}

// The key of the unknown group among the ids: an object no column can hold.
const UNKNOWN = Symbol('unknown group');

/**
 * Groups rows `0 … ids.length - 1` by `key` as {@link groupRows} does with the equivalent
 * key (same groups, names and order: by id or by name, unknown last), but gives each row its
 * group's number in an `Int32Array` instead of a list of rows per group, and makes no
 * object per row: a million rows cost one pass and a lookup each.
 *
 * @example
 * const index = indexGroups({ ids: [3, null, 1, 3], nameOf: (_, id) => `n${id}`, unknown: '?' }, 'id');
 * index.groups; // [{ id: 1, name: 'n1' }, { id: 3, name: 'n3' }, { id: null, name: '?' }]
 * [...index.groupOf]; // [1, 2, 0, 1]
 * [...index.sizes]; // [1, 2, 1]
 */
export function indexGroups(key: KeyColumns, order: 'id' | 'name'): GroupIndex {
  const { found, groupOf, unknownSlot } = numberGroups(key);

  // The unknown group goes last before sorting, as in groupRows: the comparison is not a
  // total order when an id is NaN, and then the result depends on where the sort starts.
  const compare = compareGroups(order);
  const entries = found.map((group, slot) => ({ group, slot }));
  const sorted = entries.filter(({ slot }) => slot !== unknownSlot);
  if (unknownSlot >= 0) sorted.push(entries[unknownSlot] as (typeof entries)[number]);
  sorted.sort((a, b) => compare(a.group, b.group));

  // Renumber the rows' groups in sorted order, and count them.
  const numberOf = new Int32Array(found.length);
  sorted.forEach(({ slot }, at) => (numberOf[slot] = at));
  const sizes = new Int32Array(found.length);
  for (let row = 0; row < groupOf.length; row++) {
    const group = numberOf[groupOf[row] as number] as number;
    groupOf[row] = group;
    sizes[group] = (sizes[group] as number) + 1;
  }
  return { groups: sorted.map(({ group }) => group), groupOf, sizes };
}

// Numbers the groups in the order they are first seen, naming each from its first row.
function numberGroups({ ids, nameOf, unknown }: KeyColumns) {
  const slots = new IdSlots(Math.max(1 << 16, 2 * ids.length));
  const found: { id: GroupId; name: string }[] = [];
  const groupOf = new Int32Array(ids.length);
  let unknownSlot = -1;
  for (let row = 0; row < ids.length; row++) {
    const id = ids[row];
    let slot = id == null ? unknownSlot : slots.get(id);
    if (slot < 0) {
      slot = slots.add(id ?? UNKNOWN);
      if (id == null) unknownSlot = slot;
      const known = id == null ? null : { id: id as GroupId, name: nameOf(row, id as GroupId) };
      found.push(known ?? { id: null, name: unknown });
    }
    groupOf[row] = slot;
  }
  return { found, groupOf, unknownSlot };
}

/**
 * The groups of an index with the list of their rows, ascending: the shape of
 * {@link groupRows}, for the aggregates that work group by group.
 *
 * @example
 * const index = indexGroups({ ids: [3, null, 3], nameOf: (_, id) => `n${id}`, unknown: '?' }, 'id');
 * groupsWithRows(index); // [{ id: 3, name: 'n3', rows: [0, 2] }, { id: null, name: '?', rows: [1] }]
 */
export function groupsWithRows(index: GroupIndex): Group[] {
  const rows = index.groups.map((): number[] => []);
  index.groupOf.forEach((group, row) => (rows[group] as number[]).push(row));
  return index.groups.map((group, at) => ({ ...group, rows: rows[at] as number[] }));
}
