// The aims, each judged on the medians of one run of the benchmark.

/** Whether a ratio meets its aim, and by how much it misses. */
export function judge(ratio, aim) {
  const met = aim.atMost != null ? ratio <= aim.atMost : ratio >= aim.atLeast;
  if (met) return 'met';
  const bound = aim.atMost ?? aim.atLeast;
  return `missed (${ratio.toFixed(2)}× against ${aim.atMost != null ? '≤' : '≥'} ${bound}×)`;
}

/** The aims of the issue. */
export const AIMS = {
  loadVsFloor: { atMost: 1.25, text: '≤ 1.25× the floor' },
  memoryVsInput: { atMost: 3, text: '≤ 3× the input bytes' },
  pandasVsKit: { atLeast: 10, text: '≥ 10× faster than pandas' },
  kitVsDuckdb: { atMost: 2, text: '≤ 2× DuckDB' },
};
