// A small seeded random number generator (mulberry32), so that every run of the benchmark
// writes byte-identical inputs for the same seed and size.

/**
 * A generator of uniform numbers in [0, 1) from a 32-bit seed, with helpers.
 *
 * @param {number} seed
 */
export function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** A whole number in [min, max]. */
    int: (/** @type {number} */ min, /** @type {number} */ max) =>
      min + Math.floor(next() * (max - min + 1)),
    /** One item of a non-empty list. */
    pick: (/** @type {readonly unknown[]} */ items) => items[Math.floor(next() * items.length)],
    /** A factor in [low, high). */
    between: (/** @type {number} */ low, /** @type {number} */ high) => low + next() * (high - low),
  };
}

/** A seed for record `index` of a stream, so records can be made one at a time, in any order. */
export function recordSeed(seed, stream, index) {
  let h = (seed ^ Math.imul(stream, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
