// Loading and converting spacecraft pages with the kit against JSON.parse of the same files
// (the floor: no loader can do less than read and parse them), each run in a fresh process,
// the two sides alternating. The same runs give the peak memory of each.
import { runTask } from '../measure/kit-child.js';
import { spread } from '../measure/stats.js';

/**
 * @param {{ spacecraft: { files: string[], bytes: number }, label: string }} set
 * @param {number} runs
 * @param {(line: string) => void} log
 */
export async function compareLoad(set, runs, log) {
  const sides = { kit: [], floor: [] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['floor', 'kit'] : ['kit', 'floor'];
    for (const side of order) {
      const task = side === 'kit' ? 'kit-load' : 'parse-floor';
      sides[side].push(await runTask(task, { files: set.spacecraft.files }));
    }
    log(`  load ${set.label}: run ${i + 1}/${runs}`);
  }
  return {
    label: set.label,
    bytes: set.spacecraft.bytes,
    files: set.spacecraft.files.length,
    records: sides.kit[0].records,
    kit: figures(sides.kit),
    floor: figures(sides.floor),
  };
}

// Wall and CPU time, and the growth of the resident set from before the work to its peak.
function figures(runs) {
  return {
    wallMs: spread(runs.map((r) => r.wallMs)),
    cpuMs: spread(runs.map((r) => r.cpuMs)),
    peakGrowthBytes: spread(runs.map((r) => (r.maxRssKb - r.rssBeforeKb) * 1024)),
    peakRssBytes: spread(runs.map((r) => r.maxRssKb * 1024)),
  };
}
