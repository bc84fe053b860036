// The aggregates on rows made in memory, the kit against DuckDB, in one child process (the
// data is made and loaded into both before any clock starts).
import { runTask } from '../measure/kit-child.js';
import { spread } from '../measure/stats.js';

/**
 * @param {{ seed: number, spacecraftCount: number, flightCount: number }} size
 * @param {number} runs
 */
export async function compareAggregates(size, runs) {
  const result = await runTask('aggregates', { ...size, runs });
  const aggregates = Object.entries(result.aggregates).map(([name, found]) => ({
    name,
    groups: found.groups,
    kitMs: spread(found.kitMs),
    duckMs: spread(found.duckMs),
    agree: found.agree,
  }));
  return {
    spacecraftRows: result.spacecraftRows,
    flightRows: result.flightRows,
    duckdbVersion: result.duckdbVersion,
    duckdbThreads: result.duckdbThreads,
    aggregates,
  };
}
