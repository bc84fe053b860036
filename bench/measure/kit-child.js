// Runs one measured task of bench/measure/child.js in a fresh Node process.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnJson } from './spawn-json.js';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'child.js');

/**
 * The task's JSON result, with wallMs, cpuMs, rssBeforeKb and maxRssKb.
 *
 * @param {string} task
 * @param {unknown} args
 */
export function runTask(task, args) {
  return spawnJson(process.execPath, [CHILD, task, JSON.stringify(args)]);
}
