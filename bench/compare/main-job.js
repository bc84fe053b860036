// The main job, `spaceflight-stats report` on the bundled sample, timed from outside as a
// person waits for it: process start, load, tables, charts to SVG and PNG, the HTML page.
import path from 'node:path';
import { ROOT } from '../generate/templates.js';
import { spawnTimed } from '../measure/spawn-json.js';
import { spread } from '../measure/stats.js';

/**
 * @param {string} folder a temporary folder for the reports
 * @param {number} runs
 */
export async function timeMainJob(folder, runs) {
  const walls = [];
  for (let i = 0; i < runs; i++) {
    const out = path.join(folder, `report-${i + 1}`);
    const bin = path.join(ROOT, 'bin/spaceflight-stats.js');
    const run = await spawnTimed(process.execPath, [bin, 'report', '--out', out], { cwd: folder });
    if (run.code !== 0) throw new Error(`the main job failed: ${run.stderr.trim()}`);
    walls.push(run.wallMs);
  }
  return { wallMs: spread(walls) };
}
