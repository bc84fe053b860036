// Whether two result tables hold the same figures: the same rows in the same order, each
// column of the first present in the second with an equal value. Numbers agree within a
// relative 1e-9 (sums of doubles differ in their last bits with the order of addition);
// BigInt counts from DuckDB compare as numbers; null equals null only.

/**
 * @param {Record<string, unknown>[]} expected
 * @param {Record<string, unknown>[]} actual
 * @returns {{ ok: boolean, why?: string }}
 */
export function sameRows(expected, actual) {
  if (expected.length !== actual.length) {
    return { ok: false, why: `${expected.length} rows against ${actual.length}` };
  }
  for (let i = 0; i < expected.length; i++) {
    for (const [column, value] of Object.entries(expected[i])) {
      if (!sameValue(value, actual[i][column])) {
        const shown = `${JSON.stringify(value)} against ${String(actual[i][column])}`;
        return { ok: false, why: `row ${i + 1}, ${column}: ${shown}` };
      }
    }
  }
  return { ok: true };
}

function sameValue(a, b) {
  if (a == null || b == null) return a == null && b == null;
  if (typeof b === 'bigint') b = Number(b);
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }
  return a === b;
}
