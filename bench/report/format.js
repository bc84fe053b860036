// Numbers as RESULTS.md shows them.

/** Milliseconds as `850 ms` or `4.32 s`. */
export function ms(value) {
  if (value == null) return '-';
  return value < 1000
    ? `${value.toFixed(value < 10 ? 1 : 0)} ms`
    : `${(value / 1000).toFixed(2)} s`;
}

/** Seconds as `12.3 s`, or `-` for none. */
export function seconds(value) {
  return value == null ? '-' : `${value.toFixed(2)} s`;
}

/** Bytes in decimal megabytes: `210.7 MB`. */
export function megabytes(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** A ratio as `1.84×`. */
export function times(ratio) {
  return `${ratio.toFixed(2)}×`;
}

/** A median with its range: `4.32 s (4.10 s to 4.90 s, 5 runs)`. */
export function medianRange(figure, show = ms) {
  return `${show(figure.median)} (${show(figure.min)} to ${show(figure.max)}, ${figure.n} runs)`;
}

/** Whole numbers with thousands separators: `100,000`. */
export function count(value) {
  return value.toLocaleString('en-US');
}
