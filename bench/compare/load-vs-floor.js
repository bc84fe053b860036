// Loading and converting spacecraft pages with the kit against JSON.parse of the same files
// (the floor: no loader can do less than read and parse them), each run in a fresh process,
// the sides taking turns. The kit runs twice: as a user gets it (a large input's later files
// read on a second thread) and held to one thread, which is the fair match for the floor's
// one thread. The same runs give the peak memory of each.
import { runTask } from '../measure/kit-child.js';
import { spread } from '../measure/stats.js';

/**
 * @param {{ spacecraft: { files: string[], bytes: number }, label: string }} set
 * @param {number} runs
 * @param {(line: string) => void} log
 */
export async function compareLoad(set, runs, log) {
  const sides = { kit: [], oneThread: [], floor: [] };
  const tasks = {
    kit: ['kit-load', {}],
    oneThread: ['kit-load', { parallel: false }],
    floor: ['parse-floor', {}],
  };
  const names = Object.keys(sides);
  for (let i = 0; i < runs; i++) {
    // Each side goes first, second and third in turn.
    const order = names.map((_, k) => names[(i + k) % names.length]);
    for (const side of order) {
      const [task, extra] = tasks[side];
      sides[side].push(await runTask(task, { files: set.spacecraft.files, ...extra }));
    }
    log(`  load ${set.label}: run ${i + 1}/${runs}`);
  }
  return {
    label: set.label,
    bytes: set.spacecraft.bytes,
    files: set.spacecraft.files.length,
    records: sides.kit[0].records,
    threads: sides.kit[0].threads,
    kit: figures(sides.kit),
    oneThread: figures(sides.oneThread),
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
