/**
 * Order statistics of numbers found by selection in place, without sorting them all.
 */
import { quantileByRank } from './quantile.js';

/**
 * The values at chosen ranks of the ascending order of a `Float64Array` (no NaN), found by
 * selection (Hoare's quickselect) in the array itself, which it reorders: a median costs
 * O(n) on average where a sort costs O(n log n). Each rank asked for is put in its final
 * place, so the next one is looked for only between the ranks already placed around it.
 *
 * The values are those a `Float64Array` sort would put at the rank, `-0` before `0`
 * included (comparisons cannot tell the two zeros apart, so a zero's sign comes from
 * counting the values below it). Selection that goes badly (many poor pivots) sorts the
 * remaining range instead, so the worst case stays O(n log n).
 *
 * @example
 * const ranks = new SortedRanks(Float64Array.of(5, 1, 4, 2, 3));
 * ranks.median(); // 3
 * ranks.at(4); // 5, the maximum
 */
export class SortedRanks {
  private readonly placed: number[] = []; // ranks in their final place, ascending
  private belowZero = -1; // values < 0 or -0, counted when a zero is asked for

  /** `values`: the numbers, reordered in place as ranks are asked for. */
  constructor(private readonly values: Float64Array) {}

  /** The value at `rank` (0 is the minimum) of the ascending order. */
  at(rank: number): number {
    const { values, placed } = this;
    let at = 0;
    while (at < placed.length && (placed[at] as number) < rank) at++;
    if (placed[at] !== rank) {
      const low = at > 0 ? (placed[at - 1] as number) + 1 : 0;
      const high = at < placed.length ? (placed[at] as number) - 1 : values.length - 1;
      selectInPlace(values, rank, low, high);
      placed.splice(at, 0, rank);
    }
    return this.signed(rank, values[rank] as number);
  }

  /** The middle value, or the mean of the two middle values for an even count; null if none. */
  median(): number | null {
    const count = this.values.length;
    if (count === 0) return null;
    const middle = count >> 1;
    const upper = this.at(middle);
    return count % 2 === 1 ? upper : (this.at(middle - 1) + upper) / 2;
  }

  /** The `p` quantile by linear interpolation, as {@link quantileByRank} defines it. */
  quantile(p: number): number | null {
    return quantileByRank(this.values.length, p, (rank) => this.at(rank));
  }

  // Gives a zero the sign a sort would: -0 for the ranks of the values below 0 and the -0s.
  private signed(rank: number, value: number): number {
    if (value !== 0) return value;
    if (this.belowZero < 0) {
      this.belowZero = 0;
      for (const v of this.values) if (v < 0 || Object.is(v, -0)) this.belowZero++;
    }
    return rank < this.belowZero ? -0 : 0;
  }
}

/**
 * Reorders `values[low … high]` so that `values[rank]` holds the value of that rank, smaller
 * or equal values before it and greater or equal ones after. After `rounds` partitions
 * without reaching the rank (a good pivot halves the range on average, so the default
 * allows four times the halvings; more means bad luck or a pattern), it sorts what is left.
 *
 * @example
 * const values = Float64Array.of(5, 1, 4, 2, 3);
 * selectInPlace(values, 2, 0, 4);
 * values[2]; // 3
 */
export function selectInPlace(
  values: Float64Array,
  rank: number,
  low: number,
  high: number,
  rounds = 4 * (32 - Math.clz32(high - low + 1)) + 8,
): void {
  while (low < high) {
    if (rank === low || rank === high) return moveExtreme(values, rank, low, high);
    if (rounds-- <= 0) {
      values.subarray(low, high + 1).sort();
      return;
    }

    // Partition around the median of the first, middle and last values.
    const pivot = medianOfThree(
      values[low] as number,
      values[(low + high) >>> 1] as number,
      values[high] as number,
    );
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = swap;
      }
    }

    // Now values[low … j] ≤ pivot, values[i … high] ≥ pivot, and between them = pivot.
    if (rank <= j) high = j;
    else if (rank >= i) low = i;
    else return;
  }
}

// The minimum (rank === low) or maximum (rank === high) of the range, moved to `rank`.
function moveExtreme(values: Float64Array, rank: number, low: number, high: number): void {
  let best = rank;
  for (let i = low; i <= high; i++) {
    const v = values[i] as number;
    if (rank === low ? v < (values[best] as number) : v > (values[best] as number)) best = i;
  }
  const swap = values[rank] as number;
  values[rank] = values[best] as number;
  values[best] = swap;
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
