/**
 * Numbers slots by id: a typed array indexed by the id for small whole ids, a Map otherwise.
 * LL2's ids (spacecraft, configurations, agencies) and decades are small whole numbers.
 */

/**
 * Gives each distinct id a slot number, 0, 1, 2 … in the order ids are added. A whole-number
 * id from 0 up to `denseLimit` is looked up in an `Int32Array` indexed by the id itself,
 * much faster than a hash lookup at a million rows; any other id (a string, a negative, a
 * fraction, a large number) goes to a `Map`, which tells `1` from `'1'`. Both follow the
 * Map's rule of equality (SameValueZero: `NaN` is one id, `-0` is `0`).
 *
 * @example
 * const slots = new IdSlots(1000);
 * slots.add(7); // 0
 * slots.add('7'); // 1, a string id is another id
 * slots.add(7); // 0, already there
 * slots.get(5000); // -1, never added
 */
export class IdSlots {
  private dense = new Int32Array(0); // slot + 1 by id; 0 for an id not added
  private readonly sparse = new Map<unknown, number>();
  private count = 0;

  /** `denseLimit`: ids below it may be kept in the typed array (it grows up to that size). */
  constructor(private readonly denseLimit: number) {}

  /** How many ids have a slot. */
  get size(): number {
    return this.count;
  }

  /** The slot of `id`, or -1 when it has none. */
  get(id: unknown): number {
    if (isWholeId(id)) {
      return id < this.dense.length ? (this.dense[id] as number) - 1 : this.sparseGet(id);
    }
    return this.sparseGet(id);
  }

  /** The slot of `id`, given the next free one when it has none. */
  add(id: unknown): number {
    const slot = this.get(id);
    if (slot >= 0) return slot;
    const added = this.count++;
    if (isWholeId(id) && id < this.denseLimit) {
      if (id >= this.dense.length) this.grow(id);
      this.dense[id] = added + 1;
    } else {
      this.sparse.set(id, added);
    }
    return added;
  }

  private sparseGet(id: unknown): number {
    return this.sparse.get(id) ?? -1;
  }

  // Doubles the typed array (at least to hold `id`), up to the limit.
  private grow(id: number): void {
    const length = Math.min(this.denseLimit, Math.max(id + 1, 2 * this.dense.length, 1024));
    const grown = new Int32Array(length);
    grown.set(this.dense);
    this.dense = grown;
  }
}

/**
 * True for an id that can index a typed array: a whole number from 0 to 2³² - 1 (`-0` too,
 * which indexes as 0, as a Map keys it).
 *
 * @example
 * isWholeId(7); // true
 * isWholeId('7'); // false
 * isWholeId(-1); // false
 */
export function isWholeId(id: unknown): id is number {
  return typeof id === 'number' && id >>> 0 === id;
}
