// The whole pipeline (load, durations to seconds, summaries by agency, configuration and
// decade) with the kit against pandas on the same files, each run in a fresh process, the
// two sides alternating. Both time from the first file read to the last summary, without
// the start of their runtime and the import of their library. The summaries of the first
// run are compared group by group.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTask } from '../measure/kit-child.js';
import { spawnJson } from '../measure/spawn-json.js';
import { spread } from '../measure/stats.js';
import { summariesAgree } from './summaries-agree.js';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), '../pandas_pipeline.py');

/**
 * @param {{ label: string, spacecraft: { files: string[], bytes: number },
 *   flights: { files: string[], bytes: number }, spacecraftCount: number,
 *   flightCount: number }} set
 * @param {number} runs
 * @param {(line: string) => void} log
 */
export async function comparePipeline(set, runs, log) {
  const folders = [set.spacecraft.files[0], set.flights.files[0]].map((f) => path.dirname(f));
  const sides = { kit: [], pandas: [] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['pandas', 'kit'] : ['kit', 'pandas'];
    for (const side of order) {
      const result =
        side === 'kit'
          ? await runTask('kit-pipeline', { inputs: folders })
          : await spawnJson(PYTHON, [SCRIPT, ...folders]);
      sides[side].push(result);
    }
    log(`  pipeline ${set.label}: run ${i + 1}/${runs}`);
  }
  return {
    label: set.label,
    spacecraft: set.spacecraftCount,
    flights: set.flightCount,
    bytes: set.spacecraft.bytes + set.flights.bytes,
    kit: times(sides.kit),
    pandas: times(sides.pandas),
    agree: summariesAgree(sides.kit[0].summaries, sides.pandas[0].summaries),
    versions: sides.pandas[0].versions,
  };
}

function times(runs) {
  return { wallMs: spread(runs.map((r) => r.wallMs)), cpuMs: spread(runs.map((r) => r.cpuMs)) };
}
